package dev.jsoncontract.verify.live;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaRegistry;
import dev.jsoncontract.verify.ResponseBody;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * Calls the live endpoint of an operation once and hands its body to {@code verify}.
 *
 * <ul>
 *   <li>Sends {@code <method> <baseUrl><path>?<query>} with {@code Accept: application/json} and,
 *       when a token is given, {@code Authorization: Bearer <token>}. Redirects are not followed,
 *       so that the token never travels to another host.</li>
 *   <li>Retries 429 and 5xx answers up to {@link LiveRequest#maxRetries()} times, waiting what
 *       {@code Retry-After} says (seconds or an HTTP date, at most {@link #MAX_RETRY_AFTER}) or else
 *       {@link LiveRequest#initialBackoff()} doubled on each retry (at most {@link #MAX_BACKOFF}).</li>
 *   <li>Every failure becomes a {@link LiveException} whose one-line message says what happened
 *       and what to check.</li>
 *   <li>A 2xx body that is not JSON is a {@link LiveException} too, not a finding: a live endpoint
 *       answering HTML or text almost always means that {@code baseUrl} points at a web page, a
 *       login proxy or a gateway error page, which is a setup problem. A JSON body sent with
 *       another {@code Content-Type} is checked anyway, with a warning in the log.</li>
 *   <li>In record mode the body is also written as a new, redacted recording (see
 *       {@link Recorder}).</li>
 * </ul>
 *
 * <p>The token never appears in a log line, an exception message or a recording: messages name
 * the URL without it and every excerpt of a response is scrubbed of it.
 */
public final class LiveFetcher {

    /** The longest wait between two retries computed from the backoff. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** The longest wait a {@code Retry-After} header can ask for; longer values are cut to this. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /** The largest response body read into memory: 256 MiB, far above a page of 1000 calls. */
    public static final long MAX_BODY_BYTES = 256L * 1024 * 1024;

    /**
     * A body may take at most this share of the heap ({@code 1/8} of {@code -Xmx}): it is held as
     * bytes, copied once when complete, and then checked, so that an endless or huge body is cut off
     * long before the heap runs out.
     */
    static final long HEAP_SHARE = 8;

    /** How many characters of a response body an error message quotes. */
    static final int EXCERPT_LENGTH = 200;

    private static final String GENERIC_TOKEN_ORIGIN = "the token in the environment variable or settings.xml"
            + " <server> you configured (jsoncontract.tokenEnvironmentVariable, jsoncontract.serverId)";

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Entity"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    /** Waits between retries; replaced in tests so that no test sleeps longer than it must. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private LiveFetcher() {
    }

    /**
     * Calls the endpoint and returns its body.
     *
     * @param request what to call; its token is sent but never shown
     * @param log where progress, retries and warnings go, one line each, without the token
     * @return the body of the successful response, named by its URL
     * @throws LiveException when the endpoint cannot be reached, refuses the call, keeps failing
     *     after the retries, answers something other than JSON, or the recording cannot be written
     */
    public static List<ResponseBody> fetch(LiveRequest request, Consumer<String> log) throws LiveException {
        return fetch(request, null, log);
    }

    /**
     * As {@link #fetch(LiveRequest, Consumer)}, with the place the token was read from, so that a
     * 401 or 403 message can say where to look.
     *
     * @param tokenOrigin e.g. {@code the environment variable CLARION_API_TOKEN} or
     *     {@code the settings.xml server 'clarion'}; {@code null} for a generic hint. Never the token.
     */
    public static List<ResponseBody> fetch(LiveRequest request, String tokenOrigin, Consumer<String> log)
            throws LiveException {
        return fetch(request, tokenOrigin, log, duration -> Thread.sleep(duration.toMillis()), Clock.systemUTC());
    }

    static List<ResponseBody> fetch(LiveRequest request, String tokenOrigin, Consumer<String> log, Sleeper sleeper,
            Clock clock) throws LiveException {
        return fetch(request, tokenOrigin, log, sleeper, clock, bodyLimit(Runtime.getRuntime().maxMemory()));
    }

    /** The largest body read for a heap of {@code maxMemory} bytes: {@link #MAX_BODY_BYTES}, or less for a small heap. */
    static long bodyLimit(long maxMemory) {
        return Math.max(1, Math.min(MAX_BODY_BYTES, maxMemory / HEAP_SHARE));
    }

    static List<ResponseBody> fetch(LiveRequest request, String tokenOrigin, Consumer<String> log, Sleeper sleeper,
            Clock clock, long maxBodyBytes) throws LiveException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(log, "log");
        Call call = new Call(request, tokenOrigin == null ? GENERIC_TOKEN_ORIGIN : tokenOrigin, log);
        log.accept("Calling " + call.what);
        HttpClient.Builder clientBuilder = HttpClient.newBuilder()
                .connectTimeout(request.connectTimeout())
                // the client would send the Authorization header to wherever a redirect points
                .followRedirects(HttpClient.Redirect.NEVER)
                // one plain request: no h2c upgrade dance with proxies or test servers
                .version(HttpClient.Version.HTTP_1_1);
        LiveProxies.configure(clientBuilder, request.proxy());
        HttpClient client = clientBuilder.build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri)
                .timeout(request.requestTimeout())
                .header("Accept", "application/json")
                .method(request.operation().method(), HttpRequest.BodyPublishers.noBody());
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        LiveProxies.authorization(request.proxy(), call.uri).ifPresent(value -> builder.header("Proxy-Authorization", value));
        HttpRequest httpRequest = builder.build();
        for (int retry = 0; ; retry++) {
            HttpResponse<byte[]> response = call.send(client, httpRequest, maxBodyBytes);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return List.of(call.accept(response, clock));
            }
            boolean retryable = status == 429 || status >= 500;
            if (!retryable || retry >= request.maxRetries()) {
                throw call.statusError(response, retryable ? retry : -1);
            }
            Optional<Duration> retryAfter = retryAfter(response.headers().firstValue("Retry-After"), clock);
            Duration wait = retryAfter.isPresent() ? retryAfter.get() : backoff(request.initialBackoff(), retry);
            log.accept(call.scrub(call.what + " answered " + status + " " + reason(status) + "; retry " + (retry + 1)
                    + " of " + request.maxRetries() + " in " + human(wait)
                    + (retryAfter.isPresent() ? " (as Retry-After asks)" : "")));
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LiveException(call.what + " was interrupted while waiting to retry.", e);
            }
        }
    }

    /** {@code initial * 2^retry}, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(Duration initial, int retry) {
        Duration wait = initial.isNegative() ? Duration.ZERO : initial;
        for (int i = 0; i < retry && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /**
     * The wait a {@code Retry-After} header asks for: delta-seconds or an HTTP date, never negative,
     * at most {@link #MAX_RETRY_AFTER}; empty when the header is absent or unreadable.
     */
    static Optional<Duration> retryAfter(Optional<String> header, Clock clock) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        Duration wait;
        if (value.matches("\\d{1,18}")) {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(clock.instant(), at.toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
    }

    static String reason(int status) {
        return REASONS.getOrDefault(status, status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "");
    }

    static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The request URI: base URL, the operation's path and the query, encoded. */
    static URI uri(LiveRequest request) throws LiveException {
        String base = request.baseUrl().toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        request.query().forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        String text = base + request.operation().path() + query;
        try {
            URI uri = new URI(text);
            if (uri.getRawUserInfo() != null) {
                URI shown = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
                throw new LiveException("Cannot call " + Tokens.scrub(shown.toString(), request.token())
                        + ": jsoncontract.baseUrl holds credentials (user:password@), which would be sent and"
                        + " logged. Remove them; the token comes from the environment or a settings.xml <server>.");
            }
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new URISyntaxException(text, "an http or https URL with a host is needed");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new LiveException("Cannot call " + Tokens.scrub(text, request.token()) + ": " + e.getReason()
                    + ". Check jsoncontract.baseUrl, e.g. https://api.example.com/v1.", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One call in progress: what messages need to know about it. */
    static final class Call {

        private final LiveRequest request;
        private final String tokenOrigin;
        private final Consumer<String> log;
        private final URI uri;
        private final String source;
        private final String what;
        private final String hostAndPort;

        Call(LiveRequest request, String tokenOrigin, Consumer<String> log) throws LiveException {
            this.request = request;
            this.tokenOrigin = tokenOrigin;
            this.log = log;
            this.uri = uri(request);
            this.source = scrub(uri.toString());
            this.what = request.operation().method() + " " + source;
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            this.hostAndPort = uri.getHost() + ":" + port;
        }

        String scrub(String text) {
            return Tokens.scrub(text, request.token());
        }

        /**
         * Sends the request and waits for the whole response, headers and body, at most
         * {@code requestTimeout}: the client's own timeout stops counting once the headers are in,
         * so a body that trickles or stalls would hang the build.
         */
        HttpResponse<byte[]> send(HttpClient client, HttpRequest httpRequest, long maxBodyBytes) throws LiveException {
            List<BoundedBody> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> response =
                    client.sendAsync(httpRequest, BoundedBody.handler(maxBodyBytes, bodies::add));
            try {
                return response.get(request.requestTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                abort(response, bodies);
                throw networkError(new HttpTimeoutException("timed out"));
            } catch (InterruptedException e) {
                abort(response, bodies);
                Thread.currentThread().interrupt();
                throw new LiveException(what + " was interrupted.", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof IOException io) {
                    throw networkError(io);
                }
                if (cause instanceof OutOfMemoryError) {
                    throw networkError(new BoundedBody.OutOfHeap());
                }
                throw networkError(new IOException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause));
            }
        }

        private static void abort(java.util.concurrent.CompletableFuture<?> response, List<BoundedBody> bodies) {
            response.cancel(true);
            bodies.forEach(BoundedBody::abort);
        }

        /** The one-line error of a failed exchange. */
        LiveException networkError(IOException e) {
            String message;
            BoundedBody.TooLarge tooLarge = cause(e, BoundedBody.TooLarge.class);
            if (tooLarge != null) {
                message = what + " answered a body larger than " + tooLarge.limit + " bytes, more than verify"
                        + " reads into memory" + (tooLarge.limit < MAX_BODY_BYTES
                        && tooLarge.limit == bodyLimit(Runtime.getRuntime().maxMemory()) ? " with this heap (at most an eighth"
                        + " of it; MAVEN_OPTS=-Xmx2g raises the limit up to " + MAX_BODY_BYTES + " bytes)" : "")
                        + ". Ask for less, e.g. a smaller limit in the query.";
            } else if (cause(e, BoundedBody.OutOfHeap.class) != null) {
                message = what + " answered a body that does not fit in the heap left to this build. Give Maven"
                        + " more heap (MAVEN_OPTS=-Xmx2g) or ask for less, e.g. a smaller limit in the query.";
            } else if (e instanceof HttpConnectTimeoutException) {
                message = "No connection to " + hostAndPort + " within " + human(request.connectTimeout()) + " for "
                        + what + ": check jsoncontract.baseUrl, the network and any firewall or proxy, or raise"
                        + " jsoncontract.connectTimeout.";
            } else if (e instanceof HttpTimeoutException) {
                message = what + " timed out: no complete response within " + human(request.requestTimeout())
                        + ". Raise jsoncontract.requestTimeout, ask for less (e.g. a smaller limit) or check"
                        + " the endpoint.";
            } else if (causedBy(e, UnknownHostException.class) || causedBy(e, UnresolvedAddressException.class)) {
                message = "Cannot resolve the host " + uri.getHost() + " of " + what + ": check jsoncontract.baseUrl"
                        + " for typos and that this machine's DNS (or proxy) can resolve it.";
            } else if (causedBy(e, SSLException.class)) {
                message = "TLS handshake with " + hostAndPort + " failed for " + what + " ("
                        + oneLine(rootMessage(e)) + "): check that the URL's scheme and port are right and that"
                        + " Java trusts the server's certificate (javax.net.ssl.trustStore).";
            } else if (causedBy(e, ConnectException.class)) {
                message = "Connection refused by " + hostAndPort + " for " + what + ": nothing listens there."
                        + " Check jsoncontract.baseUrl (host and port) and that the endpoint is up.";
            } else {
                message = "The connection to " + hostAndPort + " broke during " + what + " ("
                        + e.getClass().getSimpleName() + ": " + oneLine(rootMessage(e)) + "): the server or a"
                        + " proxy closed or reset it. Try again, and check the endpoint and any proxy in between.";
            }
            return new LiveException(scrub(message), e);
        }

        LiveException statusError(HttpResponse<byte[]> response, int retries) {
            int status = response.statusCode();
            String prefix = status + " " + reason(status) + " from " + what + ": ";
            String operationPath = request.operation().method() + " " + request.operation().path();
            String message;
            if (status == 401) {
                message = request.token() == null
                        ? "no token was sent and the endpoint needs one. Set the environment variable named by"
                                + " jsoncontract.tokenEnvironmentVariable, or name a settings.xml <server> with"
                                + " jsoncontract.serverId."
                        : "the token was refused. Check " + tokenOrigin + "; it may be expired, revoked or meant"
                                + " for another environment.";
            } else if (status == 403) {
                message = "the token was accepted but may not call " + operationPath + ". Check the token's"
                        + " permissions (scopes) for this operation, and " + tokenOrigin + ".";
            } else if (status == 404) {
                message = "nothing answers at this URL. Check jsoncontract.baseUrl (" + request.baseUrl()
                        + ") and the path \"" + request.operation().path() + "\" of the contract's operation "
                        + request.operation().name() + ".";
            } else if (status >= 300 && status < 400) {
                String location = oneLine(response.headers().firstValue("Location").orElse("(no Location)"));
                message = "the endpoint redirects to " + (location.length() > EXCERPT_LENGTH
                        ? location.substring(0, EXCERPT_LENGTH) + "…" : location)
                        + ". Set jsoncontract.baseUrl to the final URL; redirects are not followed, so that the"
                        + " token is never sent elsewhere.";
            } else if (status == 429) {
                message = "still rate-limited after " + retries + (retries == 1 ? " retry" : " retries")
                        + ". Try again later, spread the jobs that use this token, or raise jsoncontract.maxRetries.";
            } else if (status >= 500) {
                message = "the server kept failing after " + retries + (retries == 1 ? " retry" : " retries")
                        + "; " + excerpt(response.body()) + ". Try again later, check the endpoint's status, or"
                        + " raise jsoncontract.maxRetries.";
            } else if (status >= 400) {
                message = "the endpoint refused the request; " + excerpt(response.body()) + ". Check the query"
                        + " parameters " + request.query() + " against the contract and the endpoint's documentation.";
            } else {
                message = "unexpected status; " + excerpt(response.body()) + ". Check jsoncontract.baseUrl and the"
                        + " endpoint's documentation.";
            }
            return new LiveException(scrub(prefix + message));
        }

        ResponseBody accept(HttpResponse<byte[]> response, Clock clock) throws LiveException {
            byte[] bytes = response.body() == null ? new byte[0] : response.body();
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("(none)");
            if (bytes.length == 0) {
                throw new LiveException(scrub(what + " answered " + status + " " + reason(status) + " with an empty"
                        + " body, but the contract expects " + request.operation().mediaType() + ". Check the"
                        + " operation and jsoncontract.baseUrl."));
            }
            try {
                Recorder.checkSyntax(bytes);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
                throw new LiveException(scrub(what + " answered " + status + " " + reason(status)
                        + " with a body that is not JSON (Content-Type " + oneLine(contentType)
                        + response.headers().firstValue("Content-Encoding").map(coding -> ", Content-Encoding "
                                + oneLine(coding) + ", which verify did not ask for").orElse("")
                        + "; invalid" + where
                        + "; " + excerpt(bytes) + "). Check jsoncontract.baseUrl: it must point at the API, not at"
                        + " a web page, a login proxy or a gateway."), e);
            } catch (IOException e) {
                throw new LiveException(scrub(what + " answered a body that cannot be read: " + e.getMessage()), e);
            }
            if (!isJson(contentType)) {
                log.accept(scrub("Warning: " + what + " answered with Content-Type " + oneLine(contentType)
                        + ", not " + request.operation().mediaType() + " as the contract says; the body is JSON and"
                        + " is checked anyway."));
            }
            log.accept(what + " answered " + status + " " + reason(status) + " (" + bytes.length + " bytes)");
            Path folder = request.recordDirectory();
            if (folder != null) {
                record(bytes, folder, clock);
            }
            return new BytesBody(source, bytes);
        }

        private void record(byte[] bytes, Path folder, Clock clock) throws LiveException {
            JsonNode body;
            try {
                body = Recorder.parse(bytes);
            } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // the check that follows names what is wrong with the body; a recording is no use
                String why = e instanceof JsonProcessingException json && json.getOriginalMessage() != null
                        ? json.getOriginalMessage() : e.getClass().getSimpleName();
                log.accept(scrub("Warning: the response of " + what + " is not recorded: it cannot be read as one"
                        + " JSON value (" + oneLine(why) + "); the check below says why."));
                return;
            }
            Redactor.Result redaction;
            try {
                redaction = Redactor.redact(body, request.operation(), new SchemaRegistry(null));
            } catch (ContractException e) {
                throw new LiveException(scrub("The response of " + what + " cannot be recorded: the contract's"
                        + " response schema cannot be followed for redaction (" + e.getMessage() + ")."), e);
            }
            redaction.warnings().forEach(warning -> log.accept(scrub("Warning: " + warning)));
            try {
                Path file = Recorder.write(folder, request.operation().name(), body, request.token(), clock.instant());
                log.accept(scrub("Recorded the response of " + what + " as " + file + " ("
                        + redaction.redacted().size() + " values redacted)"));
            } catch (IOException e) {
                throw new LiveException(scrub("The response of " + what + " cannot be recorded in " + folder + " ("
                        + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()) + "): check that the"
                        + " folder is writable."), e);
            }
        }

        private String excerpt(byte[] body) {
            if (body == null || body.length == 0) {
                return "the response body is empty";
            }
            int length = Math.min(body.length, EXCERPT_LENGTH * 4);
            String text = oneLine(scrub(new String(body, 0, length, StandardCharsets.UTF_8)));
            boolean cut = body.length > length || text.length() > EXCERPT_LENGTH;
            if (text.length() > EXCERPT_LENGTH) {
                text = text.substring(0, EXCERPT_LENGTH);
            }
            return "the response body starts with \"" + text + (cut ? "…" : "") + "\"";
        }
    }

    static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "no detail";
        }
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
