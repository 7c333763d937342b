package dev.jsoncontract.verify.live;

import dev.jsoncontract.contract.Operation;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A call of a live endpoint for {@code verify}.
 *
 * @param operation the operation to call
 * @param baseUrl the base URL the operation's path is appended to
 * @param token the bearer token, or {@code null}; never logged, never written anywhere
 * @param query query parameters, sorted by name
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole response
 * @param maxRetries how many times a 429 or 5xx response is retried
 * @param initialBackoff the first wait between retries, doubled each time unless the server
 *     sends {@code Retry-After}
 * @param recordDirectory where record mode writes each response as a new recording, or
 *     {@code null} when record mode is off
 * @param proxy the proxy to call through (a settings.xml {@code <proxy>}), or {@code null} for the
 *     JVM's defaults
 */
public record LiveRequest(
        Operation operation,
        URI baseUrl,
        String token,
        SortedMap<String, String> query,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries,
        Duration initialBackoff,
        Path recordDirectory,
        LiveProxy proxy) {

    /** A request without a proxy of its own. */
    public LiveRequest(Operation operation, URI baseUrl, String token, SortedMap<String, String> query,
            Duration connectTimeout, Duration requestTimeout, int maxRetries, Duration initialBackoff,
            Path recordDirectory) {
        this(operation, baseUrl, token, query, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                recordDirectory, null);
    }

    public LiveRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(baseUrl, "baseUrl");
        query = new TreeMap<>(query);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
    }

    /** The same request with the query given as any map. */
    public static SortedMap<String, String> sorted(Map<String, String> query) {
        return new TreeMap<>(query);
    }

    @Override
    public String toString() {
        // the token stays out of every log line and exception message
        return "LiveRequest[" + operation.method() + " " + baseUrl + operation.path() + ", query=" + query
                + ", token=" + (token == null ? "none" : "****") + (proxy == null ? "" : ", proxy=" + proxy) + "]";
    }
}
