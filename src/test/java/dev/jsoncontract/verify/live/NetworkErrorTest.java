package dev.jsoncontract.verify.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mapping of exchange failures to messages, for the cases a loopback server cannot produce on demand. */
class NetworkErrorTest {

    static final String TOKEN = "tok-net-41d7";
    static final String URL = "https://api.example.test/v1/call?limit=5";

    static Operation listCalls;

    @BeforeAll
    static void contract() throws Exception {
        listCalls = ContractLoader.loadBundled().operation("listCalls").orElseThrow();
    }

    static LiveRequest request(String baseUrl) {
        return new LiveRequest(listCalls, URI.create(baseUrl), TOKEN, LiveRequest.sorted(Map.of("limit", "5")),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofSeconds(1), null);
    }

    static String message(IOException failure) throws LiveException {
        List<String> log = new ArrayList<>();
        LiveException e = new LiveFetcher.Call(request("https://api.example.test/v1"), null, log::add)
                .networkError(failure);
        assertThat(e).hasCause(failure);
        assertThat(log).isEmpty();
        return e.getMessage();
    }

    @Test
    @DisplayName("a connect timeout names the host, the timeout and the parameter to raise")
    void connectTimeout() throws LiveException {
        assertThat(message(new HttpConnectTimeoutException("HTTP connect timed out"))).isEqualTo("No connection to"
                + " api.example.test:443 within 10 s for GET " + URL + ": check jsoncontract.baseUrl, the network and"
                + " any firewall or proxy, or raise jsoncontract.connectTimeout.");
    }

    @Test
    @DisplayName("a request timeout names the timeout and the parameter to raise")
    void requestTimeout() throws LiveException {
        assertThat(message(new HttpTimeoutException("request timed out"))).isEqualTo("GET " + URL + " timed out: no"
                + " complete response within 30 s. Raise jsoncontract.requestTimeout, ask for less (e.g. a smaller"
                + " limit) or check the endpoint.");
    }

    @Test
    @DisplayName("an unknown host, however the client wraps it, is a DNS error")
    void dns() throws LiveException {
        String expected = "Cannot resolve the host api.example.test of GET " + URL + ": check jsoncontract.baseUrl"
                + " for typos and that this machine's DNS (or proxy) can resolve it.";
        assertThat(message(new UnknownHostException("api.example.test"))).isEqualTo(expected);
        ConnectException wrapped = new ConnectException();
        wrapped.initCause(new UnresolvedAddressException());
        assertThat(message(wrapped)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a TLS failure quotes the handshake's reason and points at the trust store")
    void tls() throws LiveException {
        IOException failure = new IOException("handshake", new SSLHandshakeException(
                "PKIX path building failed: unable to find valid certification path to requested target"));
        assertThat(message(failure)).isEqualTo("TLS handshake with api.example.test:443 failed for GET " + URL
                + " (PKIX path building failed: unable to find valid certification path to requested target): check"
                + " that the URL's scheme and port are right and that Java trusts the server's certificate"
                + " (javax.net.ssl.trustStore).");
    }

    @Test
    @DisplayName("connection refused and a broken connection are told apart")
    void refusedAndBroken() throws LiveException {
        assertThat(message(new ConnectException("Connection refused"))).isEqualTo("Connection refused by"
                + " api.example.test:443 for GET " + URL + ": nothing listens there. Check jsoncontract.baseUrl"
                + " (host and port) and that the endpoint is up.");
        assertThat(message(new EOFException("EOF reached while reading"))).isEqualTo("The connection to"
                + " api.example.test:443 broke during GET " + URL + " (EOFException: EOF reached while reading): the"
                + " server or a proxy closed or reset it. Try again, and check the endpoint and any proxy in between.");
    }

    @Test
    @DisplayName("a failure whose detail echoes the token is scrubbed")
    void scrubbed() throws LiveException {
        assertThat(message(new IOException("bad header Authorization: Bearer " + TOKEN)))
                .doesNotContain(TOKEN).contains("(IOException: bad header Authorization: Bearer ****)");
    }

    @Test
    @DisplayName("a base URL with credentials is refused without showing them")
    void credentialsInBaseUrl() {
        assertThatThrownBy(() -> LiveFetcher.fetch(request("https://maria:s3cret@api.example.test/v1"), line -> { }))
                .isInstanceOf(LiveException.class)
                .hasMessage("Cannot call https://api.example.test/v1/call: jsoncontract.baseUrl holds credentials"
                        + " (user:password@), which would be sent and logged. Remove them; the token comes from the"
                        + " environment or a settings.xml <server>.");
    }
}
