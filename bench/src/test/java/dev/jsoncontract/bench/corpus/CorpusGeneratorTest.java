package dev.jsoncontract.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.bench.CallSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The corpus generator")
class CorpusGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long TWO_MB = 2_000_000;

    @TempDir
    static Path shared;
    static Path corpus;
    static CorpusGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException {
        corpus = shared.resolve("corpus");
        summary = CorpusGenerator.pages(corpus, TWO_MB, 42);
    }

    @Test
    @DisplayName("writes the same bytes for the same seed, and other bytes for another seed")
    void isDeterministic(@TempDir Path dir) throws IOException {
        CorpusGenerator.pages(dir.resolve("again"), TWO_MB, 42);
        CorpusGenerator.pages(dir.resolve("other"), TWO_MB, 43);

        assertThat(digest(dir.resolve("again"))).isEqualTo(digest(corpus));
        assertThat(digest(dir.resolve("other"))).isNotEqualTo(digest(corpus));
    }

    @Test
    @DisplayName("stops within one call of the target size and counts what it wrote")
    void reachesTheTargetSize() throws IOException {
        List<Path> pages = pages(corpus);
        long bytes = 0;
        long calls = 0;
        for (Path page : pages) {
            bytes += Files.size(page);
            calls += MAPPER.readTree(page.toFile()).size();
        }
        assertThat(bytes).isEqualTo(summary.bytes()).isBetween(TWO_MB, TWO_MB + 100_000);
        assertThat(calls).isEqualTo(summary.calls());
        assertThat(pages).hasSize(summary.files());
        assertThat(Files.readString(corpus.resolve(CorpusGenerator.COMPLETE_MARKER)))
                .isEqualTo("seed=42\nfiles=" + summary.files() + "\ncalls=" + calls + "\nbytes=" + bytes + "\n");
    }

    @Test
    @DisplayName("writes pages that are valid against the bundled call schema")
    void pagesAreValid() throws IOException {
        Schema response = CallSchema.response();
        List<String> violations = new ArrayList<>();
        for (Path page : pages(corpus)) {
            try {
                response.validate(new JSONArray(new JSONTokener(Files.readString(page))));
            } catch (ValidationException e) {
                violations.add(page.getFileName() + ": " + e.getAllMessages());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    @DisplayName("the validator it is checked with does reject a call that breaks the contract")
    void theCheckCanFail() throws IOException {
        JsonNode page = MAPPER.readTree(pages(corpus).get(0).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) page.get(0)).put("call_status", "completed");

        assertThatThrownBy(() -> CallSchema.response().validate(new JSONArray(MAPPER.writeValueAsString(page))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("#/0/call_status");
    }

    @Test
    @DisplayName("uses every field, every enum value, all five message types, nulls and absences")
    void coversTheContract() throws IOException {
        Map<String, TreeSet<String>> seen = new TreeMap<>();
        TreeSet<String> fields = new TreeSet<>();
        int maxMessages = 0;
        int maxTranscript = 0;
        for (Path page : pages(corpus)) {
            for (JsonNode call : MAPPER.readTree(page.toFile())) {
                call.fieldNames().forEachRemaining(name -> fields.add(name + (call.get(name).isNull() ? "=null" : "")));
                seen.computeIfAbsent("call_status", k -> new TreeSet<>()).add(call.get("call_status").asText());
                if (call.has("failure_reason")) {
                    seen.computeIfAbsent("failure_reason", k -> new TreeSet<>()).add(call.get("failure_reason").asText());
                }
                maxMessages = Math.max(maxMessages, call.get("messages").size());
                if (call.hasNonNull("transcript")) {
                    maxTranscript = Math.max(maxTranscript, call.get("transcript").asText().length());
                }
                for (JsonNode message : call.get("messages")) {
                    String role = message.get("role").asText();
                    message.fieldNames().forEachRemaining(name -> seen.computeIfAbsent(role, k -> new TreeSet<>()).add(name));
                }
            }
        }

        assertThat(fields).contains("id", "assistant_id", "started_at", "started_at=null", "ended_at", "ended_at=null",
                "call_status", "ended_reason", "ended_reason=null", "transcript", "transcript=null", "source_number",
                "source_number=null", "destination_number", "destination_number=null", "call_type", "messages",
                "duration_ms", "duration_ms=null", "analysis", "summary", "summary=null", "outcome", "outcome=null",
                "failure_reason", "failure_reason=null");
        assertThat(seen.get("call_status")).containsExactly("ended", "forwarding", "in-progress", "queued", "ringing");
        assertThat(seen.get("failure_reason")).containsExactly("assistant-ended", "customer-dropped", "declined",
                "escalated", "null", "opt-out", "requested-callback");
        assertThat(seen.get("system")).containsExactly("message", "role", "secondsFromStart", "time");
        assertThat(seen.get("user")).containsExactly("detectedThreats", "duration", "endTime", "isFiltered", "message",
                "metadata", "originalMessage", "role", "secondsFromStart", "time");
        assertThat(seen.get("bot")).containsExactly("duration", "endTime", "message", "role", "secondsFromStart",
                "source", "time");
        assertThat(seen.get("tool_calls")).containsExactly("message", "role", "secondsFromStart", "time", "toolCalls");
        assertThat(seen.get("tool_call_result")).containsExactly("metadata", "name", "result", "role",
                "secondsFromStart", "time", "toolCallId");
        assertThat(maxMessages).isEqualTo(40);
        assertThat(maxTranscript).isBetween(3_000, 7_000);
    }

    @Test
    @DisplayName("puts 1 to 1000 calls on a page, small pages more often than large ones")
    void pageSizes() {
        Random random = new Random(7);
        int small = 0;
        int large = 0;
        for (int i = 0; i < 10_000; i++) {
            int calls = CorpusGenerator.callsPerPage(random);
            assertThat(calls).isBetween(1, 1000);
            small += calls <= 10 ? 1 : 0;
            large += calls >= 100 ? 1 : 0;
        }
        assertThat(small).isBetween(2_800, 3_900);
        assertThat(large).isBetween(2_800, 3_900);
    }

    @Test
    @DisplayName("writes one valid large file in single-file mode")
    void singleFile(@TempDir Path dir) throws IOException {
        CorpusGenerator.Summary single = CorpusGenerator.singleFile(dir.resolve("single"), 1_000_000, 42);

        Path file = dir.resolve("single/export.json");
        assertThat(Files.size(file)).isEqualTo(single.bytes()).isGreaterThanOrEqualTo(1_000_000);
        JSONArray calls = new JSONArray(new JSONTokener(Files.readString(file)));
        assertThat((long) calls.length()).isEqualTo(single.calls());
        CallSchema.response().validate(calls);
    }

    @Test
    @DisplayName("refuses to write into a folder that is not empty")
    void refusesANonEmptyFolder() {
        assertThatThrownBy(() -> CorpusGenerator.pages(corpus, TWO_MB, 42))
                .isInstanceOf(IOException.class)
                .hasMessage("The output folder " + corpus + " is not empty: remove it or choose another --out.");
    }

    private static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String digest(Path dir) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path page : pages(dir)) {
                sha.update(page.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(page));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
