package dev.jsoncontract.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.contract.ContractLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code generated from the bundled call contract, compared with the committed golden files in
 * {@code src/test/resources/golden/call/} (one per generated type, named after it). A change to the
 * generator shows up there as a readable diff.
 *
 * <p>To accept a deliberate change, regenerate the golden files and review the diff:
 * <pre>
 * ./mvnw -B -ntp test -Dtest=GoldenCallTest -Djsoncontract.updateGolden=true -DskipITs
 * git diff src/test/resources/golden
 * </pre>
 * The surefire plugin passes {@code -D} properties on to the tests; the property rewrites every
 * golden file and deletes the ones no longer generated.
 */
class GoldenCallTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/call");

    /** The generated call code: the model and the client. */
    static List<JavaFile> generateCall() throws Exception {
        return JavaGenerator.generate(ContractLoader.loadBundled(), "example.calls");
    }

    static Map<String, String> byFileName(List<JavaFile> files) {
        return files.stream().collect(Collectors.toMap(f -> f.typeSpec().name() + ".java", GeneratedCode::source,
                (a, b) -> a, TreeMap::new));
    }

    @Test
    @DisplayName("the call code is exactly the committed golden files, file for file")
    void matchesGoldenFiles() throws Exception {
        Map<String, String> generated = byFileName(generateCall());
        if (Boolean.getBoolean("jsoncontract.updateGolden")) {
            update(generated);
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.toList()) {
                golden.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }

        assertThat(generated.keySet()).as("generated files (regenerate with -Djsoncontract.updateGolden=true)")
                .containsExactlyElementsOf(golden.keySet());
        generated.forEach((name, source) -> assertThat(source).as(name).isEqualTo(golden.get(name)));
    }

    @Test
    @DisplayName("the call model has the types and accessors the reference names")
    void namesFromTheReference() throws Exception {
        Map<String, String> generated = byFileName(generateCall());

        assertThat(generated).containsKeys("Call.java", "CallStatus.java", "FailureReason.java", "Analysis.java",
                "Message.java", "SystemMessage.java", "UserMessage.java", "BotMessage.java", "ToolCallMessage.java",
                "ToolCallResultMessage.java", "UnknownMessage.java", "ToolCall.java", "ToolCallFunction.java",
                "CallsClient.java", "ListCallsQuery.java", "ApiException.java");
        assertThat(generated.get("Call.java"))
                .contains("@JsonProperty(\"assistant_id\") long assistantId")
                .contains("@JsonProperty(\"duration_ms\") Long durationMs")
                .contains("@JsonProperty(\"call_status\") CallStatus callStatus")
                .contains("@JsonProperty(\"failure_reason\") FailureReason failureReason")
                .contains("List<Message> messages");
        assertThat(generated.get("ToolCallResultMessage.java"))
                .contains("String name, String result")
                .contains("double secondsFromStart");
        assertThat(generated.get("Message.java"))
                .contains("public sealed interface Message permits SystemMessage, UserMessage, BotMessage,"
                        + " ToolCallMessage, ToolCallResultMessage, UnknownMessage {");
    }

    @Test
    @DisplayName("generating twice gives byte-identical files")
    void deterministic() throws Exception {
        assertThat(byFileName(generateCall())).isEqualTo(byFileName(generateCall()));
    }

    @Test
    @DisplayName("the output does not depend on the default locale (Turkish dotless i)")
    void localeIndependent() throws Exception {
        Map<String, String> expected = byFileName(generateCall());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(byFileName(generateCall())).isEqualTo(expected);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("the call code compiles under javac -Xlint:all -Werror --release 17")
    void compilesWithoutWarnings() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile(generateCall(), InMemoryCompiler.STRICT);

        assertThat(loader.loadClass("example.calls.Call").isRecord()).isTrue();
        assertThat(loader.loadClass("example.calls.Message").isSealed()).isTrue();
    }

    @Test
    @DisplayName("the call code is Javadoc lint clean: javac -Xlint:all -Xdoclint:all/package -Werror")
    void javadocLintClean() {
        // -Xdoclint:all alone means all/private in javac 17, which reports "no comment" on the private
        // field of every record component even when the record documents it with @param (a javac 17
        // limitation: the field cannot carry a comment of its own); package level is stricter than what
        // the javadoc tool checks by default (protected)
        List<String> options = new ArrayList<>(InMemoryCompiler.STRICT);
        options.add("-Xdoclint:all/package");

        assertThatCode(() -> InMemoryCompiler.compile(generateCall(), options)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the javadoc tool with -Xdoclint:all finds nothing to report in the call code")
    void javadocToolClean(@TempDir Path dir) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-quiet", "-Xdoclint:all", "-d", dir.resolve("api").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (JavaFile file : generateCall()) {
            Path source = dir.resolve("src").resolve(file.typeSpec().name() + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, GeneratedCode.source(file), StandardCharsets.US_ASCII);
            arguments.add(source.toString());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status = ToolProvider.getSystemDocumentationTool().run(null, output, output,
                arguments.toArray(String[]::new));

        assertThat(output.toString(StandardCharsets.UTF_8)).as("javadoc's output").doesNotContain("warning")
                .doesNotContain("error");
        assertThat(status).isZero();
    }

    @Test
    @DisplayName("every generated type is marked @Generated(\"dev.jsoncontract\"), without a date")
    void markedGenerated() throws Exception {
        for (JavaFile file : generateCall()) {
            assertThat(GeneratedCode.source(file)).as(file.typeSpec().name())
                    .contains("import javax.annotation.processing.Generated;")
                    .contains("\n@Generated(\"dev.jsoncontract\")\n")
                    .doesNotContain("date =");
        }
    }

    private static void update(Map<String, String> generated) throws IOException {
        Files.createDirectories(GOLDEN);
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.toList()) {
                if (!generated.containsKey(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Files.writeString(GOLDEN.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
