package dev.jsoncontract.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code compiles whatever the schema calls its types: a contract whose definitions are named
 * after every public type of {@code java.lang} (and the JDK and JUnit types the tests use) yields a
 * model, a client and contract tests that compile under {@code -Xlint:all -Werror}.
 */
@DisplayName("Types named after java.lang types")
class JavaLangNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Names the generated client and tests use from outside java.lang, which must not be shadowed either. */
    private static final List<String> OTHERS = List.of("Generated", "Test", "TestFactory", "TestReporter",
            "DisplayName", "DynamicTest", "ObjectMapper", "JsonMapper", "JsonNode", "TypeReference", "HttpClient",
            "HttpRequest", "HttpResponse", "Duration", "Instant", "Path", "Files", "Stream", "Collection",
            "CompletableFuture", "TimeUnit", "Flow", "ByteBuffer", "Base64", "Place", "Kind", "Recording",
            "LimitedBody", "RedactedFailure", "TooLargeException", "UnaryOperator", "Pattern");

    @TempDir
    Path dir;

    /** The public top-level types of java.lang, read from the running JDK. */
    static Set<String> javaLang() throws IOException {
        Set<String> names = new TreeSet<>();
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> files = Files.list(jrt.getPath("modules", "java.base", "java", "lang"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
                    continue;
                }
                String simple = name.substring(0, name.length() - ".class".length());
                try {
                    if (Modifier.isPublic(Class.forName("java.lang." + simple).getModifiers())) {
                        names.add(simple);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable here: not a type generated code could use
                }
            }
        }
        return names;
    }

    private Contract contract(Set<String> names) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", "Holder");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ObjectNode definitions = root.putObject("definitions");
        for (String name : names) {
            ObjectNode definition = definitions.putObject(name);
            definition.put("type", "object");
            definition.putObject("properties").putObject("value").put("type", "string");
            properties.putObject(Character.toLowerCase(name.charAt(0)) + name.substring(1))
                    .put("$ref", "#/definitions/" + name);
        }
        // a property called enum whose values become a Java enum
        properties.putObject("enum").putArray("enum").add("a").add("b");
        properties.putObject("when").put("type", "string").put("format", "date-time");
        root.putArray("required").add("thread");
        ObjectNode api = root.putObject("x-jsoncontract");
        api.put("client", "Lang");
        api.putObject("auth").put("scheme", "bearer").put("tokenEnvironmentVariable", "LANG_TOKEN");
        ObjectNode operation = api.putObject("operations").putObject("listHolders");
        operation.put("method", "GET");
        operation.put("path", "/holders");
        ObjectNode query = operation.putObject("query");
        query.put("type", "object");
        ObjectNode parameters = query.putObject("properties");
        parameters.putObject("limit").put("type", "integer").put("minimum", 1);
        parameters.putObject("since").put("type", "string").put("format", "date-time");
        parameters.putObject("code").put("type", "string").put("pattern", "^[A-Z]+$").put("maxLength", 5);
        parameters.putObject("tag").put("type", "array").putObject("items").put("type", "string");
        operation.putObject("response").putObject("schema").put("type", "array").putObject("items").put("$ref", "#");
        Path file = dir.resolve("holder.schema.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return ContractLoader.load(file);
    }

    @Test
    @DisplayName("the model, the client and the contract tests compile under -Xlint:all -Werror")
    void compiles() throws Exception {
        Set<String> names = javaLang();
        names.addAll(OTHERS);
        assertThat(names).contains("Thread", "Exception", "Math", "Character", "RuntimeException", "StringBuilder",
                "Throwable", "InterruptedException", "IllegalArgumentException", "Enum", "System", "AssertionError");
        Contract contract = contract(names);
        List<JavaFile> files = new ArrayList<>(JavaGenerator.generate(contract, "lang"));
        List<Recorded> recordings = List.of(new Recorded("a.json", null, List.of()));
        files.addAll(GenerateTestsService.files(contract, contract.operations().get(0), "lang", "recordings",
                recordings));

        ClassLoader loader = InMemoryCompiler.compile(files);

        // the types kept their names, so the library types were the ones written qualified
        assertThat(loader.loadClass("lang.Thread").isRecord()).isTrue();
        assertThat(loader.loadClass("lang.Enum").isRecord()).isTrue();
        String client = files.stream().filter(f -> f.typeSpec().name().equals("LangClient"))
                .map(GeneratedCode::source).findFirst().orElseThrow();
        assertThat(client).contains("java.lang.Thread.currentThread().interrupt();")
                .contains("value instanceof java.lang.Enum<?>");
    }
}
