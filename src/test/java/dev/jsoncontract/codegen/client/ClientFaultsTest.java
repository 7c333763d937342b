package dev.jsoncontract.codegen.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.jsoncontract.codegen.client.GeneratedClientTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.ContractLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated client against servers that misbehave: every fault ends within its bound as an
 * {@code ApiException} with a clear message, and the bearer token is nowhere in it (message,
 * {@code toString}, excerpt, causes, stack trace), even when the server echoes it. WireMock fakes
 * what it can; a raw loopback socket does the rest (stall, trickle by hand, endless body, huge
 * headers, half-close).
 */
@DisplayName("The generated client under HTTP faults")
class ClientFaultsTest {

    /** Longer than {@link ClientSpec#TOKEN_PREFIX}, so that a cut-off echo is recognised too. */
    private static final String TOKEN = "sk_live_0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
    private static final Duration TIMEOUT = Duration.ofMillis(1_000);
    /** What "within its bound" means: the request timeout plus slack for a loaded machine. */
    private static final long BOUND_MILLIS = 6_000;

    private static ClassLoader compiled;
    private static WireMockServer wireMock;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        compiled = InMemoryCompiler.compile(JavaGenerator.generate(
                ContractLoader.load(Path.of("src/test/resources/client/place.schema.json")), "places"));
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

    private static Object client(URI base, long maxResponseSize) throws Exception {
        Object builder = call(compiled.loadClass("places.PlacesClient"), "builder");
        call(builder, "baseUrl", base);
        call(builder, "bearerToken", TOKEN);
        call(builder, "maxRetries", 0);
        call(builder, "requestTimeout", TIMEOUT);
        call(builder, "connectTimeout", TIMEOUT);
        call(builder, "maxResponseSize", maxResponseSize);
        return call(builder, "build");
    }

    /** Calls {@code getPlace} and returns the failure, checked for the bound and the token. */
    private static Throwable fails(URI base, long maxResponseSize) throws Exception {
        Object client = client(base, maxResponseSize);
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> call(client, "getPlace"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(thrown).isNotNull();
        assertThat(thrown.getClass().getName()).isEqualTo("places.ApiException");
        assertThat(millis).as("milliseconds until the failure").isLessThan(BOUND_MILLIS);
        assertNoToken(thrown);
        return thrown;
    }

    private static Throwable fails(String path) throws Exception {
        return fails(URI.create(wireMock.baseUrl()), 64L * 1024 * 1024);
    }

    private static void assertNoToken(Throwable thrown) throws Exception {
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        thrown.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
        String printed = trace.toString(StandardCharsets.UTF_8);
        String prefix = TOKEN.substring(0, 12);
        assertThat(printed).as("the stack trace as a log prints it").doesNotContain(prefix);
        assertThat((String) call(thrown, "bodyExcerpt")).doesNotContain(prefix);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(prefix);
            assertThat(t.toString()).doesNotContain(prefix);
        }
    }

    private void stub(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wireMock.stubFor(get(urlEqualTo("/place")).willReturn(response));
    }

    private static String place() {
        return "GET " + wireMock.baseUrl() + "/place";
    }

    @Test
    @DisplayName("connection reset: 'failed: Connection reset', not the exception's class name")
    void connectionReset() throws Exception {
        stub(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Throwable thrown = fails("/place");

        assertThat(thrown.getMessage()).startsWith(place() + " failed: ").doesNotEndWith("Exception");
        assertThat(call(thrown, "statusCode")).isEqualTo(0);
    }

    @Test
    @DisplayName("an empty response, then closed: a failure that says so")
    void emptyResponse() throws Exception {
        stub(aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThat(fails("/place").getMessage()).startsWith(place() + " failed: ").doesNotEndWith("Exception");
    }

    @Test
    @DisplayName("garbage, then closed: a failure that says so")
    void randomData() throws Exception {
        stub(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        assertThat(fails("/place").getMessage()).startsWith(place() + " failed: ");
    }

    @Test
    @DisplayName("nothing listens: 'failed: Connection refused'")
    void refused() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        Throwable thrown = fails(URI.create("http://127.0.0.1:" + port), 1024);

        assertThat(thrown).hasMessage("GET http://127.0.0.1:" + port + "/place failed: Connection refused");
    }

    @Test
    @DisplayName("a body that trickles (WireMock's dribble over 10 s) fails when requestTimeout is up")
    void trickle() throws Exception {
        stub(aResponse().withStatus(200).withBody("{\"city\": \"" + "x".repeat(200) + "\"}")
                .withChunkedDribbleDelay(40, 10_000));

        assertThat(fails("/place")).hasMessage(place() + " timed out: no complete response within 1000 ms");
    }

    @Test
    @DisplayName("a server that sends one byte a second fails when requestTimeout is up")
    void byteBySecond() throws Exception {
        try (RawServer server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
            for (int i = 0; i < 30; i++) {
                write(out, "{");
                pause(1_000);
            }
        })) {
            assertThat(fails(server.uri(), 1024)).hasMessage("GET " + server.uri() + "/place timed out: no complete"
                    + " response within 1000 ms");
        }
    }

