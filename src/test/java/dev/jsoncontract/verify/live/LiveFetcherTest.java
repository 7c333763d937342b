package dev.jsoncontract.verify.live;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.ResponseBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LiveFetcherTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort().jettyAcceptors(1))
            .build();

    static final String TOKEN = "tok-live-9f3c2a7e";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);

    static Operation listCalls;
    static byte[] calls;

    final List<String> log = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    String base;
    String url;

    @BeforeAll
    static void contract() throws Exception {
        listCalls = ContractLoader.loadBundled().operation("listCalls").orElseThrow();
        try (InputStream in = LiveFetcherTest.class.getResourceAsStream("calls.json")) {
            calls = in.readAllBytes();
        }
    }

    @BeforeEach
    void urls() {
        base = "http://127.0.0.1:" + server.getPort();
        url = base + "/call?limit=5";
    }

    LiveRequest request(String baseUrl, String token, Duration requestTimeout, int maxRetries, Path record) {
        return new LiveRequest(listCalls, URI.create(baseUrl), token, LiveRequest.sorted(Map.of("limit", "5")),
                Duration.ofSeconds(5), requestTimeout, maxRetries, Duration.ofMillis(10), record);
    }

    LiveRequest request(String token) {
        return request(base, token, Duration.ofSeconds(5), 2, null);
    }

    List<ResponseBody> fetch(LiveRequest request) throws LiveException {
        return LiveFetcher.fetch(request, null, log::add, waits::add, CLOCK);
    }

    static String json() {
        return "application/json";
    }

    String message(LiveRequest request) {
        try {
            fetch(request);
        } catch (LiveException e) {
            return e.getMessage();
        }
        throw new AssertionError("no LiveException");
    }

    @Test
    @DisplayName("a 200 response is returned as one body named by its URL, sent with the token and Accept header")
    void ok() throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(calls)));

        List<ResponseBody> bodies = fetch(request(TOKEN));

        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0).source()).isEqualTo(url);
        assertThat(bodies.get(0).size()).isEqualTo(calls.length);
        try (InputStream in = bodies.get(0).open()) {
            assertThat(in.readAllBytes()).isEqualTo(calls);
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/call"))
                .withQueryParam("limit", equalTo("5"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        assertThat(log).containsExactly("Calling GET " + url, "GET " + url + " answered 200 OK (" + calls.length + " bytes)");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("without a token no Authorization header is sent; a trailing slash of baseUrl and query values are handled")
    void noToken() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v1/call")).willReturn(aResponse().withStatus(200).withBody("[]")));
        LiveRequest request = new LiveRequest(listCalls, URI.create(base + "/v1/"), null,
                LiveRequest.sorted(Map.of("createdAtGe", "2026-01-01T00:00:00+01:00", "limit", "5")),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 0, Duration.ofMillis(10), null);

        List<ResponseBody> bodies = fetch(request);

        assertThat(bodies.get(0).source())
                .isEqualTo(base + "/v1/call?createdAtGe=2026-01-01T00%3A00%3A00%2B01%3A00&limit=5");
        server.verify(getRequestedFor(urlPathEqualTo("/v1/call"))
                .withQueryParam("createdAtGe", equalTo("2026-01-01T00:00:00+01:00"))
                .withHeader("Authorization", absent()));
    }

    @Test
    @DisplayName("401 with a token says the token was refused and where it came from")
    void unauthorized() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(401)));

        assertThat(message(request(TOKEN))).isEqualTo("401 Unauthorized from GET " + url + ": the token was"
                + " refused. Check the token in the environment variable or settings.xml <server> you configured"
                + " (jsoncontract.tokenEnvironmentVariable, jsoncontract.serverId); it may be expired, revoked or"
                + " meant for another environment.");
        assertThatThrownBy(() -> LiveFetcher.fetch(request(TOKEN), "the environment variable CLARION_API_TOKEN",
                log::add)).isInstanceOf(LiveException.class).hasMessage("401 Unauthorized from GET " + url
                        + ": the token was refused. Check the environment variable CLARION_API_TOKEN; it may be"
                        + " expired, revoked or meant for another environment.");
        server.verify(2, getRequestedFor(urlPathEqualTo("/call")));
    }

    @Test
    @DisplayName("401 without a token says how to provide one")
    void unauthorizedWithoutToken() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(401)));

        assertThat(message(request(null))).isEqualTo("401 Unauthorized from GET " + url + ": no token was sent"
                + " and the endpoint needs one. Set the environment variable named by"
                + " jsoncontract.tokenEnvironmentVariable, or name a settings.xml <server> with"
                + " jsoncontract.serverId.");
    }

    @Test
    @DisplayName("403 says the token may not call the operation")
    void forbidden() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(403)));

        assertThat(message(request(TOKEN))).isEqualTo("403 Forbidden from GET " + url + ": the token was accepted"
                + " but may not call GET /call. Check the token's permissions (scopes) for this operation, and the"
                + " token in the environment variable or settings.xml <server> you configured"
                + " (jsoncontract.tokenEnvironmentVariable, jsoncontract.serverId).");
    }

    @Test
    @DisplayName("404 says to check baseUrl and the contract's path")
    void notFound() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(404)));

        assertThat(message(request(TOKEN))).isEqualTo("404 Not Found from GET " + url + ": nothing answers at this"
                + " URL. Check jsoncontract.baseUrl (" + base + ") and the path \"/call\" of the contract's"
                + " operation listCalls.");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("429 then 200: the retry waits what Retry-After says and the body is returned")
    void rateLimitedThenOk() throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo("/call")).inScenario("limit").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", json()).withBody(calls)));

        List<ResponseBody> bodies = fetch(request(TOKEN));

        assertThat(bodies).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        assertThat(log).containsExactly(
                "Calling GET " + url,
                "GET " + url + " answered 429 Too Many Requests; retry 1 of 2 in 1 s (as Retry-After asks)",
                "GET " + url + " answered 200 OK (" + calls.length + " bytes)");
        server.verify(2, getRequestedFor(urlPathEqualTo("/call")));
    }

    @Test
    @DisplayName("429 then 200 through the public entry point really waits and succeeds")
    void rateLimitedThenOkForReal() throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).inScenario("real").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo("/call")).inScenario("real").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", json()).withBody("[]")));

        List<ResponseBody> bodies = LiveFetcher.fetch(request(TOKEN), log::add);

        assertThat(bodies).extracting(ResponseBody::size).containsExactly(2L);
        server.verify(2, getRequestedFor(urlPathEqualTo("/call")));
    }

    @Test
    @DisplayName("429 that never ends fails after the retries")
    void rateLimitedForever() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(429)));

        assertThat(message(request(TOKEN))).isEqualTo("429 Too Many Requests from GET " + url + ": still"
                + " rate-limited after 2 retries. Try again later, spread the jobs that use this token, or raise"
                + " jsoncontract.maxRetries.");
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    @DisplayName("500 until the retries run out: exponential backoff, then the status and an excerpt of the body")
    void serverErrorUntilRetriesRunOut() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":\"database\nunavailable\"}")));
        LiveRequest request = request(base, TOKEN, Duration.ofSeconds(5), 3, null);

        assertThat(message(request)).isEqualTo("500 Internal Server Error from GET " + url + ": the server kept"
                + " failing after 3 retries; the response body starts with \"{\"error\":\"database unavailable\"}\"."
                + " Try again later, check the endpoint's status, or raise jsoncontract.maxRetries.");
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
        assertThat(log).containsExactly(
                "Calling GET " + url,
                "GET " + url + " answered 500 Internal Server Error; retry 1 of 3 in 10 ms",
                "GET " + url + " answered 500 Internal Server Error; retry 2 of 3 in 20 ms",
                "GET " + url + " answered 500 Internal Server Error; retry 3 of 3 in 40 ms");
        server.verify(4, getRequestedFor(urlPathEqualTo("/call")));
    }

    @Test
    @DisplayName("with no retries configured a 503 fails at once")
    void noRetries() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(503)));

        assertThat(message(request(base, TOKEN, Duration.ofSeconds(5), 0, null))).isEqualTo("503 Service"
                + " Unavailable from GET " + url + ": the server kept failing after 0 retries; the response body is"
                + " empty. Try again later, check the endpoint's status, or raise jsoncontract.maxRetries.");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("another 4xx names the query and quotes a bounded excerpt of the body")
    void otherClientError() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(400)
                .withBody("limit must be at most 1000 " + "x".repeat(500))));

        assertThat(message(request(TOKEN))).isEqualTo("400 Bad Request from GET " + url + ": the endpoint refused"
                + " the request; the response body starts with \"limit must be at most 1000 " + "x".repeat(173)
                + "…\". Check the query parameters {limit=5} against the contract and the endpoint's documentation.");
    }

    @Test
    @DisplayName("a redirect is not followed, so the token never travels elsewhere")
    void redirect() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:1/elsewhere")));

        assertThat(message(request(TOKEN))).isEqualTo("302 Found from GET " + url + ": the endpoint redirects to"
                + " http://127.0.0.1:1/elsewhere. Set jsoncontract.baseUrl to the final URL; redirects are not"
                + " followed, so that the token is never sent elsewhere.");
    }

    @Test
    @DisplayName("a connection reset by the server is a one-line error that names the host")
    void connectionReset() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(message(request(TOKEN)))
                .startsWith("The connection to 127.0.0.1:" + server.getPort() + " broke during GET " + url + " (")
                .endsWith("): the server or a proxy closed or reset it. Try again, and check the endpoint and any"
                        + " proxy in between.")
                .doesNotContain("\n");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("a response slower than the request timeout is a timeout error")
    void slowResponse() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200).withBody("[]")
                .withFixedDelay(3000)));

        assertThat(message(request(base, TOKEN, Duration.ofMillis(300), 2, null))).isEqualTo("GET " + url
                + " timed out: no complete response within 300 ms. Raise jsoncontract.requestTimeout, ask for less"
                + " (e.g. a smaller limit) or check the endpoint.");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("a body that trickles in slower than the request timeout is a timeout error too")
    void tricklingBody() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json()).withBody(calls).withChunkedDribbleDelay(10, 3000)));

        assertThat(message(request(base, TOKEN, Duration.ofMillis(300), 2, null))).isEqualTo("GET " + url
                + " timed out: no complete response within 300 ms. Raise jsoncontract.requestTimeout, ask for less"
                + " (e.g. a smaller limit) or check the endpoint.");
    }

    @Test
    @DisplayName("a body larger than the limit is refused before it fills the heap, and a body at the limit is read")
    void tooLarge() throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json()).withBody(calls)));

        assertThatThrownBy(() -> LiveFetcher.fetch(request(TOKEN), null, log::add, waits::add, CLOCK, 1000))
                .isInstanceOf(LiveException.class)
                .hasMessage("GET " + url + " answered a body larger than 1000 bytes, more than verify reads into"
                        + " memory. Ask for less, e.g. a smaller limit in the query.");
        assertThat(LiveFetcher.fetch(request(TOKEN), null, log::add, waits::add, CLOCK, calls.length))
                .extracting(ResponseBody::size).containsExactly((long) calls.length);
    }

    @Test
    @DisplayName("a recordings folder that cannot be created is a one-line error naming it")
    void recordFolderUnwritable(@TempDir Path folder) throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json()).withBody("[]")));
        Path file = Files.writeString(folder.resolve("recordings"), "a file, not a folder");

        assertThat(message(request(base, TOKEN, Duration.ofSeconds(5), 0, file))).isEqualTo("The response of GET "
                + url + " cannot be recorded in " + file + " (FileAlreadyExistsException: " + file + "): check that"
                + " the folder is writable.");
        assertThat(Files.readString(file)).isEqualTo("a file, not a folder");
    }

    @Test
    @DisplayName("a 200 body that is not JSON is a setup error naming the content type and where parsing failed")
    void notJson() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>")));

        assertThat(message(request(TOKEN))).isEqualTo("GET " + url + " answered 200 OK with a body that is not JSON"
                + " (Content-Type text/html; invalid at line 1, column 1; the response body starts with"
                + " \"<html><body>Sign in</body></html>\"). Check jsoncontract.baseUrl: it must point at the API,"
                + " not at a web page, a login proxy or a gateway.");
    }

    @Test
    @DisplayName("truncated JSON is a setup error with line and column")
    void truncatedJson() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json()).withBody("[{\"id\": 1},\n{\"id\": ")));

        assertThat(message(request(TOKEN))).isEqualTo("GET " + url + " answered 200 OK with a body that is not JSON"
                + " (Content-Type application/json; invalid at line 2, column 8; the response body starts with"
                + " \"[{\"id\": 1}, {\"id\":\"). Check jsoncontract.baseUrl: it must point at the API, not at a web"
                + " page, a login proxy or a gateway.");
    }

    @Test
    @DisplayName("a JSON body with another content type is returned with a warning")
    void jsonWithWrongContentType() throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("[]")));

        assertThat(fetch(request(TOKEN))).hasSize(1);
        assertThat(log).containsExactly("Calling GET " + url,
                "Warning: GET " + url + " answered with Content-Type text/plain, not"
                + " application/json as the contract says; the body is JSON and is checked anyway.",
                "GET " + url + " answered 200 OK (2 bytes)");
    }

    @Test
    @DisplayName("an empty 2xx body is an error")
    void emptyBody() {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(204)));

        assertThat(message(request(TOKEN))).isEqualTo("GET " + url + " answered 204 No Content with an empty body,"
                + " but the contract expects application/json. Check the operation and jsoncontract.baseUrl.");
    }

    @Test
    @DisplayName("a closed port on the loopback is connection refused")
    void connectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + port;

        assertThat(message(request(closed, TOKEN, Duration.ofSeconds(5), 2, null))).isEqualTo("Connection refused"
                + " by 127.0.0.1:" + port + " for GET " + closed + "/call?limit=5: nothing listens there. Check"
                + " jsoncontract.baseUrl (host and port) and that the endpoint is up.");
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("a host that does not resolve is a DNS error")
    void unknownHost() {
        String nowhere = "http://no-such-host.invalid";

        assertThat(message(request(nowhere, TOKEN, Duration.ofSeconds(5), 2, null))).isEqualTo("Cannot resolve the"
                + " host no-such-host.invalid of GET " + nowhere + "/call?limit=5: check jsoncontract.baseUrl for"
                + " typos and that this machine's DNS (or proxy) can resolve it.");
    }

    @Test
    @DisplayName("https to a plain HTTP port is a TLS error")
    void tls() {
        String https = "https://127.0.0.1:" + server.getPort();

        assertThat(message(request(https, TOKEN, Duration.ofSeconds(5), 2, null)))
                .startsWith("TLS handshake with 127.0.0.1:" + server.getPort() + " failed for GET " + https
                        + "/call?limit=5 (")
                .endsWith("): check that the URL's scheme and port are right and that Java trusts the server's"
                        + " certificate (javax.net.ssl.trustStore).")
                .doesNotContain("\n");
    }

    @Test
    @DisplayName("a base URL that is not http(s) is refused before any call")
    void badBaseUrl() {
        assertThat(message(request("ftp://127.0.0.1", TOKEN, Duration.ofSeconds(5), 2, null))).isEqualTo("Cannot"
                + " call ftp://127.0.0.1/call?limit=5: an http or https URL with a host is needed. Check"
                + " jsoncontract.baseUrl, e.g. https://api.example.com/v1.");
    }

    @Test
    @DisplayName("Retry-After is read as seconds or an HTTP date, never negative, capped, and ignored when unreadable")
    void retryAfter() {
        assertThat(LiveFetcher.retryAfter(Optional.of("7"), CLOCK)).contains(Duration.ofSeconds(7));
        assertThat(LiveFetcher.retryAfter(Optional.of("Tue, 24 Nov 2026 10:15:42 GMT"), CLOCK))
                .contains(Duration.ofSeconds(12));
        assertThat(LiveFetcher.retryAfter(Optional.of("Tue, 24 Nov 2026 09:00:00 GMT"), CLOCK))
                .contains(Duration.ZERO);
        assertThat(LiveFetcher.retryAfter(Optional.of("86400"), CLOCK)).contains(LiveFetcher.MAX_RETRY_AFTER);
        assertThat(LiveFetcher.retryAfter(Optional.of("999999999999999999999"), CLOCK)).isEmpty();
        assertThat(LiveFetcher.retryAfter(Optional.of("soon"), CLOCK)).isEmpty();
        assertThat(LiveFetcher.retryAfter(Optional.of("-5"), CLOCK)).isEmpty();
        assertThat(LiveFetcher.retryAfter(Optional.empty(), CLOCK)).isEmpty();
    }

    @Test
    @DisplayName("a hostile Retry-After is cut to the maximum wait")
    void hostileRetryAfter() throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).inScenario("hostile").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "31536000"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/call")).inScenario("hostile").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        fetch(request(TOKEN));

        assertThat(waits).containsExactly(Duration.ofSeconds(60));
        assertThat(log.get(1)).isEqualTo("GET " + url + " answered 503 Service Unavailable; retry 1 of 2 in 60 s"
                + " (as Retry-After asks)");
    }

    @Test
    @DisplayName("the backoff doubles from the initial wait and stops at the maximum")
    void backoff() {
        assertThat(LiveFetcher.backoff(Duration.ofSeconds(1), 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LiveFetcher.backoff(Duration.ofSeconds(1), 3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(LiveFetcher.backoff(Duration.ofSeconds(1), 5)).isEqualTo(LiveFetcher.MAX_BACKOFF);
        assertThat(LiveFetcher.backoff(Duration.ofSeconds(1), Integer.MAX_VALUE)).isEqualTo(LiveFetcher.MAX_BACKOFF);
    }

    @Test
    @DisplayName("record mode writes each response as a new redacted recording and never overwrites one")
    void record(@TempDir Path folder) throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json()).withBody(calls)));
        Path recordings = folder.resolve("recordings");
        Files.createDirectories(recordings);
        Path taken = recordings.resolve("live-listCalls-20261124T101530Z.json");
        Files.writeString(taken, "keep me");
        LiveRequest request = request(base, TOKEN, Duration.ofSeconds(5), 0, recordings);

        List<ResponseBody> first = fetch(request);
        fetch(request);

        try (InputStream in = first.get(0).open()) {
            assertThat(in.readAllBytes()).as("verify checks the body as received").isEqualTo(calls);
        }
        assertThat(Files.readString(taken)).isEqualTo("keep me");
        Path second = recordings.resolve("live-listCalls-20261124T101530Z-2.json");
        Path third = recordings.resolve("live-listCalls-20261124T101530Z-3.json");
        assertThat(second).exists();
        assertThat(third).exists();
        String recorded = Files.readString(second);
        assertThat(recorded).startsWith("[\n  {\n    \"id\": 4101,\n").endsWith("]\n").doesNotContain("\r")
                .contains("\"messages\": [],\n")
                .doesNotContain("Maria Jensen moved").doesNotContain("+14155550123").contains("\"[redacted]\"");
        assertThat(Recorder.parse(Files.readAllBytes(second)).at("/0/messages/1/secondsFromStart").decimalValue())
                .isEqualByComparingTo("1.2");
        assertThat(RedactorTest.violations(RedactorTest.everitCallSchema(),
                Recorder.parse(Files.readAllBytes(second)))).isEmpty();
        assertThat(log).contains("Recorded the response of GET " + url + " as " + second + " (12 values redacted)");
    }

    @Test
    @DisplayName("record mode does not record a body with a name twice (which value would it keep?); the body is still checked")
    void recordDuplicateMembers(@TempDir Path folder) throws Exception {
        server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", json()).withBody("[{\"id\": 1, \"id\": 2}]")));

        List<ResponseBody> bodies = fetch(request(base, TOKEN, Duration.ofSeconds(5), 0, folder));

        assertThat(bodies).hasSize(1);
        assertThat(log).contains("Warning: the response of GET " + url + " is not recorded: it cannot be read as one"
                + " JSON value (Duplicate field 'id'); the check below says why.");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
