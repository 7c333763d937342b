package dev.jsoncontract.verify.conformance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * The JSON Schema Test Suite, read from the folder the system property {@value #PROPERTY} names
 * (default {@value #DEFAULT_FOLDER}, which the build passes as it lies in CI), and its
 * {@code remotes/} folder served on a loopback HTTP server, with {@code http://localhost:1234/}
 * (the address the suite's schemas use) mapped onto it. Shared by the conformance test, the fast
 * path's agreement test and the streaming test.
 *
 * <p>When the suite is not there (a fresh clone), {@link #folder()} skips the calling test with a
 * JUnit assumption whose message says where to put it; every other test still runs.
 */
public final class SuiteRemotes implements AutoCloseable {

    /** The system property naming the suite's folder. */
    public static final String PROPERTY = "jsoncontract.testSuite";

    /** The suite's folder when {@value #PROPERTY} is not set, relative to the working directory. */
    public static final String DEFAULT_FOLDER = "../shared/testsuites/json-schema-test-suite";

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private final Path suite;
    private final HttpServer server;

    private SuiteRemotes(Path suite, HttpServer server) {
        this.suite = suite;
        this.server = server;
    }

    /**
     * The suite's folder; skips the calling test (a JUnit assumption) when it holds no
     * {@code tests/draft7}, and then prints, once per test run, one line saying where to put it
     * (Surefire shows skip reasons only in its report files).
     */
    public static Path folder() {
        Path suite = configured();
        if (!Files.isDirectory(suite.resolve("tests/draft7"))) {
            String message = "The JSON Schema Test Suite is not in " + suite + ", so the conformance tests are"
                    + " skipped. Put a clone of https://github.com/json-schema-org/JSON-Schema-Test-Suite there,"
                    + " or run with -D" + PROPERTY + "=<its folder>.";
            if (!TOLD.getAndSet(true)) {
                System.err.println("[jsoncontract tests] " + message);
            }
            Assumptions.abort(message);
        }
        return suite;
    }

    /** Starts serving the remotes of the configured suite (nothing is served when it is absent). */
    public static SuiteRemotes start() throws IOException {
        Path suite = configured();
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

    /** The suite's folder; skips the calling test when it is absent, as {@link #folder()} does. */
    public Path suite() {
        return folder();
    }

    private static Path configured() {
        return Path.of(System.getProperty(PROPERTY, DEFAULT_FOLDER)).toAbsolutePath().normalize();
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
