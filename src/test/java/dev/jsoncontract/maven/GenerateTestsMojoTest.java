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
@DisplayName("The generate-tests goal")
class GenerateTestsMojoTest {

    private static final Path BASE = Path.of("target/mojo-test/generate-tests").toAbsolutePath();
    private static final Path TESTS = BASE.resolve("target/generated-test-sources/jsoncontract");

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

    private static void recording() throws IOException {
        Path folder = BASE.resolve("src/test/resources/recordings");
        Files.createDirectories(folder);
        Files.copy(Path.of("demo/src/test/resources/recordings/page-1.json"), folder.resolve("page-1.json"));
    }

    @Test
    @InjectMojo(goal = "generate-tests")
    @MojoParameter(name = "packageName", value = "example.calls")
    @MojoParameter(name = "skip", value = "true")
    @DisplayName("does nothing when skipped: no files, no test source root")
    void skip(GenerateTestsMojo mojo) throws Exception {
        recording();

        mojo.execute();

        assertThat(TESTS).doesNotExist();
        assertThat(project.getTestCompileSourceRoots()).doesNotContain(TESTS.toString());
    }

    @Test
    @InjectMojo(goal = "generate-tests")
    @MojoParameter(name = "packageName", value = "example.calls")
    @DisplayName("reads src/test/resources/recordings, writes below target/generated-test-sources/jsoncontract"
            + " and adds it as a test source root")
    void defaults(GenerateTestsMojo mojo) throws Exception {
        recording();

        mojo.execute();

        assertThat((File) MojoExtension.getVariableValueFromObject(mojo, "recordings"))
                .isEqualTo(BASE.resolve("src/test/resources/recordings").toFile());
        assertThat(TESTS.resolve("example/calls/ListCallsContractTest.java")).isRegularFile();
        assertThat(TESTS.resolve("example/calls/ContractTestSupport.java")).isRegularFile();
        assertThat(project.getTestCompileSourceRoots()).contains(TESTS.toString());
    }

    @Test
    @InjectMojo(goal = "generate-tests")
    @MojoParameter(name = "packageName", value = "example.calls")
    @DisplayName("without recordings writes no test")
    void noRecordings(GenerateTestsMojo mojo) throws Exception {
        mojo.execute();

        assertThat(TESTS.resolve("example/calls/ListCallsContractTest.java")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate-tests")
    @MojoParameter(name = "packageName", value = "example.calls")
    @MojoParameter(name = "operation", value = "listThings")
    @DisplayName("an unknown operation fails the build naming the known ones")
    void unknownOperation(GenerateTestsMojo mojo) throws Exception {
        recording();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("jsoncontract: the contract has no operation \"listThings\". Set -Djsoncontract.operation"
                        + " to one of: listCalls.");
        assertThat(project.getTestCompileSourceRoots()).doesNotContain(TESTS.toString());
    }
}
