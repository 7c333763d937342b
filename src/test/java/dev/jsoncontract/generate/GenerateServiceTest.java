package dev.jsoncontract.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("GenerateService writes sources incrementally")
class GenerateServiceTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private Path schemas;
    private Path out;
    private final List<String> log = new ArrayList<>();
    private int generatorRuns;

    /** One class per definition of every root, following $refs in properties so that their files count. */
    private final GenerateService service = new GenerateService((contract, request) -> {
        String packageName = request.packageName();
        generatorRuns++;
        List<JavaFile> files = new ArrayList<>();
        try {
            for (var root : contract.roots()) {
                SchemaNode node = SchemaNode.root(root);
                SchemaNode properties = node.child("properties");
                if (properties != null) {
                    for (Iterator<String> it = properties.node().fieldNames(); it.hasNext(); ) {
                        SchemaNode property = properties.child(it.next());
                        if (property.node().has("$ref")) {
                            contract.registry().resolve(property);
                        }
                    }
                }
                SchemaNode definitions = node.child("definitions");
                if (definitions != null) {
                    for (Iterator<String> it = definitions.node().fieldNames(); it.hasNext(); ) {
                        files.add(JavaFile.builder(packageName, TypeSpec.classBuilder(it.next())
                                .addModifiers(Modifier.PUBLIC).build()).build());
                    }
                }
            }
        } catch (ContractException e) {
            throw new GenerateException("jsoncontract: the schema has problems:\n" + e.getMessage(),
                    List.of(e.getMessage()), e);
        }
        return new GeneratedSources(files, List.of());
    });

    @BeforeEach
    void layout() throws IOException {
        schemas = Files.createDirectories(dir.resolve("schemas"));
        out = dir.resolve("target/generated-sources/jsoncontract");
        schema("{\"definitions\": {\"Alpha\": {}, \"Beta\": {}}}");
    }

    private void schema(String json) throws IOException {
        Files.writeString(schemas.resolve("main.json"), json, StandardCharsets.UTF_8);
    }

    private GenerateResult run() throws GenerateException {
        return run("example.calls", "0.1.0");
    }

    private GenerateResult run(String packageName, String version) throws GenerateException {
        return service.generate(new GenerateRequest(schemas, packageName, out, version), log::add);
    }

    private Path source(String name) {
        return out.resolve("example/calls/" + name + ".java");
    }

    private void ageAll() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    @Test
    @DisplayName("writes every file on the first run, with a state file listing them")
    void firstRun() throws Exception {
        GenerateResult result = run();

        assertThat(result).isEqualTo(new GenerateResult(2, 2, 0, false, List.of()));
        assertThat(source("Alpha")).content().contains("public class Alpha");
        assertThat(source("Beta")).exists();
        assertThat(out.resolve(".jsoncontract-state")).content()
                .contains("plugin 0.1.0\n")
                .contains("file example/calls/Alpha.java\nfile example/calls/Beta.java\n")
                .contains("input " + schemas.resolve("main.json").toUri());
        assertThat(log).containsExactly("jsoncontract: generated 2 files in " + out.toAbsolutePath()
                + " (2 written, 0 unchanged, 0 removed)");
    }

    @Test
    @DisplayName("rewrites nothing and says so when schema, configuration and version are unchanged")
    void secondRun() throws Exception {
        run();
        ageAll();
        log.clear();

        GenerateResult result = run();

        assertThat(result).isEqualTo(new GenerateResult(2, 0, 0, true, List.of()));
        assertThat(log).containsExactly("jsoncontract: sources up to date (2 files), nothing written");
        assertThat(generatorRuns).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(source("Alpha"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve(".jsoncontract-state"))).isEqualTo(LONG_AGO);
    }

    @Test
    @DisplayName("writes only the changed files when the schema changes, keeping the others' timestamps")
    void changedSchema() throws Exception {
        run();
        ageAll();

        GenerateResult result;
        schema("{\"definitions\": {\"Alpha\": {}, \"Beta\": {}, \"Gamma\": {}}}");
        result = run();

        assertThat(result).isEqualTo(new GenerateResult(3, 1, 0, false, List.of()));
        assertThat(Files.getLastModifiedTime(source("Alpha"))).isEqualTo(LONG_AGO);
        assertThat(source("Gamma")).exists();
    }

    @Test
    @DisplayName("deletes the files of types the schema no longer has, but never a file it did not write")
    void removesStaleFiles() throws Exception {
        run();
        Path own = source("Handwritten");
        Files.writeString(own, "class Handwritten {}");

        schema("{\"definitions\": {\"Alpha\": {}}}");
        GenerateResult result = run();

        assertThat(result).isEqualTo(new GenerateResult(1, 0, 1, false, List.of()));
        assertThat(source("Beta")).doesNotExist();
        assertThat(source("Alpha")).exists();
        assertThat(own).exists();
    }

    @Test
    @DisplayName("moves the files when the package changes and removes the emptied package folders")
    void changedPackage() throws Exception {
        run();

        GenerateResult result = run("example.other", "0.1.0");

        assertThat(result).isEqualTo(new GenerateResult(2, 2, 2, false, List.of()));
        assertThat(out.resolve("example/other/Alpha.java")).exists();
        assertThat(out.resolve("example/calls")).doesNotExist();
        assertThat(out.resolve("example")).isDirectory();
    }

    @Test
    @DisplayName("generates again when the plugin version changes")
    void changedVersion() throws Exception {
        run();

        GenerateResult result = run("example.calls", "0.2.0");

        assertThat(result.upToDate()).isFalse();
        assertThat(generatorRuns).isEqualTo(2);
        assertThat(result.written()).isZero();
    }

    @Test
    @DisplayName("generates again when a generated file was deleted")
    void deletedOutput() throws Exception {
        run();
        Files.delete(source("Beta"));

        GenerateResult result = run();

        assertThat(result).isEqualTo(new GenerateResult(2, 1, 0, false, List.of()));
        assertThat(source("Beta")).exists();
    }

    @Test
    @DisplayName("generates again when a schema file is added to the folder")
    void addedSchemaFile() throws Exception {
        run();
        Files.writeString(schemas.resolve("more.json"), "{\"definitions\": {\"Delta\": {}}}");

        GenerateResult result = run();

        assertThat(result).isEqualTo(new GenerateResult(3, 1, 0, false, List.of()));
    }

    @Test
    @DisplayName("generates again when a schema file is removed from the folder, deleting its types' files")
    void removedSchemaFile() throws Exception {
        Files.writeString(schemas.resolve("more.json"), "{\"definitions\": {\"Delta\": {}}}");
        run();
        Files.delete(schemas.resolve("more.json"));

        GenerateResult result = run();

        assertThat(result).isEqualTo(new GenerateResult(2, 0, 1, false, List.of()));
        assertThat(source("Delta")).doesNotExist();
    }

    @Test
    @DisplayName("generates again when a document the schema refers to changes, though it lies outside the folder")
    void changedReferencedFile() throws Exception {
        Path common = dir.resolve("common.json");
        Files.writeString(common, "{\"definitions\": {\"Id\": {\"type\": \"string\"}}}");
        schema("{\"properties\": {\"id\": {\"$ref\": \"../common.json#/definitions/Id\"}},"
                + " \"definitions\": {\"Alpha\": {}}}");
        run();
        assertThat(run().upToDate()).isTrue();

        Files.writeString(common, "{\"definitions\": {\"Id\": {\"type\": \"integer\"}}}");

        assertThat(run().upToDate()).isFalse();
        assertThat(generatorRuns).isEqualTo(2);
    }

    @Test
    @DisplayName("reports a schema that cannot be read with its file and pointer")
    void brokenSchema() throws Exception {
        schema("{\"definitions\": ");

        assertThatThrownBy(this::run).isInstanceOf(GenerateException.class)
                .hasMessageStartingWith("jsoncontract: the schema cannot be read: main.json#: is not valid JSON");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("says what to do when the configured schema does not exist")
    void missingSchema() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> service.generate(new GenerateRequest(missing, "example.calls", out, "0.1.0"), log::add))
                .isInstanceOf(GenerateException.class)
                .hasMessage("jsoncontract: the schema cannot be read: " + missing + "#: does not exist. Point the"
                        + " schema parameter at a JSON Schema file or a folder of them, or leave it unset to use the"
                        + " bundled contract.");
    }

    @Test
    @DisplayName("reports the generator's problems and writes nothing")
    void generatorProblems() throws Exception {
        schema("{\"properties\": {\"id\": {\"$ref\": \"#/definitions/Missing\"}}}");

        assertThatThrownBy(this::run).isInstanceOf(GenerateException.class)
                .hasMessage("jsoncontract: the schema has problems:\nmain.json#/properties/id/$ref:"
                        + " \"#/definitions/Missing\" points at nothing: main.json has no /definitions/Missing."
                        + " Check the name in the reference.");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("refuses to write a file that would land outside the output directory")
    void outsideOutput() {
        GenerateService escaping = new GenerateService((contract, request) -> new GeneratedSources(List.of(
                JavaFile.builder("..", TypeSpec.classBuilder("Escape").build()).build()), List.of()));

        assertThatThrownBy(() -> escaping.generate(new GenerateRequest(schemas, "example.calls", out, "0.1.0"),
                log::add)).isInstanceOf(GenerateException.class)
                .hasMessage("jsoncontract: the generated sources cannot be written:\n///Escape.java: lies outside the"
                        + " output directory " + out.toAbsolutePath() + "; refusing to write it");
        assertThat(dir.getRoot().resolve("Escape.java")).doesNotExist();
    }

    @Test
    @DisplayName("refuses a package name that is not Java")
    void badPackage() {
        assertThatThrownBy(() -> run("example.class", "0.1.0")).isInstanceOf(GenerateException.class)
                .hasMessage("jsoncontract: packageName \"example.class\" is not a Java package name;"
                        + " set it to something like example.calls");
    }

    @Test
    @DisplayName("uses the bundled contract when no schema is given")
    void bundled() throws Exception {
        List<String> roots = new ArrayList<>();
        GenerateService recording = new GenerateService((Contract contract, GenerateRequest request) -> {
            contract.roots().forEach(root -> roots.add(root.displayName()));
            return new GeneratedSources(List.of(), List.of());
        });

        GenerateResult result = recording.generate(new GenerateRequest(null, "example.calls", out, "0.1.0"), log::add);

        assertThat(roots).containsExactly("bundled:call.schema.json");
        assertThat(result.files()).isZero();
        assertThat(recording.generate(new GenerateRequest(null, "example.calls", out, "0.1.0"), log::add).upToDate())
                .isTrue();
    }

    @Test
    @DisplayName("refuses to replace the model of a configured schema with the bundled contract, deleting nothing")
    void refusesSwitchToBundled() throws Exception {
        run();
        GenerateService bundled = new GenerateService((contract, request) -> new GeneratedSources(List.of(), List.of()));

        assertThatThrownBy(() -> bundled.generate(new GenerateRequest(null, "example.calls", out, "0.1.0"), log::add))
                .isInstanceOf(GenerateException.class)
                .hasMessage("jsoncontract: no schema is configured, so this run would generate the bundled call"
                        + " contract into " + out.toAbsolutePath() + " and delete the 2 files generated there from "
                        + schemas.resolve("main.json") + ". Nothing was written. Configure <schema> in the plugin's own"
                        + " <configuration>, outside <executions> (a schema set inside one execution is not seen by"
                        + " other executions or by mvn jsoncontract:generate; and check its spelling). To switch to the"
                        + " bundled contract on purpose, run mvn clean first.");
        assertThat(source("Alpha")).exists();
        assertThat(source("Beta")).exists();
    }

    @Test
    @DisplayName("moving from the bundled contract to a configured schema is a normal change")
    void bundledToOwn() throws Exception {
        new GenerateService((contract, request) -> new GeneratedSources(List.of(JavaFile.builder(request.packageName(),
                TypeSpec.classBuilder("Call").build()).build()), List.of()))
                .generate(new GenerateRequest(null, "example.calls", out, "0.1.0"), log::add);

        assertThat(run()).isEqualTo(new GenerateResult(2, 2, 1, false, List.of()));
        assertThat(source("Call")).doesNotExist();
    }

    @Test
    @DisplayName("never overwrites a file it did not write, and writes nothing then")
    void foreignFile() throws Exception {
        Files.createDirectories(source("Alpha").getParent());
        Files.writeString(source("Alpha"), "package example.calls;\n\n/** Mine. */\npublic class Alpha {}\n");

        assertThatThrownBy(this::run).isInstanceOf(GenerateException.class)
                .hasMessage("jsoncontract: the generated sources cannot be written:\nexample/calls/Alpha.java: already"
                        + " exists and was not written by jsoncontract; refusing to overwrite it. Move it away, or set"
                        + " outputDirectory to a folder of its own.");
        assertThat(source("Alpha")).content().contains("/** Mine. */");
        assertThat(source("Beta")).doesNotExist();
    }
}
