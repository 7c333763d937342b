package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.verify.live.LiveRequest;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.report.TextSummary;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {

    private static final String CALL = "{\"id\": %d, \"assistant_id\": 2, \"call_status\": \"%s\", \"call_type\": \"webCall\", \"messages\": []}";

    private static String page(String... statuses) {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            calls.add(String.format(java.util.Locale.ROOT, CALL, i + 1, statuses[i]));
        }
        return "[" + String.join(",", calls) + "]";
    }

    private static VerifyRequest request(Path recordings, Path reports, VerifyRequest.Live live) {
        return new VerifyRequest(null, null, recordings, false, reports, null, live);
    }

    private final List<String> log = new ArrayList<>();

    @Test
    @DisplayName("a broken file among good ones is a finding on it; every other file is still checked")
    void brokenAmongGood(@TempDir Path dir) throws Exception {
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(recordings.resolve("page-1.json"), page("ended", "queued"));
        Files.writeString(recordings.resolve("page-2.json"), "[{\"id\": 1,");
        Files.createDirectories(recordings.resolve("sub"));
        Files.writeString(recordings.resolve("sub/page-3.json"), page("ended", "completed"));
        Files.writeString(recordings.resolve("notes.txt"), "not a recording");
        VerifyResult result = new Verifier(log::add, LiveSource.NONE).verify(request(recordings, dir.resolve("reports"), null));
        assertThat(TextSummary.lines(result)).containsExactly(
                "listCalls: 2 contract violations in 2 of 3 response bodies",
                "response body: is not valid JSON at line 1, column 11 (Unexpected end-of-input within/between Object"
                        + " entries) in 1 of 3"
                        + " response bodies, first at page-2.json",
                "call_status: \"completed\" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended)"
                        + " in 1 of 4 calls, first at sub/page-3.json#/1/call_status");
        try (Stream<Path> files = Files.list(dir.resolve("reports"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("TEST-jsoncontract.xml", "index.html", "jsoncontract-report.json",
                            "jsoncontract-summary.md");
        }
        for (String report : List.of("TEST-jsoncontract.xml", "index.html", "jsoncontract-report.json",
                "jsoncontract-summary.md")) {
            assertThat(Files.readString(dir.resolve("reports").resolve(report), StandardCharsets.UTF_8))
                    .as("%s names no absolute path", report).doesNotContain(dir.toString());
        }
    }

    @Test
    @DisplayName("a file that cannot be read is a finding on it")
    void unreadable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page-1.json"), page("ended"));
        Files.createSymbolicLink(dir.resolve("page-2.json"), dir.resolve("gone.json"));
        VerifyResult result = new Verifier(log::add, LiveSource.NONE).verify(request(dir, null, null));
        assertThat(TextSummary.lines(result)).containsExactly(
                "listCalls: 1 contract violation in 1 of 2 response bodies",
                "response body: cannot be read (NoSuchFileException); check that the file exists and is readable"
                        + " in 1 of 2 response bodies, first at page-2.json");
    }

    @Test
    @DisplayName("a HAR without a matching entry contributes nothing and says so in the log")
    void harWithoutMatch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("other.har"), "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\","
                + " \"url\": \"https://x/v1/assistant\"}, \"response\": {\"status\": 200, \"content\": {\"text\": \"{}\"}}}]}}");
        VerifyResult result = new Verifier(log::add, LiveSource.NONE).verify(request(dir, null, null));
        assertThat(result.nothingVerified()).isTrue();
        assertThat(log).contains("other.har: 1 entry skipped (not a successful GET /call)");
    }

    @Test
    @DisplayName("no recordings and no live endpoint: nothing verified, and the message says how to provide some")
    void nothing(@TempDir Path dir) throws Exception {
        VerifyResult result = new Verifier(log::add, LiveSource.NONE).verify(request(dir.resolve("missing"), null, null));
        assertThat(result.nothingVerified()).isTrue();
        assertThat(TextSummary.lines(result))
                .containsExactly("listCalls: nothing to verify (no recorded response and no live endpoint)");
        assertThat(TextSummary.nothingToVerify(dir.resolve("missing"))).contains("-Djsoncontract.baseUrl=<url>")
                .contains("-Djsoncontract.recordings=<folder>").contains(dir.resolve("missing").toString());
    }

    @Test
    @DisplayName("an unknown operation is a setup error naming the known ones")
    void unknownOperation(@TempDir Path dir) {
        VerifyRequest request = new VerifyRequest(null, "listCallz", dir, false, null, null, null);
        assertThatThrownBy(() -> new Verifier(log::add, LiveSource.NONE).verify(request))
                .isInstanceOf(VerifyException.class)
                .hasMessage("The contract has no operation \"listCallz\". Set -Djsoncontract.operation to one of: listCalls.");
    }

    @Test
    @DisplayName("a schema that is not JSON is a setup error naming the file")
    void brokenSchema(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("broken.schema.json"), "{\"type\": ");
        VerifyRequest request = new VerifyRequest(schema, null, dir, false, null, null, null);
        assertThatThrownBy(() -> new Verifier(log::add, LiveSource.NONE).verify(request))
                .isInstanceOf(VerifyException.class)
                .hasMessageStartingWith("The contract cannot be read: broken.schema.json#: is not valid JSON at line 1");
    }

    private static VerifyRequest.Live live(String token, Map<String, String> environment) {
        return new VerifyRequest.Live(URI.create("http://127.0.0.1:9/v1"), token, token == null ? null : "the settings.xml server 'x'",
                null, environment::get,
                Map.of("limit", "2"), Duration.ofSeconds(1), Duration.ofSeconds(2), 1, false);
    }

    @Test
    @DisplayName("live bodies are checked with the recorded ones; the token comes from the contract's variable")
    void liveBodies(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page-1.json"), page("ended"));
        List<LiveRequest> calls = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        LiveSource fake = (request, origin, liveLog) -> {
            calls.add(request);
            origins.add(origin);
            return List.of(new BytesBody("http://127.0.0.1:9/v1/call?limit=2",
                    page("forwarding", "completed").getBytes(StandardCharsets.UTF_8)));
        };
        VerifyResult result = new Verifier(log::add, fake)
                .verify(request(dir, null, live(null, Map.of("CLARION_API_TOKEN", "s3cret"))));
        assertThat(calls).singleElement().satisfies(r -> {
            assertThat(r.token()).isEqualTo("s3cret");
            assertThat(r.query()).containsExactly(Map.entry("limit", "2"));
            assertThat(r.recordDirectory()).isNull();
        });
        assertThat(TextSummary.lines(result)).containsExactly(
                "listCalls: 1 contract violation in 1 of 2 response bodies",
                "call_status: \"completed\" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended)"
                        + " in 1 of 3 calls, first at http://127.0.0.1:9/v1/call?limit=2#/1/call_status");
        assertThat(origins).containsExactly("the environment variable CLARION_API_TOKEN");
        assertThat(String.join("\n", log)).doesNotContain("s3cret");
    }

    @Test
    @DisplayName("a bearer contract without a token is a setup error that says where the token may come from")
    void missingToken(@TempDir Path dir) {
        assertThatThrownBy(() -> new Verifier(log::add, LiveSource.NONE).verify(request(dir, null, live(null, Map.of()))))
                .isInstanceOf(VerifyException.class)
                .hasMessage("The live endpoint needs a bearer token and none was found: set the environment variable"
                        + " CLARION_API_TOKEN, or name a settings.xml <server> holding it with -Djsoncontract.serverId=<id>."
                        + " (The token is never read from the pom.)");
    }

    @Test
    @DisplayName("a live failure is a setup error, and no half-written JUnit report is left behind")
    void liveFailure(@TempDir Path dir) {
        LiveSource failing = (request, origin, liveLog) -> {
            throw new VerifyException("GET http://127.0.0.1:9/v1/call answered 401 Unauthorized: check the token.");
        };
        assertThatThrownBy(() -> new Verifier(log::add, failing)
                .verify(request(dir, dir.resolve("reports"), live("tok-3f9a", Map.of()))))
                .isInstanceOf(VerifyException.class)
                .hasMessage("GET http://127.0.0.1:9/v1/call answered 401 Unauthorized: check the token.");
        assertThat(dir.resolve("reports/TEST-jsoncontract.xml.part")).doesNotExist();
        assertThat(live("s3cret", Map.of()).toString()).doesNotContain("s3cret");
    }
}
