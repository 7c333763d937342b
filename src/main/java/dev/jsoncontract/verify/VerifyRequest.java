package dev.jsoncontract.verify;

import dev.jsoncontract.contract.SchemaSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What {@code verify} is asked to do. Immutable.
 *
 * @param schema the contract (a file or folder), or {@code null} for the call contract bundled in the plugin
 * @param operation the operation whose response schema bodies are held to, or {@code null} for the first
 * @param recordings the folder of recorded bodies ({@code *.json}, {@code *.har}); need not exist
 * @param strict whether drift (undescribed properties) fails like a violation
 * @param reportsDirectory where the reports are written, or {@code null} for none
 * @param stepSummary a file the Markdown summary is appended to (GitHub's {@code $GITHUB_STEP_SUMMARY}),
 *     or {@code null}
 * @param live the live endpoint to call as well, or {@code null}
 * @param threads how many bodies are checked at the same time (1: one after another); the reports
 *     do not depend on it
 * @param module the module (Maven artifactId) the reports name, so that several modules' reports
 *     do not collide in CI ({@code <module>.listCalls}), or {@code null}
 * @param projectDirectory the project's folder, against which the reports name recordings
 *     ({@code src/test/resources/recordings/page-1.json}), or {@code null}
 * @param schemaPointer the schema bodies are held to instead of an operation's response (plain schema
 *     mode): {@code /definitions/Order}, {@code order.schema.json} or {@code order.schema.json#/definitions/Order};
 *     {@code null}: the operation's, or when the contract describes none, its one root schema
 * @param source where the contract's schemas come from ({@code schema} with the goal's
 *     {@code includes}, {@code excludes} and {@code schemaMappings}), or {@code null} for
 *     {@code schema} alone
 */
public record VerifyRequest(
        Path schema,
        String operation,
        Path recordings,
        boolean strict,
        Path reportsDirectory,
        Path stepSummary,
        Live live,
        int threads,
        String module,
        Path projectDirectory,
        String schemaPointer,
        SchemaSource source) {

    public VerifyRequest {
        source = SchemaSource.of(schema, source);
        Objects.requireNonNull(recordings, "recordings");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        schemaPointer = schemaPointer == null || schemaPointer.isBlank() ? null : schemaPointer.strip();
    }

    /** A request whose contract is {@code schema} alone (no includes, excludes or mappings). */
    public VerifyRequest(Path schema, String operation, Path recordings, boolean strict, Path reportsDirectory,
            Path stepSummary, Live live, int threads, String module, Path projectDirectory, String schemaPointer) {
        this(schema, operation, recordings, strict, reportsDirectory, stepSummary, live, threads, module,
                projectDirectory, schemaPointer, null);
    }

    /** A request without a schema pointer: an operation's response schema, or the one root schema. */
    public VerifyRequest(Path schema, String operation, Path recordings, boolean strict, Path reportsDirectory,
            Path stepSummary, Live live, int threads, String module, Path projectDirectory) {
        this(schema, operation, recordings, strict, reportsDirectory, stepSummary, live, threads, module,
                projectDirectory, null);
    }

    /** A request whose reports name no module. */
    public VerifyRequest(Path schema, String operation, Path recordings, boolean strict, Path reportsDirectory,
            Path stepSummary, Live live, int threads) {
        this(schema, operation, recordings, strict, reportsDirectory, stepSummary, live, threads, null, null, null);
    }

    /** A request that checks bodies on as many threads as there are processors. */
    public VerifyRequest(Path schema, String operation, Path recordings, boolean strict, Path reportsDirectory,
            Path stepSummary, Live live) {
        this(schema, operation, recordings, strict, reportsDirectory, stepSummary, live, defaultThreads());
    }

    /** The default number of threads: the processors available to the JVM. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The live endpoint.
     *
     * @param baseUrl the base URL the operation's path is appended to
     * @param token the bearer token when already known (from a settings.xml server), or {@code null}
     * @param tokenOrigin where {@code token} was read from ({@code the settings.xml server 'clarion'}),
     *     for messages; {@code null} when no token is given
     * @param tokenEnvironmentVariable the variable holding the token, or {@code null} for the one the
     *     contract names ({@code auth.tokenEnvironmentVariable})
     * @param environment reads environment variables ({@code System::getenv} in a build)
     * @param query query parameters, sorted by name
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for a response
     * @param maxRetries how often a 429 or 5xx response is retried
     * @param record whether each live response is also written as a new recording
     * @param proxy the proxy to call through (a settings.xml {@code <proxy>}), or {@code null}
     */
    public record Live(
            URI baseUrl,
            String token,
            String tokenOrigin,
            String tokenEnvironmentVariable,
            UnaryOperator<String> environment,
            Map<String, String> query,
            Duration connectTimeout,
            Duration requestTimeout,
            int maxRetries,
            boolean record,
            dev.jsoncontract.verify.live.LiveProxy proxy) {

        /** Live settings without a proxy of their own. */
        public Live(URI baseUrl, String token, String tokenOrigin, String tokenEnvironmentVariable,
                UnaryOperator<String> environment, Map<String, String> query, Duration connectTimeout,
                Duration requestTimeout, int maxRetries, boolean record) {
            this(baseUrl, token, tokenOrigin, tokenEnvironmentVariable, environment, query, connectTimeout,
                    requestTimeout, maxRetries, record, null);
        }

        public Live {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(environment, "environment");
            query = Collections.unmodifiableSortedMap(new TreeMap<>(query == null ? Map.of() : query));
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
            }
        }

        @Override
        public String toString() {
            // the token never reaches a log line or a message
            return "Live[" + baseUrl + ", token=" + (token == null ? "none" : "****") + ", tokenEnvironmentVariable="
                    + tokenEnvironmentVariable + ", query=" + query + ", connectTimeout=" + connectTimeout
                    + ", requestTimeout=" + requestTimeout + ", maxRetries=" + maxRetries + ", record=" + record
                    + ", proxy=" + proxy + "]";
        }
    }
}
