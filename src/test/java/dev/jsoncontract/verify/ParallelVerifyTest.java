package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.report.JunitXmlReport;
import dev.jsoncontract.verify.report.TextSummary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelVerifyTest {

    private static final String[] STATUSES = {"ended", "completed", "queued", "done", "ringing"};

    private static String call(int id, String status, String messages, String more) {
        return String.format(Locale.ROOT, "{\"id\": %d, \"assistant_id\": 2, \"call_status\": \"%s\","
                + " \"call_type\": \"webCall\", \"messages\": [%s]%s}", id, status, messages, more);
    }

    /** Page {@code n}: a few calls, some with findings that differ from page to page. */
    private static String page(int n) {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 1 + n % 4; i++) {
            String messages = (n + i) % 5 == 0 ? "{\"role\": \"assistant\", \"message\": \"hi\"}" : "";
            String more = (n + i) % 3 == 0 ? ", \"x_trace\": " + n : "";
            calls.add(call(n * 10 + i, STATUSES[(n + i) % STATUSES.length], messages, more));
        }
        return "[" + String.join(",\n", calls) + "]\n";
    }

    private static Path corpus(Path dir) throws IOException {
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        for (int n = 1; n <= 26; n++) {
            Path folder = n % 7 == 0 ? Files.createDirectories(recordings.resolve("sub")) : recordings;
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "page-%02d.json", n)), page(n));
        }
        Files.writeString(recordings.resolve("page-05.json"), "[" + call(1, "ended", "", "") + ",\n{\"id\": 2,]");
        Files.writeString(recordings.resolve("page-11.json"), "");
        Files.writeString(recordings.resolve("page-17.json"), call(1, "ended", "", ""));
        ArrayNode entries = JsonBodies.JSON.createArrayNode();
        for (int i = 0; i < 6; i++) {
            ObjectNode entry = entries.addObject();
            entry.putObject("request").put("method", "GET").put("url", "https://api.example/v1/call?page=" + i);
            ObjectNode response = entry.putObject("response").put("status", i == 3 ? 500 : 200);
            if (i != 4) {
                response.putObject("content").put("text", page(40 + i));
            } else {
                response.putObject("content");
            }
        }
        ObjectNode har = JsonBodies.JSON.createObjectNode();
        har.putObject("log").set("entries", entries);
        Files.writeString(recordings.resolve("export.har"), har.toString());
        return recordings;
    }

    /** A live endpoint answering two good pages around a body whose reading fails in a way no recording can. */
    private static LiveSource live() {
        return (request, origin, log) -> List.of(
                new BytesBody("http://127.0.0.1:9/v1/call?page=1", page(60).getBytes(StandardCharsets.UTF_8)),
                failing("http://127.0.0.1:9/v1/call?page=2", new IllegalStateException("boom")),
                failing("http://127.0.0.1:9/v1/call?page=3", new OutOfMemoryError("Java heap space")),
                new BytesBody("http://127.0.0.1:9/v1/call?page=4", page(61).getBytes(StandardCharsets.UTF_8)));
    }

    private static ResponseBody failing(String source, Throwable failure) {
        return new ResponseBody() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    @Override
                    public int read() {
                        if (failure instanceof Error error) {
                            throw error;
                        }
                        throw (RuntimeException) failure;
                    }
                };
            }

            @Override
            public long size() {
                return 1024;
            }
        };
    }

    private static VerifyRequest.Live liveSettings() {
        return new VerifyRequest.Live(URI.create("http://127.0.0.1:9/v1"), "tok-7d1e", "the settings.xml server 'x'", null,
                name -> null, Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(2), 0, false);
    }

    private record Outcome(List<String> summary, Map<String, String> reports, VerifyResult result) {
    }

    private static Outcome run(Path recordings, Path reports, int threads) throws Exception {
        VerifyRequest request = new VerifyRequest(null, null, recordings, false, reports, null, liveSettings(), threads);
        VerifyResult result = new Verifier(line -> { }, live(), 1L << 30).verify(request);
        Map<String, String> written = new java.util.TreeMap<>();
        for (String name : List.of(JunitXmlReport.FILE_NAME, "jsoncontract-report.json", "jsoncontract-summary.md")) {
            written.put(name, Files.readString(reports.resolve(name), StandardCharsets.UTF_8));
        }
        return new Outcome(TextSummary.lines(result), written, result);
    }

    @Test
    @DisplayName("the reports and the summary are byte for byte the same on 1 and on 4 threads")
    void sameReports(@TempDir Path dir) throws Exception {
        Path recordings = corpus(dir);
        Outcome one = run(recordings, dir.resolve("reports-1"), 1);
        Outcome four = run(recordings, dir.resolve("reports-4"), 4);
        Outcome three = run(recordings, dir.resolve("reports-3"), 3);
        assertThat(four.summary()).isEqualTo(one.summary());
        assertThat(four.reports()).isEqualTo(one.reports());
        assertThat(three.reports()).isEqualTo(one.reports());
        assertThat(four.result().groups()).isEqualTo(one.result().groups());
        // the corpus has what the comparison is meant to cover
        assertThat(one.result().bodies()).isEqualTo(26 + 5 + 4);
        assertThat(one.result().groups()).extracting(FindingGroup::keyword)
                .contains(Finding.KEYWORD_FILE, "enum", "oneOf", "type", Finding.KEYWORD_DRIFT);
        assertThat(one.summary()).contains(
                "response body: is not valid JSON at line 2, column 10 (Unexpected character (']' (code 93)): was"
                        + " expecting double-quote to start field name) in 1 of 35 response bodies, first at page-05.json",
                "response body: could not be checked (IllegalStateException: boom); this is a bug in jsoncontract,"
                        + " please report it with the file in 1 of 35 response bodies, first at"
                        + " http://127.0.0.1:9/v1/call?page=2",
                "response body: is 1.0 KB and ran out of heap while being checked (this build has 1.0 GB). Give"
                        + " Maven more heap (MAVEN_OPTS=-Xmx4g) or split the file in 1 of 35 response bodies, first at"
                        + " http://127.0.0.1:9/v1/call?page=3");
        String junit = one.reports().get(JunitXmlReport.FILE_NAME);
        // a HAR's entries in entry order (bodies and problems alike); files sorted by path; then the live bodies
        List<String> order = List.of("export.har#/log/entries/0", "export.har#/log/entries/4",
                "export.har#/log/entries/5", "page-01.json", "page-26.json", "sub/page-21.json",
                "http://127.0.0.1:9/v1/call?page=1", "http://127.0.0.1:9/v1/call?page=4");
        for (int i = 1; i < order.size(); i++) {
            assertThat(junit.indexOf("name=\"" + order.get(i) + "\"")).as(order.get(i))
                    .isGreaterThan(junit.indexOf("name=\"" + order.get(i - 1) + "\""));
        }
        assertThat(junit.indexOf("name=\"" + order.get(0) + "\"")).isPositive();
    }

    @Test
    @DisplayName("bodies are checked on the pool's threads, one per thread at a time; with one thread on the calling thread")
    void boundedWindow(@TempDir Path dir) throws Exception {
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        for (int n = 1; n <= 40; n++) {
            Files.writeString(recordings.resolve(String.format(Locale.ROOT, "page-%02d.json", n)), page(n));
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostOpen = new java.util.concurrent.atomic.AtomicInteger();
        List<ResponseBody> bodies = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            byte[] bytes = page(n).getBytes(StandardCharsets.UTF_8);
            String source = "http://127.0.0.1:9/v1/call?page=" + n;
            bodies.add(new ResponseBody() {
                @Override
                public String source() {
                    return source;
                }

                @Override
                public InputStream open() {
                    threads.add(Thread.currentThread().getName());
                    mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                    return new java.io.ByteArrayInputStream(bytes) {
                        @Override
                        public void close() {
                            open.decrementAndGet();
                        }
                    };
                }

                @Override
                public long size() {
                    return bytes.length;
                }
            });
        }
        VerifyRequest request = new VerifyRequest(null, null, dir.resolve("none"), false, null, null, liveSettings(), 2);
        VerifyResult result = new Verifier(line -> { }, (r, o, l) -> bodies, 1L << 30).verify(request);
        assertThat(result.bodies()).isEqualTo(40);
        assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("jsoncontract-verify-"));
        assertThat(mostOpen.get()).isLessThanOrEqualTo(2);
        VerifyRequest sequential = new VerifyRequest(null, null, dir.resolve("none"), false, null, null, liveSettings(), 1);
        threads.clear();
        new Verifier(line -> { }, (r, o, l) -> bodies, 1L << 30).verify(sequential);
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    @DisplayName("while the first body is still being checked, no more than two bodies per thread are taken on")
    void slidingWindow(@TempDir Path dir) throws Exception {
        Thread verifying = Thread.currentThread();
        Set<Integer> submitted = ConcurrentHashMap.newKeySet();
        List<Set<Integer>> submittedWhileFirstRuns = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<ResponseBody> bodies = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            int number = n;
            byte[] bytes = page(n + 1).getBytes(StandardCharsets.UTF_8);
            bodies.add(new ResponseBody() {
                @Override
                public String source() {
                    if (Thread.currentThread() == verifying) {
                        submitted.add(number);
                    }
                    return "http://127.0.0.1:9/v1/call?page=" + number;
                }

                @Override
                public InputStream open() throws IOException {
                    if (number == 0) {
                        // wait until the verifying thread waits for this body's result: it has taken on all it may
                        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
                        while (verifying.getState() != Thread.State.WAITING || submitted.size() < 4) {
                            if (System.nanoTime() > deadline) {
                                throw new IOException("the verifying thread never waited");
                            }
                            Thread.onSpinWait();
                        }
                        submittedWhileFirstRuns.add(Set.copyOf(submitted));
                    }
                    return new java.io.ByteArrayInputStream(bytes);
                }

                @Override
                public long size() {
                    return bytes.length;
                }
            });
        }
        VerifyRequest request = new VerifyRequest(null, null, dir.resolve("none"), false, null, null, liveSettings(), 2);
        VerifyResult result = new Verifier(line -> { }, (r, o, l) -> bodies, 1L << 30).verify(request);
        assertThat(result.bodies()).isEqualTo(12);
        assertThat(submittedWhileFirstRuns).containsExactly(Set.of(0, 1, 2, 3));
    }

    @Test
    @DisplayName("threads below 1 are refused")
    void threadsAtLeastOne(@TempDir Path dir) {
        assertThatThrownBy(() -> new VerifyRequest(null, null, dir, false, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be at least 1: 0");
        assertThat(new VerifyRequest(null, null, dir, false, null, null, null).threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
