package dev.jsoncontract.verify.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, one way per {@link Fault}. Every
 * connection is served for at most {@link #MAX_SERVE_MILLIS}; {@link #close()} ends them all.
 * Loopback only: no traffic leaves the machine.
 */
final class FaultServer implements AutoCloseable {

    /** No connection is served longer than this, whatever the fault. */
    static final long MAX_SERVE_MILLIS = 30_000;

    enum Fault {
        /** The connection is reset (RST) after the request is read. */
        RESET,
        /** Headers promise 1000 bytes; 10 come, then the server closes its side. */
        HALF_CLOSE,
        /** Headers, then one byte a second. */
        TRICKLE,
        /** Headers and 50 bytes, then nothing. */
        STALL,
        /** Headers and no response at all, the connection kept open. */
        SILENT,
        /** A chunked body that never ends. */
        ENDLESS,
        /** 200 with an HTML page. */
        HTML,
        /** 200 with a JSON body sent as text/plain. */
        JSON_AS_TEXT,
        /** Content-Encoding gzip with bytes that are not gzip. */
        NOT_GZIP,
        /** 302 to another host, with the token in the Location. */
        REDIRECT,
        /** 200 with a header of 1 MB. */
        HUGE_HEADERS,
        /** 200 whose body starts with the token and is not JSON. */
        TOKEN_BODY,
        /** A status line that is not HTTP. */
        GARBAGE
    }

    private final ServerSocket socket;
    private final Fault fault;
    private final String token;
    private final Thread acceptor;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private volatile boolean closed;

    FaultServer(Fault fault, String token) throws IOException {
        this.fault = fault;
        this.token = token;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "fault-server-" + fault);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int served() {
        return served.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                Thread serve = new Thread(() -> serve(connection), "fault-connection-" + fault);
                serve.setDaemon(true);
                serve.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        long until = System.currentTimeMillis() + MAX_SERVE_MILLIS;
        try (connection) {
            connection.setSoTimeout((int) MAX_SERVE_MILLIS);
            readHead(connection.getInputStream());
            served.incrementAndGet();
            OutputStream out = connection.getOutputStream();
            switch (fault) {
                case RESET -> connection.setSoLinger(true, 0);
                case HALF_CLOSE -> {
                    out.write(head("200 OK", "application/json", "Content-Length: 1000\r\n"));
                    out.write("[{\"id\": 1,".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    connection.shutdownOutput();
                    sleepUntil(until, 2_000);
                }
                case TRICKLE -> {
                    out.write(head("200 OK", "application/json", "Content-Length: 1000\r\n"));
                    out.flush();
                    while (System.currentTimeMillis() < until && !closed) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(1_000);
                    }
                }
                case STALL -> {
                    out.write(head("200 OK", "application/json", "Content-Length: 1000\r\n"));
                    out.write(("[" + " ".repeat(49)).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleepUntil(until, MAX_SERVE_MILLIS);
                }
                case SILENT -> sleepUntil(until, MAX_SERVE_MILLIS);
                case ENDLESS -> {
                    out.write(head("200 OK", "application/json", "Transfer-Encoding: chunked\r\n"));
                    byte[] chunk = ("10000\r\n" + "1,".repeat(0x8000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    out.write("1\r\n[\r\n".getBytes(StandardCharsets.US_ASCII));
                    while (System.currentTimeMillis() < until && !closed) {
                        out.write(chunk);
                    }
                }
                case HTML -> body(out, "200 OK", "text/html", "<html><body>Sign in " + token + "</body></html>");
                case JSON_AS_TEXT -> body(out, "200 OK", "text/plain", "[]");
                case NOT_GZIP -> {
                    byte[] text = ("not gzip " + token).getBytes(StandardCharsets.US_ASCII);
                    out.write(head("200 OK", "application/json", "Content-Encoding: gzip\r\nContent-Length: "
                            + text.length + "\r\n"));
                    out.write(text);
                }
                case REDIRECT -> out.write(head("302 Found", "text/plain", "Location: http://elsewhere.invalid/?t="
                        + token + "\r\nContent-Length: 0\r\n"));
                case HUGE_HEADERS -> out.write(head("200 OK", "application/json", "X-Huge: " + "h".repeat(1 << 20)
                        + "\r\nContent-Length: 2\r\n"));
                case TOKEN_BODY -> body(out, "200 OK", "application/json", token + " is not JSON");
                case GARBAGE -> out.write(("SSH-2.0-" + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                default -> throw new IllegalStateException(fault.toString());
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away: that is how most faults end
        }
    }

    private void sleepUntil(long until, long atMost) throws InterruptedException {
        long end = Math.min(until, System.currentTimeMillis() + atMost);
        while (System.currentTimeMillis() < end && !closed) {
            Thread.sleep(50);
        }
    }

    private static void body(OutputStream out, String status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(head(status, type, "Content-Length: " + bytes.length + "\r\n"));
        out.write(bytes);
    }

    private static byte[] head(String status, String type, String more) {
        return ("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n" + more + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the request head (up to the blank line, at most 64 KB). */
    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (head.size() < 65_536) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        List<IOException> problems = new ArrayList<>();
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
