package dev.jsoncontract.maven;

import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.generate.GenerateRequest;
import dev.jsoncontract.generate.GenerateService;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java 17 records, enums, sealed interfaces and a typed HTTP client from a JSON Schema
 * contract, and adds them to the compile sources. Rewrites nothing when the schema, the
 * configuration and the plugin version are unchanged.
 *
 * <p>An invalid schema fails the build (BUILD FAILURE) with every problem listed as
 * {@code file#pointer: problem}. The first log line names the contract used.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateMojo extends ContractMojo {

    /**
     * The package of the generated code, e.g. {@code example.calls}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.packageName", required = true)
    private String packageName;

    /**
     * The JSON Schema (draft-07) to generate from: one file, or a folder whose {@code *.json} files
     * are all read. {@code $ref}s to other files resolve relative to the referring file. Default:
     * the call contract bundled in the plugin. Example: {@code src/main/jsonschema}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.schema")
    private File schema;

    /**
     * Makes every place whose Java type would be looser than the schema (mapped to
     * {@code JsonNode}, a union of objects that cannot be told apart mapped to one record, or a
     * tuple record whose schema does not rule out further elements) an error instead of a warning.
     *
     * @since 0.2.0
     */
    @Parameter(property = "jsoncontract.strictTypes", defaultValue = "false")
    private boolean strictTypes;

    /**
     * Where the sources are written; added to the project's compile source roots. Only files the
     * plugin generated are ever deleted from it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/jsoncontract", required = true)
    private File outputDirectory;

    /**
     * The Jackson the generated client is written for: {@code 2} (Jackson 2, {@code com.fasterxml.jackson},
     * with {@code jackson-datatype-jsr310}) or {@code 3} (Jackson 3, {@code tools.jackson}). The model's
     * annotations serve both. Default {@code 2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.jackson", defaultValue = "2")
    private String jackson;

    /**
     * Skips generation, e.g. {@code -Djsoncontract.generate.skip}; the module's own code then no
     * longer compiles unless the sources are there from an earlier build. Default {@code false}.
     * ({@code jsoncontract.skip} skips {@code generate-tests} and {@code verify}, not this goal.)
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.generate.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Where {@code verify} writes its reports; the first jsoncontract goal of a build removes the
     * ones an earlier build left there, so that a build failing before {@code verify} leaves no
     * report saying "conform".
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.reportsDirectory", defaultValue = "${project.build.directory}/jsoncontract-reports")
    private File reportsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("jsoncontract: generate is skipped (jsoncontract.generate.skip=true).");
            return;
        }
        Goals.announce(getLog(), "generate", schema, project, packageName);
        if (Boolean.parseBoolean(session.getUserProperties().getProperty("jsoncontract.skip",
                project.getProperties().getProperty("jsoncontract.skip", "false")))) {
            getLog().info("jsoncontract: jsoncontract.skip skips generate-tests and verify, not generate (this"
                    + " module's code needs the sources); -Djsoncontract.generate.skip=true skips it.");
        }
        Goals.removeStaleReports(project, reportsDirectory, getLog());
        GenerateRequest request = new GenerateRequest(
                schemaSource(schema), packageName,
                outputDirectory.toPath(), pluginVersion == null ? "unknown" : pluginVersion, strictTypes,
                jacksonVersion(jackson));
        try {
            GenerateService.standard().generate(request, getLog()::info, getLog()::warn);
        } catch (GenerateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        Goals.hintMissingLibraries(project, outputDirectory, "compile", "com.fasterxml.jackson.core:jackson-databind"
                + " and com.fasterxml.jackson.datatype:jackson-datatype-jsr310, as in the README's quick start.", getLog());
    }

    /** The {@code jackson} parameter, or a configuration failure that names the values allowed. */
    static JacksonVersion jacksonVersion(String jackson) throws MojoExecutionException {
        try {
            return JacksonVersion.parse(jackson);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("jsoncontract: " + e.getMessage() + " (parameter jackson, property"
                    + " jsoncontract.jackson): use 2 for Jackson 2 (com.fasterxml.jackson) or 3 for Jackson 3"
                    + " (tools.jackson).", e);
        }
    }
}
