package dev.jsoncontract.maven;

import dev.jsoncontract.testgen.GenerateTestsException;
import dev.jsoncontract.testgen.GenerateTestsRequest;
import dev.jsoncontract.testgen.GenerateTestsService;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates JUnit 5 contract tests from the contract and the recorded responses, and adds them to
 * the test sources, so that {@code mvn test} proves, recording by recording, that each recording
 * satisfies the contract (the findings of {@code verify}, computed while generating) and survives a
 * round trip through the generated model with Jackson. Needs the model of {@code generate} in the
 * same package, and JUnit 5 and Jackson on the test class path. Runs at every build, so the tests
 * always follow the recordings; with no recordings no test is generated and one log line says so.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-tests", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public class GenerateTestsMojo extends AbstractMojo {

    /**
     * The package of the generated model ({@code generate}'s {@code packageName}); the tests are
     * generated into it. Example: {@code example.calls}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.packageName", required = true)
    private String packageName;

    /**
     * The contract: a JSON Schema (draft-07) file or a folder of them, as for {@code generate}.
     * Default: the call contract bundled in the plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.schema")
    private File schema;

    /**
     * The operation (under {@code x-jsoncontract/operations}) whose responses the recordings are.
     * Default: the contract's first operation. Example: {@code listCalls}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.operation")
    private String operation;

    /**
     * The folder of recorded response bodies, the same as {@code verify}'s: every {@code *.json} file
     * is one body, every {@code *.har} export contributes its entries for the operation. The tests
     * find it relative to the project; running them with {@code -Djsoncontract.recordings=<folder>}
     * points them elsewhere. Default: {@code src/test/resources/recordings}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.recordings", defaultValue = "${project.basedir}/src/test/resources/recordings")
    private File recordings;

    /**
     * Whether properties the contract does not describe are violations that fail a recording's test,
     * as for {@code verify}. Default {@code false}: they are printed by the test.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Where the tests are written; added to the project's test source roots. Only files this goal
     * wrote are ever deleted from it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/jsoncontract", required = true)
    private File testOutputDirectory;

    /**
     * The Jackson the generated contract tests are written for: {@code 2} (Jackson 2, {@code com.fasterxml.jackson},
     * with {@code jackson-datatype-jsr310}) or {@code 3} (Jackson 3, {@code tools.jackson}). The model's
     * annotations serve both. Default {@code 2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.jackson", defaultValue = "2")
    private String jackson;

    /**
     * Skips the goal, e.g. {@code -Djsoncontract.generateTests.skip}. Default {@code false}. The
     * goal is also skipped by {@code -Djsoncontract.skip} (with {@code verify}) and by
     * {@code -Dmaven.test.skip}, which does not compile tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.generateTests.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skips the checks, this goal and {@code verify} (not {@code generate}, whose sources the module
     * needs): {@code -Djsoncontract.skip}. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.skip", defaultValue = "false")
    private boolean skipChecks;

    /**
     * Maven's own switch that skips compiling and running tests, {@code -Dmaven.test.skip}; no test
     * is compiled, so none is generated. Default {@code false}. ({@code -DskipTests} compiles the
     * tests, so they are still generated.)
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /**
     * Where {@code verify} writes its reports; as for {@code generate}, the first jsoncontract goal
     * of a build removes the ones an earlier build left.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.reportsDirectory", defaultValue = "${project.build.directory}/jsoncontract-reports")
    private File reportsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        String skippedBy = skip ? "jsoncontract.generateTests.skip" : skipChecks ? "jsoncontract.skip"
                : mavenTestSkip ? "maven.test.skip" : null;
        if (skippedBy != null) {
            getLog().info("jsoncontract: generate-tests is skipped (" + skippedBy + "=true).");
            return;
        }
        Goals.announce(getLog(), "generate-tests", schema, project, packageName);
        Goals.removeStaleReports(project, reportsDirectory, getLog());
        GenerateTestsRequest request = new GenerateTestsRequest(schema == null ? null : schema.toPath(),
                VerifyLive.blankToNull(operation), packageName, recordings.toPath(), project.getBasedir().toPath(),
                strict, testOutputDirectory.toPath(), GenerateMojo.jacksonVersion(jackson));
        try {
            new GenerateTestsService().generate(request, getLog()::info);
        } catch (GenerateTestsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        project.addTestCompileSourceRoot(testOutputDirectory.getAbsolutePath());
        Goals.hintMissingLibraries(project, testOutputDirectory, "test", "org.junit.jupiter:junit-jupiter (test scope)"
                + " beside Jackson, as in the README's generate-tests section.", getLog());
    }
}
