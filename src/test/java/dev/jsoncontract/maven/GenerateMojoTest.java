package dev.jsoncontract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MojoTest
@DisplayName("The generate goal")
class GenerateMojoTest {

    private static final Path BASE = Path.of("target/mojo-test/generate").toAbsolutePath();

    private final MavenProject project = project();

    @Provides
    MavenProject project() {
        if (project != null) {
            return project;
        }
        Model model = new Model();
        model.setGroupId("example");
        model.setArtifactId("calls");
        model.setVersion("1.0");
        Build build = new Build();
        build.setDirectory(BASE.resolve("target").toString());
        model.setBuild(build);
        MavenProject created = new MavenProject(model);
        created.setFile(BASE.resolve("pom.xml").toFile());
        return created;
    }

    @BeforeEach
    void clean() throws IOException {
        if (Files.exists(BASE)) {
            try (Stream<Path> files = Files.walk(BASE)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @MojoParameter(name = "skip", value = "true")
    @DisplayName("does nothing when skipped: no files, no source root")
    void skip(GenerateMojo mojo) throws Exception {
        Path out = BASE.resolve("skipped");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());

        mojo.execute();

        assertThat(out).doesNotExist();
        assertThat(project.getCompileSourceRoots()).doesNotContain(out.toString());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @DisplayName("writes below target/generated-sources/jsoncontract by default and adds it as a source root")
    void registersSourceRoot(GenerateMojo mojo) throws Exception {
        File out = (File) MojoExtension.getVariableValueFromObject(mojo, "outputDirectory");

        mojo.execute();

        assertThat(out.toPath()).isEqualTo(BASE.resolve("target/generated-sources/jsoncontract"));
        assertThat(out.toPath().resolve("example/calls/CallsClient.java")).exists();
        assertThat(project.getCompileSourceRoots()).contains(out.getAbsolutePath());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @MojoParameter(name = "jackson", value = "3")
    @DisplayName("jackson=3 writes the client for tools.jackson; switching back regenerates it")
    void jackson3(GenerateMojo mojo) throws Exception {
        Path client = BASE.resolve("target/generated-sources/jsoncontract/example/calls/CallsClient.java");

        mojo.execute();
        assertThat(Files.readString(client)).contains("import tools.jackson.databind.ObjectMapper;");

        MojoExtension.setVariableValueToObject(mojo, "jackson", "2");
        mojo.execute();
        assertThat(Files.readString(client)).contains("import com.fasterxml.jackson.databind.ObjectMapper;");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @MojoParameter(name = "jackson", value = "2.17")
    @DisplayName("a jackson other than 2 or 3 is a configuration failure that names both")
    void jacksonRefused(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("jsoncontract: jackson must be 2 or 3, was \"2.17\" (parameter jackson, property"
                        + " jsoncontract.jackson): use 2 for Jackson 2 (com.fasterxml.jackson) or 3 for Jackson 3"
                        + " (tools.jackson).");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @DisplayName("adds the source root also when the sources are up to date")
    void registersWhenUpToDate(GenerateMojo mojo) throws Exception {
        mojo.execute();
        project.getCompileSourceRoots().clear();

        mojo.execute();

        assertThat(project.getCompileSourceRoots())
                .containsExactly(BASE.resolve("target/generated-sources/jsoncontract").toString());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @DisplayName("fails the build (a MojoExecutionException) listing the problem when the schema is broken")
    void brokenSchema(GenerateMojo mojo) throws Exception {
        Path schema = BASE.resolve("broken.schema.json");
        Files.createDirectories(BASE);
        Files.writeString(schema, "{\"type\": ");
        MojoExtension.setVariableValueToObject(mojo, "schema", schema.toFile());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", BASE.resolve("broken").toFile());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("jsoncontract: the schema cannot be read: broken.schema.json#: is not valid JSON");
        assertThat(project.getCompileSourceRoots()).doesNotContain(BASE.resolve("broken").toString());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "example.calls")
    @DisplayName("lists every problem of a schema that cannot be turned into Java, each with file and pointer")
    void unmappableSchema(GenerateMojo mojo) throws Exception {
        Path schema = BASE.resolve("thing.schema.json");
        Files.createDirectories(BASE);
        Files.writeString(schema, "{\"title\": \"Thing\", \"type\": \"object\", \"properties\": {"
                + "\"a\": {\"type\": \"text\"}, \"b\": {\"$ref\": \"#/definitions/Nope\"}}}");
        MojoExtension.setVariableValueToObject(mojo, "schema", schema.toFile());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("jsoncontract: The contract cannot be turned into Java (2 problems):\n"
                        + "  thing.schema.json#/properties/a/type: \"text\" is not a JSON Schema type; use one of"
                        + " [array, boolean, integer, null, number, object, string].\n"
                        + "  thing.schema.json#/properties/b/$ref: \"#/definitions/Nope\" points at nothing:"
                        + " thing.schema.json has no /definitions/Nope. Check the name in the reference.");
    }
}
