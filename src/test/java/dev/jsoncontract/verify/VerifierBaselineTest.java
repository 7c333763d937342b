package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.baseline.BaselineEntry;
import dev.jsoncontract.verify.baseline.BaselineRequest;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.report.HtmlReport;
import dev.jsoncontract.verify.report.TextSummary;
import dev.jsoncontract.verify.stats.Statistics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify with a baseline, and what the report page may show of values that redaction hides. */
class VerifierBaselineTest {

    /** Items whose {@code secret} record mode redacts. */
    private static final String CONTRACT = """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "title": "Item",
              "type": "object",
              "properties": {
                "id": {"type": "integer"},
                "secret": {"enum": ["a", "b"]},
                "note": {"type": "string"},
                "kind": {"enum": ["x", "y"]}
              },
              "x-jsoncontract": {"client": "Items", "operations": {"listItems": {"method": "GET", "path": "/item",
                "response": {"schema": {"type": "array", "items": {"$ref": "#"}}},
                "redact": ["/*/secret"]}}}
            }
            """;

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final List<String> log = new ArrayList<>();

    private static VerifyRequest request(Path dir, boolean strict, VerifyRequest.Live live) {
        return new VerifyRequest(dir.resolve("item.schema.json"), null, dir.resolve("recordings"), strict,
                dir.resolve("reports"), null, live, 1);
    }

    private static BaselineRequest baseline(Path dir, boolean update) {
        return new BaselineRequest(dir.resolve("jsoncontract-baseline.json"), "jsoncontract-baseline.json", update, TODAY);
    }