    @Test
    @DisplayName("a server that stalls after 50 bytes of body fails when requestTimeout is up")
    void stall() throws Exception {
        try (RawServer server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n");
            write(out, "{\"city\": \"" + "y".repeat(40));
            pause(20_000);
        })) {
            assertThat(fails(server.uri(), 1024).getMessage()).contains("timed out");
        }
    }

    @Test
    @DisplayName("a server that stalls before its headers fails when requestTimeout is up")
    void stallBeforeHeaders() throws Exception {
        try (RawServer server = new RawServer(out -> pause(20_000))) {
            assertThat(fails(server.uri(), 1024).getMessage()).contains("timed out");
        }
    }

    @Test
    @DisplayName("an endless body is cut off at maxResponseSize, without running out of memory")
    void endless() throws Exception {
        try (RawServer server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(8192);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < until) {
                write(out, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
        })) {
            Throwable thrown = fails(server.uri(), 1024 * 1024);

            assertThat(thrown).hasMessage("GET " + server.uri() + "/place answered HTTP 200 with a body larger than"
                    + " 1048576 bytes (maxResponseSize); ask for less, e.g. with a smaller limit, or raise"
                    + " maxResponseSize");
            assertThat(call(thrown, "statusCode")).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("a declared Content-Length over maxResponseSize fails before the body is read")
    void declaredTooLarge() throws Exception {
        stub(aResponse().withStatus(200).withBody("x".repeat(5000)));

        assertThat(fails(URI.create(wireMock.baseUrl()), 4096).getMessage())
                .contains("with a body larger than 4096 bytes (maxResponseSize)");
    }

    @Test
    @DisplayName("huge headers end within the bound")
    void hugeHeaders() throws Exception {
        try (RawServer server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\n");
            String line = "X-Padding: " + "p".repeat(8000) + "\r\n";
            for (int i = 0; i < 1000; i++) {
                write(out, line);
            }
            write(out, "Content-Length: 2\r\n\r\n{}");
        })) {
            assertThat(fails(server.uri(), 1024).getMessage()).startsWith("GET " + server.uri() + "/place ");
        }
    }

    @Test
    @DisplayName("a half-closed connection (headers, part of the body, then end of stream) fails clearly")
    void halfClose() throws Exception {
        try (RawServer server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"ci");
        })) {
            assertThat(fails(server.uri(), 1024).getMessage()).startsWith("GET " + server.uri() + "/place failed: ");
        }
    }

    @Test
    @DisplayName("HTML with 200: the message names the content type")
    void wrongContentType() throws Exception {
        stub(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>login</html>"));

        assertThat(fails("/place").getMessage()).startsWith(place() + " answered a body that cannot be read as the"
                + " contract's response type: Unexpected character ('<' (code 60))").endsWith("(Content-Type text/html)");
    }

    @Test
    @DisplayName("gzip that is not gzip: the message names the encoding the client did not ask for")
    void notGzip() throws Exception {
        stub(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Content-Encoding", "gzip").withBody("definitely not gzip"));

        assertThat(fails("/place").getMessage()).endsWith("(Content-Encoding gzip, which this client neither asks for"
                + " nor decodes)");
    }

    @Test
    @DisplayName("a redirect to another host is not followed, and the message says where it pointed")
    void redirectElsewhere() throws Exception {
        stub(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.2:9/steal?t=" + TOKEN));

        Throwable thrown = fails("/place");

        assertThat(thrown).hasMessage(place() + " answered HTTP 302, a redirect to http://127.0.0.2:9/steal?t=***,"
                + " which this client does not follow, so that the token never reaches another place; set baseUrl to"
                + " the final URL");
        assertThat(call(thrown, "statusCode")).isEqualTo(302);
    }

    @Test
    @DisplayName("a body that is the token: Jackson's message quotes it, the cause carries it nowhere")
    void tokenInJacksonMessage() throws Exception {
        stub(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(TOKEN + " oops"));

        Throwable thrown = fails("/place");

        assertThat(thrown.getMessage()).contains("Unrecognized token '***'");
        // the cause keeps the type name and the stack trace of Jackson's exception
        assertThat(thrown.getCause().toString()).startsWith("com.fasterxml.jackson.core.JsonParseException: ");
        assertThat(thrown.getCause().getStackTrace()).isNotEmpty();
    }

    @Test
    @DisplayName("a long body that quotes the token across the excerpt's cut keeps no part of it")
    void tokenAtTheCut() throws Exception {
        stub(aResponse().withStatus(500).withBody("e".repeat(2040) + TOKEN + "e".repeat(100)));

        Throwable thrown = fails("/place");

        assertThat((String) call(thrown, "bodyExcerpt")).startsWith("e".repeat(2040) + "***")
                .endsWith("... (2190 bytes in all)");
    }

    @Test
    @DisplayName("a missing required property: the message says which ('city is required')")
    void missingRequired() throws Exception {
        stub(aResponse().withStatus(200).withBody("{\"zip\": \"1000\"}"));

        assertThat(fails("/place")).hasMessage(place() + " answered a body that cannot be read as the contract's"
                + " response type: city is required");
    }

    @Test
    @DisplayName("duplicate keys are refused, whatever the last one says")
    void duplicateKeys() throws Exception {
        stub(aResponse().withStatus(200).withBody("{\"city\": \"Bern\", \"city\": \"Basel\"}"));

        assertThat(fails("/place").getMessage()).contains("Duplicate field 'city'");
    }

    @Test
    @DisplayName("content after the JSON value is refused")
    void trailingContent() throws Exception {
        stub(aResponse().withStatus(200).withBody("{\"city\": \"Bern\"} {}"));

        assertThat(fails("/place").getMessage()).contains("Trailing token");
    }

    @Test
    @DisplayName("a body null, which the response schema does not allow, is an ApiException, not a null result")
    void nullBody() throws Exception {
        try (RawServer server = new RawServer(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Content-Length: 4\r\n\r\nnull"))) {
            assertThat(fails(server.uri(), 1024)).hasMessage("GET " + server.uri() + "/place answered null, which the"
                    + " contract's response type does not allow");
        }
    }

    @Test
    @DisplayName("a good answer still reads")
    void reads() throws Exception {
        stub(aResponse().withStatus(200).withBody("{\"city\": \"Bern\"}"));

        assertThat(call(client(URI.create(wireMock.baseUrl()), 1024), "getPlace")).asString()
                .isEqualTo("Place[city=Bern, zip=null]");
    }

    @Test
    @DisplayName("maxResponseSize must be from 1 to what an array holds")
    void maxResponseSizeChecked() throws Exception {
        Object builder = call(compiled.loadClass("places.PlacesClient"), "builder");

        assertThat(catchThrowable(() -> call(builder, "maxResponseSize", 0L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxResponseSize must be from 1 to 2147483639, was 0");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a raw server does with one connection, after the request head was read. */
    @FunctionalInterface
    interface Answer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A loopback server that answers every connection with {@code answer} (each in its own daemon
     * thread, the socket closed after it) until closed.
     */
    static final class RawServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread acceptor;

        RawServer(Answer answer) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket connection = socket.accept();
                        Thread worker = new Thread(() -> serve(connection, answer), "raw-server-connection");
                        worker.setDaemon(true);
                        worker.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "raw-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private static void serve(Socket connection, Answer answer) {
            try (connection) {
                connection.setSoTimeout(25_000);
                readHead(connection.getInputStream());
                answer.write(connection.getOutputStream());
                connection.shutdownOutput();
            } catch (IOException gone) {
                // the client hung up, as it should when it gives up
            }
        }

        private static void readHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            for (int read = 0; matched < 4 && read < 65_536; read++) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
