package dev.jsoncontract.maven;

import dev.jsoncontract.verify.VerifyException;
import dev.jsoncontract.verify.baseline.BaselineRequest;
import dev.jsoncontract.verify.VerifyRequest;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.Verifier;
import dev.jsoncontract.verify.report.TextSummary;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Holds recorded (and, with {@code jsoncontract.baseUrl}, live) API responses to the contract.
 * Violations fail the build with a grouped summary; reports go to {@code target/jsoncontract-reports}.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends ContractMojo {

    /**
     * Skips the goal: nothing is read or written. Default {@code false}; example
     * {@code -Djsoncontract.verify.skip=true}. {@code -Djsoncontract.skip=true} skips this goal and
     * {@code generate-tests}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.verify.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skips the checks, this goal and {@code generate-tests} (not {@code generate}, whose sources the
     * module needs): {@code -Djsoncontract.skip}. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.skip", defaultValue = "false")
    private boolean skipChecks;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The contract: a JSON Schema (draft-07) file or a folder of them. Default: the call contract
     * bundled in the plugin. Example: {@code src/main/schema/orders.schema.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.schema")
    private File schema;

    /**
     * The operation (under {@code x-jsoncontract/operations}) whose response schema bodies are held
     * to. Default: the contract's first operation. Example: {@code listCalls}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.operation")
    private String operation;

    /**
     * The schema every recording is held to, instead of an operation's response schema (plain
     * schema mode): a JSON Pointer into the contract's one root schema ({@code /definitions/Order}),
     * a file of the schema folder ({@code order.schema.json}), or both
     * ({@code order.schema.json#/definitions/Order}). Default: the operation's response schema; when
     * the contract describes no operation, its one root schema (in a folder: the one file no other
     * file refers to).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.schemaPointer")
    private String schemaPointer;

    /**
     * The folder of recorded response bodies: every {@code *.json} file is one body, every
     * {@code *.har} export contributes its entries for the operation. Default:
     * {@code src/test/resources/recordings}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.recordings", defaultValue = "${project.basedir}/src/test/resources/recordings")
    private File recordings;

    /**
     * Whether properties the contract does not describe fail the build (default: warnings).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Whether violations fail the build; {@code false} reports them as warnings. Default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Where the JUnit XML, JSON and Markdown reports go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.reportsDirectory", defaultValue = "${project.build.directory}/jsoncontract-reports")
    private File reportsDirectory;

    /**
     * The live endpoint's base URL; when set, the operation is called and its response checked too.
     * Example: {@code https://api.clarionhealth.com/v1}. Default: none (recordings only).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.baseUrl")
    private String baseUrl;

    /**
     * The environment variable holding the bearer token. Default: the contract's
     * {@code auth.tokenEnvironmentVariable} ({@code CLARION_API_TOKEN} for the call contract).
     * The token itself is never a pom parameter.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.tokenEnvironmentVariable")
    private String tokenEnvironmentVariable;

    /**
     * The id of a settings.xml {@code <server>} whose password is the token (may be encrypted).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.serverId")
    private String serverId;

    /**
     * Query parameters of the live call, e.g. {@code <query><limit>100</limit></query>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> query;

    /**
     * Seconds to wait for a connection to the live endpoint. Default 10.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.connectTimeout", defaultValue = "10")
    private int connectTimeout;

    /**
     * Seconds to wait for the live endpoint's response. Default 30.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.requestTimeout", defaultValue = "30")
    private int requestTimeout;

    /**
     * How often a 429 or 5xx response is retried (with backoff, honouring Retry-After). Default 3.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.maxRetries", defaultValue = "3")
    private int maxRetries;

    /**
     * Whether each live response is also written as a new recording in the {@code recordings}
     * folder (needs {@code baseUrl}); existing files are never overwritten, the token never lands in
     * a recording, and the operation's {@code redact} fields are replaced by placeholders. Default
     * {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.record", defaultValue = "false")
    private boolean record;

    /**
     * How many response bodies are checked at the same time. Default: one per processor
     * ({@code Runtime.availableProcessors()}); {@code 1} checks them one after another. At most two
     * bodies per thread are held at once, and the reports are the same whatever the number.
     * Example: {@code -Djsoncontract.threads=2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.threads")
    private Integer threads;

    /**
     * The reviewed baseline of accepted findings: a JSON file kept in git. Findings it lists (by
     * schema location, keyword and value) are reported as accepted and do not fail the build; an
     * entry past its {@code expires} date fails it; an entry that matched nothing is reported as
     * stale (a failure under {@code jsoncontract.strict}). A missing file accepts nothing.
     * Default {@code ${project.basedir}/jsoncontract-baseline.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.baseline", defaultValue = "${project.basedir}/jsoncontract-baseline.json")
    private File baseline;

    /**
     * Writes the current findings into the {@code baseline} file and passes: existing entries keep
     * their reason and expiry, new ones get {@code "reason": "TODO"}, stale ones are removed.
     * Default {@code false}; example {@code -Djsoncontract.updateBaseline=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jsoncontract.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    // @Component still injects into Mojos in Maven 3.9; field @Inject would need javax.inject on the class path
    @SuppressWarnings("deprecation")
    @Component
    private SettingsDecrypter decrypter;

    /** Reads environment variables; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipChecks) {
            getLog().info("jsoncontract: verify is skipped (" + (skip ? "jsoncontract.verify.skip" : "jsoncontract.skip")
                    + "=true).");
            return;
        }
        Goals.announce(getLog(), "verify", schema, project, null);
        Goals.removeStaleReports(project, reportsDirectory, getLog());
        if (threads != null && threads < 1) {
            throw new MojoExecutionException("jsoncontract.threads must be at least 1, not " + threads
                    + ". Leave it out for one thread per processor, or set 1 to check bodies one after another.");
        }
        String liveUrl = baseUrl;
        boolean recordLive = record;
        if (settings != null && settings.isOffline() && baseUrl != null && !baseUrl.isBlank()) {
            // -o means no network: the recordings are still checked
            getLog().info("jsoncontract: Maven is offline (-o), so the live endpoint " + baseUrl.strip()
                    + " is not called" + (record ? " and nothing is recorded" : "") + "; only the recordings are"
                    + " checked.");
            liveUrl = null;
            recordLive = false;
        }
        String stepSummary = environment.apply("GITHUB_STEP_SUMMARY");
        VerifyRequest request = new VerifyRequest(
                schema == null ? null : schema.toPath(),
                VerifyLive.blankToNull(operation),
                recordings.toPath(),
                strict,
                reportsDirectory.toPath(),
                stepSummary == null || stepSummary.isBlank() ? null : Path.of(stepSummary),
                VerifyLive.settings(liveUrl, tokenEnvironmentVariable, serverId, settings, decrypter, query,
                        connectTimeout, requestTimeout, maxRetries, recordLive, environment),
                threads == null ? VerifyRequest.defaultThreads() : threads,
                project.getArtifactId(),
                project.getBasedir().toPath(),
                schemaPointer,
                schemaSource(schema));
        BaselineRequest baselineRequest = new BaselineRequest(baseline.toPath(),
                displayName(baseline, project.getBasedir()), updateBaseline, LocalDate.now(ZoneOffset.UTC));
        VerifyResult result;
        try {
            result = new Verifier(getLog()::info, VerifyLive.source()).verify(request, baselineRequest);
        } catch (VerifyException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        report(result);
    }

    /** The baseline's path relative to the project (with {@code /}), or its file name when outside it. */
    static String displayName(File file, File basedir) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path base = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
        Path shown = base != null && path.startsWith(base) ? base.relativize(path) : path.getFileName();
        return shown.toString().replace(File.separatorChar, '/');
    }

    private void report(VerifyResult result) throws MojoFailureException {
        if (result.nothingVerified()) {
            throw new MojoFailureException(TextSummary.nothingToVerify(result.recordings()));
        }
        List<String> lines = TextSummary.lines(result);
        if (result.violated() && failOnViolation) {
            throw new MojoFailureException(String.join("\n", lines));
        }
        if (result.violated() || result.warnings() > 0) {
            lines.forEach(getLog()::warn);
        } else {
            // accepted findings are listed too; a stale baseline entry is a warning
            lines.forEach(line -> {
                if (line.startsWith("warning: ")) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            });
        }
    }
}
