package dev.jsoncontract.verify.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.ResponseBody;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Live calls through a settings.xml proxy: its credentials go to the proxy, its nonProxyHosts are reached directly. */
class LiveProxyTest {

    static final String TOKEN = "tok-proxy-5f8a1c";

    /**
     * A loopback HTTP proxy that asks for Basic credentials (407) and then answers every request
     * itself with {@code []}, recording the request line and headers it saw. Serves a few connections only.
     */
    static final class Proxy implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final List<String> requests = new CopyOnWriteArrayList<>();
        final Thread thread;

        Proxy(String user, String password) throws IOException {
            String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            thread = new Thread(() -> {
                for (int served = 0; served < 4; served++) {
                    try (Socket connection = socket.accept()) {
                        connection.setSoTimeout(10_000);
                        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        OutputStream out = connection.getOutputStream();
                        while (true) {
                            List<String> head = new ArrayList<>();
                            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                                head.add(line);
                            }
                            if (head.isEmpty()) {
                                break;
                            }
                            requests.add(String.join("\n", head));
                            boolean authorized = head.stream().anyMatch(h -> h.equalsIgnoreCase(
                                    "Proxy-Authorization: " + expected));
                            String response = authorized
                                    ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"
                                    : "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic"
                                            + " realm=\"test\"\r\nContent-Length: 0\r\n\r\n";
                            out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                            out.flush();
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "test-proxy");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static LiveRequest request(String base, LiveProxy proxy) throws Exception {
        Operation listCalls = ContractLoader.loadBundled().operation("listCalls").orElseThrow();
        return new LiveRequest(listCalls, URI.create(base), TOKEN, LiveRequest.sorted(Map.of("limit", "5")),
                Duration.ofSeconds(5), Duration.ofSeconds(5), 0, Duration.ofMillis(1), null, proxy);
    }

    @Test
    @DisplayName("a call goes through the proxy with the proxy's credentials; the endpoint's token still goes to the endpoint")
    void throughProxy() throws Exception {
        try (Proxy proxy = new Proxy("builder", "pr0xy-pass")) {
            LiveProxy settings = new LiveProxy("127.0.0.1", proxy.socket.getLocalPort(), "builder", "pr0xy-pass",
                    LiveProxy.parseNonProxyHosts("localhost|*.internal"));
            List<String> log = new ArrayList<>();
            // a host that does not exist: only the proxy can answer for it
            List<ResponseBody> bodies = LiveFetcher.fetch(request("http://api.example.invalid/v1", settings), log::add);

            assertThat(bodies).singleElement().extracting(ResponseBody::size).isEqualTo(2L);
            assertThat(proxy.requests).singleElement().asString()
                    .startsWith("GET http://api.example.invalid/v1/call?limit=5 HTTP/1.1")
                    .contains("Authorization: Bearer " + TOKEN)
                    .contains("Proxy-Authorization: Basic " + Base64.getEncoder().encodeToString(
                            "builder:pr0xy-pass".getBytes(StandardCharsets.UTF_8)));
            assertThat(String.join("\n", log)).doesNotContain("pr0xy-pass");
        }
    }

    @Test
    @DisplayName("a host in nonProxyHosts is called directly")
    void nonProxyHosts() throws Exception {
        try (Proxy proxy = new Proxy("builder", "pr0xy-pass");
                FaultServer direct = new FaultServer(FaultServer.Fault.JSON_AS_TEXT, TOKEN)) {
            LiveProxy settings = new LiveProxy("127.0.0.1", proxy.socket.getLocalPort(), "builder", "pr0xy-pass",
                    LiveProxy.parseNonProxyHosts("example.org|127.0.0.*"));
            List<ResponseBody> bodies = LiveFetcher.fetch(request(direct.baseUrl(), settings), line -> { });

            assertThat(bodies).hasSize(1);
            assertThat(direct.served()).isEqualTo(1);
            assertThat(proxy.requests).isEmpty();
        }
    }

    @Test
    @DisplayName("nonProxyHosts patterns: * matches any run of characters, case does not matter, | and , separate")
    void patterns() {
        LiveProxy proxy = new LiveProxy("p", 8080, null, null, LiveProxy.parseNonProxyHosts("*.Internal| localhost ,10.*"));
        assertThat(proxy.nonProxyHosts()).containsExactly("*.Internal", "localhost", "10.*");
        assertThat(proxy.bypasses("api.internal")).isTrue();
        assertThat(proxy.bypasses("LOCALHOST")).isTrue();
        assertThat(proxy.bypasses("10.1.2.3")).isTrue();
        assertThat(proxy.bypasses("internal")).isFalse();
        assertThat(proxy.bypasses("api.example.com")).isFalse();
        assertThat(proxy.toString()).doesNotContain("null").contains("password=none");
        assertThat(new LiveProxy("p", 1, "u", "secret", List.of()).toString()).doesNotContain("secret");
    }
}
