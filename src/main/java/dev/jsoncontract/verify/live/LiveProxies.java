package dev.jsoncontract.verify.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Sends live calls through a {@link LiveProxy}: its hosts to bypass, and its credentials for the proxy only. */
final class LiveProxies {

    private LiveProxies() {
    }

    /** Configures {@code builder} for {@code proxy}; {@code null} leaves the JVM's defaults ({@code -Dhttp.proxyHost}). */
    static void configure(HttpClient.Builder builder, LiveProxy proxy) {
        if (proxy != null) {
            builder.proxy(selector(proxy));
        }
    }

    /**
     * The {@code Proxy-Authorization} header for a call of {@code uri}, sent up front (Basic); empty
     * when the call bypasses the proxy or the proxy has no user. (The JDK client's {@code Authenticator}
     * would also drop the endpoint's own {@code Authorization} header, so it is not used.)
     */
    static Optional<String> authorization(LiveProxy proxy, URI uri) {
        if (proxy == null || proxy.username() == null || proxy.bypasses(uri.getHost())) {
            return Optional.empty();
        }
        String credentials = proxy.username() + ":" + (proxy.password() == null ? "" : proxy.password());
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static ProxySelector selector(LiveProxy proxy) {
        Proxy through = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return proxy.bypasses(uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(through);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // the exchange reports the failure itself
            }
        };
    }
}
