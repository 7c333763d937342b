package dev.jsoncontract.maven;

import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.generate.GenerateRequest;
import dev.jsoncontract.generate.GenerateService;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java 17 records, enums, sealed interfaces and a typed HTTP client from a JSON Schema
 * contract, and adds them to the compile sources. Rewrites nothing when the schema, the
 * configuration and the plugin version are unchanged.
 *
 * <p>An invalid schema is a configuration problem: the build stops with BUILD ERROR and lists every
 * problem as {@code file#pointer: problem}.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

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
     * Skips generation, e.g. {@code -Djsoncontract.skip}. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("jsoncontract: generate skipped (jsoncontract.skip)");
            return;
        }
        GenerateRequest request = new GenerateRequest(schema == null ? null : schema.toPath(), packageName,
                outputDirectory.toPath(), pluginVersion == null ? "unknown" : pluginVersion, jacksonVersion(jackson));
        try {
            GenerateService.standard().generate(request, getLog()::info);
        } catch (GenerateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
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
