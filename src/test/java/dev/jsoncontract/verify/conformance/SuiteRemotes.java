package dev.jsoncontract.verify.conformance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The JSON Schema Test Suite beside the project ({@code ../shared/testsuites/json-schema-test-suite})
 * and its {@code remotes/} folder served on a loopback HTTP server, with
 * {@code http://localhost:1234/} (the address the suite's schemas use) mapped onto it. Shared by
 * the conformance test and the fast path's agreement test.
 */
public final class SuiteRemotes implements AutoCloseable {

    private final Path suite;
    private final HttpServer server;

    private SuiteRemotes(Path suite, HttpServer server) {
        this.suite = suite;
        this.server = server;
    }

    /** Finds the suite and starts serving its remotes. */
    public static SuiteRemotes start() throws IOException {
        Path suite = Path.of(System.getProperty("jsoncontract.sharedDir", "../shared"))
                .resolve("testsuites/json-schema-test-suite");
        Path root = suite.resolve("remotes").toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        return new SuiteRemotes(suite, server);
    }

    /** The suite's folder. */
    public Path suite() {
        return suite;
    }

    /** Maps {@code http://localhost:1234/...} onto the loopback server; refuses any other address. */
    public UnaryOperator<URI> mapping() {
        int port = server.getAddress().getPort();
        return uri -> "localhost".equals(uri.getHost()) && uri.getPort() == 1234
                ? URI.create("http://127.0.0.1:" + port + uri.getRawPath())
                : null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
