package dev.jsoncontract.codegen.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.ContractLoader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The generated client, compiled and run against WireMock")
class GeneratedClientTest {

    private static final String TOKEN = "s3cr3t-t0ken";
    static final String PACKAGE = "shop";


    static ClassLoader compiled;
    static WireMockServer wireMock;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        compiled = InMemoryCompiler.compile(generate());
        wireMock = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().jettyAcceptors(1));
        wireMock.start();
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @BeforeEach
    void reset() {
        wireMock.resetAll();
    }

    /** The model and the client of the test contract, as the generate goal produces them. */
    static List<JavaFile> generate() throws Exception {
        return JavaGenerator.generate(ContractLoader.load(Path.of("src/test/resources/client/shop.schema.json")),
                PACKAGE);
    }

    static Class<?> type(String name) throws ClassNotFoundException {
        return compiled.loadClass(name);
    }

    private Object client() throws Exception {
        return client(3, Duration.ofSeconds(5));
    }

    private Object client(int retries, Duration requestTimeout) throws Exception {
        return client(retries, requestTimeout, "/api/");
    }

    private Object client(int retries, Duration requestTimeout, String basePath) throws Exception {
        Object builder = call(type("shop.ShopClient"), "builder");
        call(builder, "baseUrl", URI.create(wireMock.baseUrl() + basePath));
        call(builder, "bearerToken", TOKEN);
        call(builder, "maxRetries", retries);
        call(builder, "retryBackoff", Duration.ofMillis(1));
        call(builder, "maxRetryDelay", Duration.ofMillis(20));
        call(builder, "requestTimeout", requestTimeout);
        return call(builder, "build");
    }

    private Object query(Object... settings) throws Exception {
        Object builder = call(type("shop.ListItemsQuery"), "builder");
        for (int i = 0; i < settings.length; i += 2) {
            call(builder, (String) settings[i], settings[i + 1]);
        }
        return call(builder, "build");
    }

    @Test
    @DisplayName("lists items, sends the bearer token and ignores unknown properties")
    void lists() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"id\": 7, \"name\": \"pen\", \"colour\": \"red\"}]")));

        Object items = call(client(), "listItems");

        assertThat(items).asString().isEqualTo("[Item[id=7, name=pen]]");
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/items"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    @DisplayName("encodes every query parameter, date-times as ISO-8601, enums by their wire value")
    void encodesQuery() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withStatus(200).withBody("[]")));
        Object kind = type("shop.Kind").getEnumConstants()[1];

        call(client(), "listItems", query("limit", 50L, "since",
                OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)), "name", "a b&c=d",
                "code", "ABC", "ratio", 0.5, "inStock", true, "kind", kind, "tag", List.of("red", "x/y")));

        wireMock.verify(getRequestedFor(urlEqualTo("/api/items?limit=50&since=2026-11-01T00%3A00%3A00%2B02%3A00"
                + "&name=a%20b%26c%3Dd&code=ABC&ratio=0.5&in-stock=true&kind=big-one&tag=red&tag=x%2Fy")));
    }

    @Test
    @DisplayName("leaves unset parameters out")
    void leavesUnsetOut() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withStatus(200).withBody("[]")));

        call(client(), "listItems", query("limit", 1L));

        wireMock.verify(getRequestedFor(urlEqualTo("/api/items?limit=1")));
    }

    @Test
    @DisplayName("leaves out an enum constant that stands for values not recognised")
    void leavesUnknownEnumOut() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withStatus(200).withBody("[]")));
        Object unknown = type("shop.Kind").getField("_UNKNOWN").get(null);

        call(client(), "listItems", query("kind", unknown, "limit", 3L));

        wireMock.verify(getRequestedFor(urlEqualTo("/api/items?limit=3")));
    }

    @Test
    @DisplayName("fails with ApiException when a 200 body is not what the contract says")
    void unreadableBody() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).willReturn(aResponse().withStatus(200).withBody("{\"items\": []}")));

        Throwable thrown = catchThrowable(() -> call(client(), "listItems"));

        assertThat(call(thrown, "statusCode")).isEqualTo(200);
        assertThat(call(thrown, "bodyExcerpt")).isEqualTo("{\"items\": []}");
        assertThat(thrown).hasMessage("GET " + wireMock.baseUrl() + "/api/items answered a body that cannot be read"
                + " as the contract's response type: Cannot deserialize value of type `java.util.ArrayList<shop.Item>`"
                + " from Object value (token `JsonToken.START_OBJECT`)");
    }

    @Test
    @DisplayName("checks the parameters against the contract before any request")
    void checksLimits() throws Exception {
        assertThatThrownBy(() -> query("limit", 5000L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at most 100, was 5000");
        assertThatThrownBy(() -> query("limit", 0L)).hasMessage("limit must be at least 1, was 0");
        assertThatThrownBy(() -> query("name", "a")).hasMessage("name must be at least 2 characters long, was 1");
        assertThatThrownBy(() -> query("name", "abcdefghijklm"))
                .hasMessage("name must be at most 12 characters long, was 13");
        assertThatThrownBy(() -> query("code", "abc")).hasMessage("code must match the pattern ^[A-Z]{3}$, was \"abc\"");
        assertThatThrownBy(() -> query("ratio", 0.0)).hasMessage("ratio must be greater than 0, was 0.0");
        assertThatThrownBy(() -> query("ratio", 1.0)).hasMessage("ratio must be less than 1, was 1.0");
        assertThatThrownBy(() -> query("tag", List.of())).hasMessage("tag must have at least 1 item, was 0");
        assertThatThrownBy(() -> query("tag", List.of("a", "b", "c", "d")))
                .hasMessage("tag must have at most 3 items, was 4");

        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("checks a value as soon as the builder gets it, and again when the record is built directly")
    void checksEarly() throws Exception {
        Object builder = call(type("shop.ListItemsQuery"), "builder");
        assertThatThrownBy(() -> call(builder, "limit", 5000L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at most 100, was 5000");

        var constructor = type("shop.ListItemsQuery").getConstructors()[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        arguments[0] = 5000L;
        assertThatThrownBy(() -> constructor.newInstance(arguments)).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be at most 100, was 5000");
    }

    @Test
    @DisplayName("turns a 401 into an ApiException with status and body excerpt, never the token")
    void unauthorized() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\": \"bad token " + TOKEN + "\"}")));

        Throwable thrown = catchThrowable(() -> call(client(), "listItems"));

        assertThat(thrown.getClass().getName()).isEqualTo("shop.ApiException");
        assertThat(call(thrown, "statusCode")).isEqualTo(401);
        assertThat(call(thrown, "bodyExcerpt")).isEqualTo("{\"error\": \"bad token ***\"}");
        assertThat(thrown).hasMessage("GET " + wireMock.baseUrl() + "/api/items failed with HTTP 401:"
                + " {\"error\": \"bad token ***\"}");
        assertThat(thrown.toString()).doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("does not follow a redirect, so that the token never reaches another place")
    void noRedirects() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", wireMock.baseUrl() + "/elsewhere")));

        Throwable thrown = catchThrowable(() -> call(client(), "listItems"));

        assertThat(call(thrown, "statusCode")).isEqualTo(302);
        wireMock.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    @DisplayName("keeps at most 2 KB of a long error body")
    void boundsExcerpt() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).willReturn(aResponse().withStatus(500)
                .withBody("x".repeat(10_000))));

        Throwable thrown = catchThrowable(() -> call(client(), "listItems"));

        assertThat((String) call(thrown, "bodyExcerpt")).isEqualTo("x".repeat(2048) + "... (10000 bytes in all)");
    }

    @Test
    @DisplayName("retries a 429 that carries Retry-After and returns the following 200")
    void retriesTooManyRequests() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("free"));
        wireMock.stubFor(get(urlEqualTo("/api/items")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(200).withBody("[{\"id\": 1, \"name\": \"cup\"}]")));

        Object items = call(client(), "listItems");

        assertThat(items).asString().isEqualTo("[Item[id=1, name=cup]]");
        wireMock.verify(2, getRequestedFor(urlEqualTo("/api/items")));
    }

    @Test
    @DisplayName("gives up on 503 after the configured number of retries")
    void givesUpOnUnavailable() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items")).willReturn(aResponse().withStatus(503).withBody("down")));

        Throwable thrown = catchThrowable(() -> call(client(2, Duration.ofSeconds(5)), "listItems"));

        assertThat(call(thrown, "statusCode")).isEqualTo(503);
        assertThat(thrown).hasMessage("GET " + wireMock.baseUrl() + "/api/items failed with HTTP 503 after 2 retries: down");
        wireMock.verify(3, getRequestedFor(urlEqualTo("/api/items")));
    }

    @Test
    @DisplayName("waits what Retry-After asks, in seconds or as an HTTP date, capped; else backs off exponentially")
    void retryDelay() throws Exception {
        Method delay = type("shop.ShopClient").getDeclaredMethod("retryDelayMillis", String.class,
                int.class, long.class, long.class, Instant.class);
        delay.setAccessible(true);
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        String inFive = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(5).atOffset(ZoneOffset.UTC));

        assertThat(delay.invoke(null, "2", 0, 500L, 30_000L, now)).isEqualTo(2_000L);
        assertThat(delay.invoke(null, "120", 0, 500L, 30_000L, now)).isEqualTo(30_000L);
        assertThat(delay.invoke(null, inFive, 0, 500L, 30_000L, now)).isEqualTo(5_000L);
        assertThat(delay.invoke(null, "Tue, 24 Nov 2026 09:00:00 GMT", 0, 500L, 30_000L, now)).isEqualTo(0L);
        assertThat(delay.invoke(null, "soon", 1, 500L, 30_000L, now)).isEqualTo(1_000L);
        assertThat(delay.invoke(null, null, 0, 500L, 30_000L, now)).isEqualTo(500L);
        assertThat(delay.invoke(null, null, 3, 500L, 30_000L, now)).isEqualTo(4_000L);
        assertThat(delay.invoke(null, null, 10, 500L, 30_000L, now)).isEqualTo(30_000L);
    }

    @Test
    @DisplayName("fails with status 0 and the timeout as cause when the server is too slow")
    void timesOut() throws Exception {
        // its own path: the slow request reaches WireMock's journal only after later tests began
        wireMock.stubFor(get(urlEqualTo("/slow/items")).willReturn(aResponse().withStatus(200).withBody("[]")
                .withFixedDelay(3_000)));

        Throwable thrown = catchThrowable(() -> call(client(0, Duration.ofMillis(200), "/slow"), "listItems"));

        assertThat(call(thrown, "statusCode")).isEqualTo(0);
        assertThat(thrown.getCause()).isInstanceOfAny(HttpTimeoutException.class, TimeoutException.class);
        assertThat(thrown).hasMessage("GET " + wireMock.baseUrl() + "/slow/items timed out: no complete response"
                + " within 200 ms");
    }

    @Test
    @DisplayName("has an async variant that completes with the body or fails with ApiException")
    void async() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items?limit=2")).willReturn(aResponse().withStatus(200)
                .withBody("[{\"id\": 1, \"name\": \"a\"}, {\"id\": 2, \"name\": \"b\"}]")));
        wireMock.stubFor(get(urlEqualTo("/api/items/count")).willReturn(aResponse().withStatus(404)));

        CompletableFuture<?> items = (CompletableFuture<?>) call(client(), "listItemsAsync", query("limit", 2L));
        CompletableFuture<?> count = (CompletableFuture<?>) call(client(), "countItemsAsync");

        assertThat(items.get()).asString().isEqualTo("[Item[id=1, name=a], Item[id=2, name=b]]");
        assertThatThrownBy(count::get).isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("failed with HTTP 404");
    }

    @Test
    @DisplayName("reads a scalar response")
    void scalar() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/api/items/count")).willReturn(aResponse().withStatus(200).withBody("42")));

        assertThat(call(client(), "countItems")).isEqualTo(42L);
    }

    @Test
    @DisplayName("refuses to build without a token, naming the environment variable, and never shows the token")
    void needsToken() throws Exception {
        Object builder = call(type("shop.ShopClient"), "builder");
        call(builder, "baseUrl", URI.create("http://127.0.0.1:1"));

        assertThatThrownBy(() -> call(builder, "build")).isInstanceOf(IllegalStateException.class)
                .hasMessage("no bearer token: call bearerToken(...) before build(), e.g. with"
                        + " System.getenv(\"SHOP_TOKEN\"), and check that SHOP_TOKEN is set");
        assertThat(client().toString()).isEqualTo("ShopClient[baseUrl=" + wireMock.baseUrl() + "/api]")
                .doesNotContain(TOKEN);
    }

    @Test
    @DisplayName("refuses to build without a base URL when the contract names none")
    void needsBaseUrl() throws Exception {
        Object builder = call(type("shop.ShopClient"), "builder");
        call(builder, "bearerToken", TOKEN);

        assertThatThrownBy(() -> call(builder, "build")).isInstanceOf(IllegalStateException.class)
                .hasMessage("no base URL: call baseUrl(URI.create(\"https://...\")) before build()");
    }

    /** Calls the public method {@code name} with as many parameters as given, unwrapping its exception. */
    static Object call(Object target, String name, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(m -> (target instanceof Class<?>) == Modifier.isStatic(m.getModifiers()))
                .filter(m -> args.length == 0 || m.getParameterTypes()[0].isPrimitive()
                        || args[0] == null || m.getParameterTypes()[0].isInstance(args[0]))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + " has no method " + name));
        try {
            return method.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
