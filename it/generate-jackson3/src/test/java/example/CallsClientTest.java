package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import example.calls.ApiException;
import example.calls.BotMessage;
import example.calls.Call;
import example.calls.CallStatus;
import example.calls.CallsClient;
import example.calls.FailureReason;
import example.calls.ListCallsQuery;
import example.calls.Message;
import example.calls.SystemMessage;
import example.calls.ToolCallMessage;
import example.calls.ToolCallResultMessage;
import example.calls.UnknownMessage;
import example.calls.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The client generated for Jackson 3 against a loopback HTTP server that answers with prepared responses. */
class CallsClientTest {

    private static final String TOKEN = "test-token-123";

    private HttpServer server;
    /** What the server answers, in order: status, Retry-After (or null), body. */
    private final Queue<String[]> answers = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
        String[] answer = answers.poll();
        if (answer == null) {
            answer = new String[] {"500", null, "{\"message\": \"the test prepared no answer for this request\"}"};
        }
        byte[] body = answer[2].getBytes(StandardCharsets.UTF_8);
        if (answer[1] != null) {
            exchange.getResponseHeaders().add("Retry-After", answer[1]);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private CallsClient client() {
        return CallsClient.builder()
                .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"))
                .bearerToken(TOKEN)
                .maxRetryDelay(Duration.ofMillis(50))
                .build();
    }

    private static String fixture() throws IOException {
        try (InputStream in = CallsClientTest.class.getResourceAsStream("/calls.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("lists calls with every message type, and decodes unknown statuses and roles without throwing")
    void listsCalls() throws IOException {
        answers.add(new String[] {"200", null, fixture()});

        List<Call> calls = client().listCalls(ListCallsQuery.builder()
                .limit(50)
                .createdAtGe(OffsetDateTime.parse("2026-11-01T00:00:00Z"))
                .build());

        assertEquals(List.of("GET /v1/call?limit=50&createdAtGe=2026-11-01T00%3A00%3A00Z Bearer " + TOKEN), requests);
        assertEquals(2, calls.size());
        Call first = calls.get(0);
        assertEquals(101L, first.id());
        assertEquals(CallStatus.IN_PROGRESS, first.callStatus());
        assertEquals(FailureReason.OPT_OUT, first.failureReason());
        List<Message> messages = first.messages();
        assertInstanceOf(SystemMessage.class, messages.get(0));
        assertInstanceOf(UserMessage.class, messages.get(1));
        assertInstanceOf(BotMessage.class, messages.get(2));
        ToolCallMessage toolCalls = assertInstanceOf(ToolCallMessage.class, messages.get(3));
        assertEquals("find_slot", toolCalls.toolCalls().get(0).function().name());
        ToolCallResultMessage result = assertInstanceOf(ToolCallResultMessage.class, messages.get(4));
        assertEquals("find_slot monday 10:00", result.name() + " " + result.result());

        Call second = calls.get(1);
        assertEquals(CallStatus._UNKNOWN, second.callStatus());
        assertNull(second.failureReason());
        UnknownMessage unknown = assertInstanceOf(UnknownMessage.class, second.messages().get(0));
        assertEquals("tool_invocation", unknown.role());
    }

    @Test
    @DisplayName("checks the limit against the contract before sending anything")
    void checksLimit() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> client().listCalls(ListCallsQuery.builder().limit(5000).build()));

        assertEquals("limit must be at most 1000, was 5000", thrown.getMessage());
        assertTrue(requests.isEmpty());
    }

    @Test
    @DisplayName("turns a 401 into an ApiException with the status and the body, never the token")
    void unauthorized() {
        answers.add(new String[] {"401", null, "{\"message\": \"invalid token\"}"});

        ApiException thrown = assertThrows(ApiException.class, () -> client().listCalls());

        assertEquals(401, thrown.statusCode());
        assertEquals("{\"message\": \"invalid token\"}", thrown.bodyExcerpt());
        assertFalse(thrown.getMessage().contains(TOKEN));
    }

    @Test
    @DisplayName("retries after a 429 with Retry-After and returns the calls of the following 200")
    void retriesTooManyRequests() throws IOException {
        answers.add(new String[] {"429", "1", "{\"message\": \"slow down\"}"});
        answers.add(new String[] {"200", null, fixture()});

        List<Call> calls = client().listCalls();

        assertEquals(2, calls.size());
        assertEquals(2, requests.size());
    }

    @Test
    @DisplayName("has an async variant")
    void async() throws Exception {
        answers.add(new String[] {"200", null, "[]"});

        assertEquals(List.of(), client().listCallsAsync(ListCallsQuery.builder().limit(1).build()).get());
        assertEquals(List.of("GET /v1/call?limit=1 Bearer " + TOKEN), requests);
    }
}
