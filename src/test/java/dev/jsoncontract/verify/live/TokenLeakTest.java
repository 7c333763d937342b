package dev.jsoncontract.verify.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.ResponseBody;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TokenLeakTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort().jettyAcceptors(1))
            .build();

    /** Distinctive, so that any occurrence anywhere is this token. */
    static final String TOKEN = "tkn-LEAK-7c41e0b9d2";

    @Test
    @DisplayName("the token appears in no exception (message, cause or stack trace), log line, body source or recording, on any path")
    void tokenNeverLeaks(@TempDir Path folder) throws Exception {
        Operation listCalls = ContractLoader.loadBundled().operation("listCalls").orElseThrow();
        Path recordings = folder.resolve("recordings");
        String echo = "{\"error\": \"token " + TOKEN + " rejected\", \"auth\": \"Bearer " + TOKEN + "\"}";
        String echoingCalls = "[{\"id\": 1, \"assistant_id\": 2, \"call_status\": \"ended\", \"call_type\": \"web\","
                + " \"ended_reason\": \"auth " + TOKEN + " ok\", \"transcript\": \"said " + TOKEN + "\","
                + " \"analysis\": {\"custom\": {\"" + TOKEN + "\": \"Bearer " + TOKEN + "\"}}, \"messages\": []}]";
        Map<String, ResponseDefinitionBuilder> answers = new LinkedHashMap<>();
        answers.put("401", aResponse().withStatus(401).withBody(echo));
        answers.put("403", aResponse().withStatus(403).withBody(echo));
        answers.put("404", aResponse().withStatus(404).withBody(echo));
        answers.put("302", aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:1/?t=" + TOKEN));
        answers.put("400", aResponse().withStatus(400).withBody(echo));
        answers.put("418", aResponse().withStatus(418).withBody(echo));
        answers.put("429", aResponse().withStatus(429).withHeader("Retry-After", "0").withBody(echo));
        answers.put("500", aResponse().withStatus(500).withBody(echo));
        answers.put("html", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>" + TOKEN + "</html>"));
        answers.put("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        answers.put("garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
        answers.put("slow", aResponse().withStatus(200).withBody("[]").withFixedDelay(2000));
        answers.put("ok", aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(echoingCalls));

        List<String> log = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String base = "http://127.0.0.1:" + server.getPort();
        for (Map.Entry<String, ResponseDefinitionBuilder> answer : answers.entrySet()) {
            server.resetAll();
            server.stubFor(get(urlPathEqualTo("/call")).willReturn(answer.getValue()));
            seen.add(run(listCalls, base, recordings, log));
        }
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        seen.add(run(listCalls, "http://127.0.0.1:" + closed, recordings, log));
        seen.add(run(listCalls, "http://no-such-host.invalid", recordings, log));
        seen.add(run(listCalls, "https://127.0.0.1:" + server.getPort(), recordings, log));

        assertThat(seen).hasSize(answers.size() + 3).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(seen.get(answers.size() - 1)).as("the 200 answer is a body").startsWith("body ");
        assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(TOKEN));
        assertThat(log).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
        List<Path> files;
        try (Stream<Path> list = Files.list(recordings)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        String recording = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(recording).doesNotContain(TOKEN).contains("\"auth [redacted] ok\"")
                .contains("\"[redacted]\": \"Bearer [redacted]\"");
    }

    private String run(Operation operation, String base, Path recordings, List<String> log) {
        Map<String, String> query = Map.of("limit", "5", "echo", TOKEN);
        LiveRequest request = new LiveRequest(operation, URI.create(base), TOKEN, LiveRequest.sorted(query),
                Duration.ofSeconds(2), Duration.ofMillis(500), 1, Duration.ofMillis(1), recordings);
        try {
            List<ResponseBody> bodies = LiveFetcher.fetch(request, log::add);
            return "body " + bodies.get(0).source();
        } catch (LiveException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
    }

    @Test
    @DisplayName("a recording is refused when the token would land in it outside of a string")
    void numericToken(@TempDir Path folder) throws IOException {
        var body = Recorder.parse("[{\"id\": 918273645}]".getBytes(StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        Recorder.write(folder, "listCalls", body, "918273645", Instant.parse("2026-11-24T10:15:30Z")))
                .isInstanceOf(IOException.class)
                .hasMessage("the response holds the token outside of any string, so it is not written");
        try (Stream<Path> list = Files.list(folder)) {
            assertThat(list).isEmpty();
        }
    }
}