    private static Path project(Path dir, String page) throws Exception {
        Files.writeString(dir.resolve("item.schema.json"), CONTRACT, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(dir.resolve("recordings/page-1.json"), page, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    @DisplayName("a value at a redacted place never reaches the baseline, the excerpts or the chart")
    void redacted(@TempDir Path dir) throws Exception {
        project(dir, "[{\"id\": 1, \"secret\": \"Mrs Smith, diabetic\", \"note\": \"n\", \"kind\": \"z\"}]");
        VerifyResult updated = new Verifier(log::add, LiveSource.NONE).verify(request(dir, false, null), baseline(dir, true));
        assertThat(updated.violated()).isFalse();
        assertThat(updated.accepted()).isEqualTo(2);
        String file = Files.readString(dir.resolve("jsoncontract-baseline.json"), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain("Smith").contains("\"value\": \"[redacted]\"").contains("\"value\": \"\\\"z\\\"\"");
        assertThat(updated.excerpts().get("page-1.json#/0/secret").lines()).noneMatch(l -> l.contains("Smith"))
                .contains("  \"secret\": \"a\",");
        Statistics.ValueCounts secret = updated.statistics().values().stream()
                .filter(v -> v.slot().subject().equals("secret")).findFirst().orElseThrow();
        assertThat(secret.counts()).extracting(Statistics.ValueCount::value).containsExactly("\"a\"", "\"b\"",
                BaselineEntry.HIDDEN);
        assertThat(log).contains("Wrote the baseline jsoncontract-baseline.json: 2 entries (2 added with \"reason\":"
                + " \"TODO\", 0 stale removed). Review the diff and give each new entry its reason.");

        // the next build accepts another hidden value at that place, and a new kind still fails
        Files.writeString(dir.resolve("recordings/page-1.json"),
                "[{\"id\": 1, \"secret\": \"Mr Jones\", \"kind\": \"z\"}, {\"id\": 2, \"kind\": \"w\"}]");
        VerifyResult next = new Verifier(log::add, LiveSource.NONE).verify(request(dir, false, null), baseline(dir, false));
        assertThat(TextSummary.lines(next)).containsExactly(
                "listItems: 1 contract violation in 1 of 1 response body, 2 findings accepted by the baseline",
                "kind: \"w\" is not allowed (allowed: x, y) in 1 of 2 items, first at page-1.json#/1/kind",
                "accepted: kind: \"z\" is not allowed (allowed: x, y) in 1 of 2 items, first at page-1.json#/0/kind",
                "accepted: secret: \"Mr Jones\" is not allowed (allowed: a, b) in 1 of 2 items, first at page-1.json#/0/secret");
        assertThat(next.groups(Severity.ACCEPTED)).hasSize(2);
        assertThat(Files.readString(dir.resolve("reports/index.html"), StandardCharsets.UTF_8))
                .contains("<article class=\"group accepted\"").contains("<strong>FAILED</strong>");
    }

    @Test
    @DisplayName("a stale entry warns; under strict it fails the build")
    void stale(@TempDir Path dir) throws Exception {
        project(dir, "[{\"id\": 1, \"kind\": \"x\"}]");
        Files.writeString(dir.resolve("jsoncontract-baseline.json"), "{\"accepted\": [{\"schemaLocation\":"
                + " \"item.schema.json#/properties/kind\", \"keyword\": \"enum\", \"value\": \"\\\"z\\\"\", \"reason\": \"r\"}]}");
        VerifyResult lenient = new Verifier(log::add, LiveSource.NONE).verify(request(dir, false, null), baseline(dir, false));
        assertThat(lenient.violated()).isFalse();
        assertThat(TextSummary.lines(lenient)).containsExactly(
                "listItems: 1 response body conforms to the contract, 1 stale baseline entry",
                "warning: baseline: jsoncontract-baseline.json#/accepted/0 (item.schema.json#/properties/kind, enum \"z\")"
                        + " matched no finding. Remove the entry, or run with -Djsoncontract.updateBaseline=true.");
        VerifyResult strict = new Verifier(log::add, LiveSource.NONE).verify(request(dir, true, null), baseline(dir, false));
        assertThat(strict.violated()).isTrue();
        assertThat(TextSummary.lines(strict).get(1)).startsWith("baseline: jsoncontract-baseline.json#/accepted/0");
        assertThat(Files.readString(dir.resolve("reports/TEST-jsoncontract.xml"), StandardCharsets.UTF_8))
                .contains("<testcase name=\"jsoncontract-baseline.json\"").contains("<failure type=\"baseline\"");
    }

    @Test
    @DisplayName("an update that checked no body leaves the baseline as it is (every entry would look stale)")
    void updateWithoutBodies(@TempDir Path dir) throws Exception {
        project(dir, "[]");
        Files.delete(dir.resolve("recordings/page-1.json"));
        String before = "{\"accepted\": [{\"schemaLocation\": \"item.schema.json#/properties/kind\", \"keyword\":"
                + " \"enum\", \"value\": \"\\\"z\\\"\", \"reason\": \"kept\"}]}";
        Files.writeString(dir.resolve("jsoncontract-baseline.json"), before);
        VerifyResult result = new Verifier(log::add, LiveSource.NONE).verify(request(dir, false, null), baseline(dir, true));
        assertThat(result.nothingVerified()).isTrue();
        assertThat(Files.readString(dir.resolve("jsoncontract-baseline.json"))).isEqualTo(before);
        assertThat(log).noneMatch(line -> line.startsWith("Wrote the baseline"));
    }

    @Test
    @DisplayName("the token never reaches the baseline or an excerpt, even when a live body echoes it")
    void token(@TempDir Path dir) throws Exception {
        project(dir, "[]");
        String token = "tok-0123456789";
        LiveSource echo = (request, origin, liveLog) -> List.of(new BytesBody("http://127.0.0.1:9/v1/item",
                ("[{\"id\": 1, \"kind\": \"" + token + "\", \"note\": \"Bearer " + token + "\"}]")
                        .getBytes(StandardCharsets.UTF_8)));
        VerifyRequest.Live live = new VerifyRequest.Live(URI.create("http://127.0.0.1:9/v1"), token, "the settings.xml"
                + " server 'x'", null, name -> null, Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), 0, false);
        VerifyResult result = new Verifier(log::add, echo).verify(request(dir, false, live), baseline(dir, true));
        assertThat(Files.readString(dir.resolve("jsoncontract-baseline.json"), StandardCharsets.UTF_8))
                .doesNotContain(token).contains("[redacted]");
        Excerpt excerpt = result.excerpts().get("http://127.0.0.1:9/v1/item#/0/kind");
        assertThat(excerpt.lines()).noneMatch(l -> l.contains(token)).anyMatch(l -> l.contains("Bearer ****"));
        assertThat(HtmlReport.render(result)).doesNotContain("\"note\": \"Bearer " + token);
        assertThat(result.statistics().values().stream().filter(v -> v.slot().subject().equals("kind")).findFirst()
                .orElseThrow().counts()).extracting(Statistics.ValueCount::value).doesNotContain("\"" + token + "\"");
    }
}
