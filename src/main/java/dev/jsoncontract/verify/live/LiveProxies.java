package dev.jsoncontract.verify.live;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

/** Sends live calls through a {@link LiveProxy}: its hosts to bypass, and its credentials for the proxy only. */
final class LiveProxies {

    private LiveProxies() {
    }

    /** Configures {@code builder} for {@code proxy}; {@code null} leaves the JVM's defaults ({@code -Dhttp.proxyHost}). */
    static void configure(HttpClient.Builder builder, LiveProxy proxy) {
        if (proxy == null) {
            return;
        }
        builder.proxy(selector(proxy));
        if (proxy.username() != null) {
            char[] password = proxy.password() == null ? new char[0] : proxy.password().toCharArray();
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    // the proxy's credentials go to the proxy, never to the endpoint
                    return getRequestorType() == RequestorType.PROXY
                            ? new PasswordAuthentication(proxy.username(), password.clone()) : null;
                }
            });
        }
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
