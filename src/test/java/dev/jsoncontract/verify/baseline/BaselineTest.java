package dev.jsoncontract.verify.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String STATUS = "call.schema.json#/properties/call_status";

    private static BaselineEntry entry(String value, String reason, LocalDate expires) {
        return new BaselineEntry("call_status", STATUS, "enum", value, reason, expires);
    }

    private static BaselineRequest request(Path dir, boolean update) {
        return new BaselineRequest(dir.resolve("jsoncontract-baseline.json"), "jsoncontract-baseline.json", update, TODAY);
    }

    @Test
    @DisplayName("the file is written sorted, members in a fixed order, and reads back to the same entries")
    void roundTrip(@TempDir Path dir) throws Exception {
        List<BaselineEntry> entries = List.of(
                entry("\"completed\"", "CALLS-215", LocalDate.of(2027, 1, 31)),
                new BaselineEntry("recording_url", "call.schema.json#", "drift", "\"recording_url\"", "TODO", null),
                entry("\"aborted\"", "say \"why\" \\ here", null));
        Path file = dir.resolve("jsoncontract-baseline.json");
        Baseline.write(file, "jsoncontract-baseline.json", entries);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "accepted": [
                    {
                      "subject": "recording_url",
                      "schemaLocation": "call.schema.json#",
                      "keyword": "drift",
                      "value": "\\"recording_url\\"",
                      "reason": "TODO"
                    },
                    {
                      "subject": "call_status",
                      "schemaLocation": "call.schema.json#/properties/call_status",
                      "keyword": "enum",
                      "value": "\\"aborted\\"",
                      "reason": "say \\"why\\" \\\\ here"
                    },
                    {
                      "subject": "call_status",
                      "schemaLocation": "call.schema.json#/properties/call_status",
                      "keyword": "enum",
                      "value": "\\"completed\\"",
                      "reason": "CALLS-215",
                      "expires": "2027-01-31"
                    }
                  ]
                }
                """);
        assertThat(Baseline.read(file, "b.json")).containsExactlyElementsOf(
                entries.stream().sorted(Baseline.ORDER).toList());
        assertThat(Baseline.render(List.of())).isEqualTo("{\n  \"accepted\": []\n}\n");
        assertThat(Baseline.read(dir.resolve("missing.json"), "missing.json")).isEmpty();
    }

    @Test
    @DisplayName("a malformed baseline is refused naming the file, the entry and what to do")
    void malformed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"accepted\": [{\"schemaLocation\": \"s\", \"keyword\": \"enum\", \"reason\": \"r\","
                + " \"expires\": \"2026-13-01\"}]}");
        assertThatThrownBy(() -> Baseline.read(file, "jsoncontract-baseline.json")).hasMessage(
                "The baseline jsoncontract-baseline.json cannot be used: jsoncontract-baseline.json#/accepted/0/expires"
                        + " \"2026-13-01\" is not a date; write it as YYYY-MM-DD (e.g. 2027-01-31), or remove it for an"
                        + " entry that never expires.");
        Files.writeString(file, "{\"accepted\": [{\"schemaLocation\": \"s\", \"keyword\": \"enum\", \"reason\": \"r\","
                + " \"expire\": \"2027-01-01\"}]}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).hasMessageContaining(
                "b.json#/accepted/0/expire is not a member of an entry");
        Files.writeString(file, "{\"accepted\": [{\"schemaLocation\": \"s\", \"keyword\": \"enum\", \"reason\": \" \"}]}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).hasMessageContaining(
                "b.json#/accepted/0/reason is empty; say why the drift is accepted");
        Files.writeString(file, "{\"accepted\": [{\"keyword\": \"enum\", \"reason\": \"r\"}]}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).hasMessageContaining(
                "b.json#/accepted/0 has no \"schemaLocation\"");
        Files.writeString(file, "{\"accepted\": [{\"schemaLocation\": \"s\", \"keyword\": \"enum\", \"reason\": \"r\"},"
                + " {\"schemaLocation\": \"s\", \"keyword\": \"enum\", \"reason\": \"again\"}]}");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).hasMessageContaining(
                "b.json#/accepted/1 accepts the same findings as #/accepted/0");
        Files.writeString(file, "{\"accepted\": [");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).hasMessageStartingWith(
                "The baseline b.json is not valid JSON at line 1, column 15 (Unexpected end-of-input: expected close"
                + " marker for Array). ").hasMessageEndingWith(
                "Fix it, or delete it and run with -Djsoncontract.updateBaseline=true to write a new one.");
        Files.writeString(file, "[]");
        assertThatThrownBy(() -> Baseline.read(file, "b.json")).hasMessageContaining("b.json# is not an object");
    }

    @Test
    @DisplayName("an entry accepts its group; an expired one accepts nothing and fails; an unused one is stale")
    void matching(@TempDir Path dir) {
        BaselineMatcher matcher = BaselineMatcher.of(request(dir, false), List.of(
                entry("\"completed\"", "CALLS-215", null),
                entry("\"aborted\"", "PRV-91", LocalDate.of(2026, 12, 1)),
                entry("\"paused\"", "gone", null)));
        assertThat(matcher.accepts("call_status", STATUS, "enum", "\"completed\"", false)).isTrue();
        assertThat(matcher.accepts("call_status", STATUS, "enum", "\"aborted\"", false)).isFalse();
        assertThat(matcher.accepts("call_status", STATUS, "enum", "\"new\"", false)).isFalse();
        assertThat(matcher.accepts("call_status", STATUS, "const", "\"completed\"", false)).isFalse();
        BaselineOutcome outcome = matcher.outcome(false);
        assertThat(outcome.problems()).extracting(BaselineOutcome.Problem::message).containsExactly(
                "baseline: jsoncontract-baseline.json#/accepted/1 (call_status, enum \"aborted\") expired on 2026-12-01:"
                        + " \"PRV-91\". Fix the drift, or review the entry: set a later \"expires\" or remove it.",
                "baseline: jsoncontract-baseline.json#/accepted/2 (call_status, enum \"paused\") matched no finding."
                        + " Remove the entry, or run with -Djsoncontract.updateBaseline=true.");
        assertThat(outcome.problems()).extracting(BaselineOutcome.Problem::fails).containsExactly(true, false);
        assertThat(outcome.fails()).isTrue();
        assertThat(matcher.outcome(true).problems()).extracting(BaselineOutcome.Problem::fails)
                .containsExactly(true, true);
        assertThat(BaselineMatcher.none().accepts("s", STATUS, "enum", "\"completed\"", false)).isFalse();
        assertThat(BaselineMatcher.none().outcome(true)).isEqualTo(BaselineOutcome.NONE);
    }

    @Test
    @DisplayName("a value redaction hides is written as [redacted], which then accepts any value at that place")
    void hidden(@TempDir Path dir) {
        BaselineMatcher update = BaselineMatcher.of(request(dir, true), List.of());
        assertThat(update.accepts("transcript", "s#/properties/transcript", "maxLength", "", true)).isTrue();
        assertThat(update.accepts("outcome", "s#/properties/outcome", "enum", "\"Mrs Smith called\"", true)).isTrue();
        assertThat(update.updated()).extracting(BaselineEntry::value).containsExactly(BaselineEntry.HIDDEN, "");
        BaselineMatcher next = BaselineMatcher.of(request(dir, false), update.updated());
        assertThat(next.accepts("outcome", "s#/properties/outcome", "enum", "\"Mr Jones called\"", true)).isTrue();
        assertThat(next.accepts("transcript", "s#/properties/transcript", "maxLength", "", true)).isTrue();
        assertThat(next.outcome(false).problems()).isEmpty();
    }

    @Test
    @DisplayName("the update keeps reasons and dates, adds TODO entries, drops stale ones and passes on expired ones")
    void update(@TempDir Path dir) {
        BaselineMatcher update = BaselineMatcher.of(request(dir, true), List.of(
                entry("\"completed\"", "CALLS-215", LocalDate.of(2099, 1, 1)),
                entry("\"aborted\"", "PRV-91", LocalDate.of(2020, 1, 1)),
                entry("\"paused\"", "gone", null)));
        assertThat(update.accepts("call_status", STATUS, "enum", "\"completed\"", false)).isTrue();
        assertThat(update.accepts("call_status", STATUS, "enum", "\"completed\"", false)).isTrue();
        assertThat(update.accepts("call_status", STATUS, "enum", "\"aborted\"", false)).isTrue();
        assertThat(update.accepts("call_status", STATUS, "enum", "\"new\"", false)).isTrue();
        assertThat(update.updated()).containsExactly(
                entry("\"aborted\"", "PRV-91", LocalDate.of(2020, 1, 1)),
                entry("\"completed\"", "CALLS-215", LocalDate.of(2099, 1, 1)),
                entry("\"new\"", "TODO", null));
        BaselineOutcome outcome = update.outcome(true);
        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.removed()).isEqualTo(1);
        assertThat(outcome.fails()).isFalse();
        assertThat(outcome.problems()).extracting(BaselineOutcome.Problem::kind)
                .containsExactly(BaselineOutcome.Problem.Kind.EXPIRED);
    }

    @Test
    @DisplayName("a redact pattern covers its place and everything inside it; * is any one token")
    void redaction() {
        List<String> patterns = List.of("/*/transcript", "/*/messages/*/message");
        assertThat(Redaction.covers(patterns, "/3/transcript")).isTrue();
        assertThat(Redaction.covers(patterns, "/3/messages/0/message")).isTrue();
        assertThat(Redaction.covers(patterns, "/3/messages/0/message/text")).isTrue();
        assertThat(Redaction.covers(patterns, "/3/messages/0/role")).isFalse();
        assertThat(Redaction.covers(patterns, "/3")).isFalse();
        assertThat(Redaction.covers(patterns, "")).isFalse();
        assertThat(Redaction.holdsToken("\"Bearer s3cr3t\"", "s3cr3t")).isTrue();
        assertThat(Redaction.holdsToken("\"Bearer s3cr3t\"", null)).isFalse();
    }
}
