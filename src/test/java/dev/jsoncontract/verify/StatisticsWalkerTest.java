package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.stats.Census;
import dev.jsoncontract.verify.stats.Slot;
import dev.jsoncontract.verify.stats.Statistics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsWalkerTest {

    private static final String ITEM = """
              "title": "Item",
              "type": "object",
              "required": ["status", "shape"],
              "properties": {
                "status": {"type": "string", "enum": ["new", "open", "closed"]},
                "reason": {"type": ["string", "null"], "enum": ["late", "lost", null]},
                "priority": {"oneOf": [{"$ref": "#/definitions/Priority"}, {"type": "null"}]},
                "shape": {"$ref": "#/definitions/Shape"},
                "tags": {"type": "array", "items": {"enum": ["a", "b"]}},
                "size": {"anyOf": [{"enum": ["S", "M"]}, {"enum": ["L", "XL"]}]}
              },
              "definitions": {
                "Priority": {"enum": ["low", "high"]},
                "Shape": {"title": "Shape", "oneOf": [
                  {"title": "Circle", "type": "object", "required": ["kind"],
                   "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}}},
                  {"title": "Square", "type": "object", "required": ["kind"],
                   "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}}
                ]}
              }""";

    private static Statistics statistics(ResponseValidator validator, String... bodies) {
        Census.Totals totals = validator.census().totals();
        for (String body : bodies) {
            totals.add(Schemas.check(validator, body).tally());
        }
        return totals.statistics(List.of());
    }

    private static String values(Statistics statistics, String subject) {
        return render(statistics.values().stream()
                .filter(v -> v.slot().subject().equals(subject)).findFirst().orElseThrow());
    }

    private static String render(Statistics.ValueCounts values) {
        return values.slot().kind() + " " + values.counts().stream()
                .map(c -> c.value() + "=" + c.count() + (c.allowed() ? "" : "(unknown)"))
                .collect(Collectors.joining(" ")) + (values.otherUnknown() > 0 ? " other=" + values.otherUnknown() : "");
    }

    private static String presence(Statistics statistics, String subject, String noun) {
        Statistics.PropertyCounts counts = statistics.properties().stream()
                .filter(p -> p.slot().subject().equals(subject) && p.slot().noun().equals(noun))
                .findFirst().orElseThrow();
        return counts.present() + " present, " + counts.nulls() + " null, " + counts.absent() + " absent";
    }

    private static final String PAGE = """
            [{"status": "new", "reason": null, "priority": null, "shape": {"kind": "circle", "radius": 1}, "tags": ["a", "c"],
              "size": "L"},
             {"status": "done", "reason": "late", "priority": "urgent", "shape": {"kind": "square", "side": null}},
             {"status": "done", "shape": {"kind": "triangle"}, "tags": [], "size": "XXL"}]""";

    @Test
    @DisplayName("every enum counts the values seen against those allowed, never-seen ones at 0, unknown ones after")
    void enums(@TempDir Path dir) throws Exception {
        Statistics statistics = statistics(Schemas.validator(dir, ITEM), PAGE);
        assertThat(values(statistics, "status")).isEqualTo("ENUM \"new\"=1 \"open\"=0 \"closed\"=0 \"done\"=2(unknown)");
        assertThat(values(statistics, "reason")).isEqualTo("ENUM \"late\"=1 \"lost\"=0 null=1");
        // null takes the {"type": "null"} branch: it is not an unknown priority
        assertThat(values(statistics, "priority")).isEqualTo("ENUM \"low\"=0 \"high\"=0 \"urgent\"=1(unknown)");
        assertThat(values(statistics, "tags[]")).isEqualTo("ENUM \"a\"=1 \"b\"=0 \"c\"=1(unknown)");
        // of two enums, a value counts at the one that lists it; a value neither lists is unknown to both
        assertThat(statistics.values().stream().filter(v -> v.slot().subject().equals("size"))
                .map(StatisticsWalkerTest::render)).containsExactly(
                        "ENUM \"S\"=0 \"M\"=0 \"XXL\"=1(unknown)", "ENUM \"L\"=1 \"XL\"=0 \"XXL\"=1(unknown)");
    }

    @Test
    @DisplayName("a discriminated union counts its discriminator's values and walks only the branch it names")
    void discriminator(@TempDir Path dir) throws Exception {
        Statistics statistics = statistics(Schemas.validator(dir, ITEM), PAGE);
        assertThat(values(statistics, "shape.kind"))
                .isEqualTo("DISCRIMINATOR \"circle\"=1 \"square\"=1 \"triangle\"=1(unknown)");
        assertThat(presence(statistics, "shape.radius", "circles")).isEqualTo("1 present, 0 null, 0 absent");
        assertThat(presence(statistics, "shape.side", "squares")).isEqualTo("0 present, 1 null, 0 absent");
    }

    @Test
    @DisplayName("every declared property counts how often it was present, null and absent, named as findings name it")
    void properties(@TempDir Path dir) throws Exception {
        Statistics statistics = statistics(Schemas.validator(dir, ITEM), PAGE);
        assertThat(presence(statistics, "reason", "items")).isEqualTo("1 present, 1 null, 1 absent");
        assertThat(presence(statistics, "tags", "items")).isEqualTo("2 present, 0 null, 1 absent");
        Slot status = statistics.properties().stream().map(Statistics.PropertyCounts::slot)
                .filter(s -> s.subject().equals("status")).findFirst().orElseThrow();
        assertThat(status.schemaLocation()).isEqualTo("item.schema.json#/properties/status");
        assertThat(statistics.properties()).extracting(p -> p.slot().subject()).isSorted();
    }

    @Test
    @DisplayName("enums no body reaches are there too, every value never seen")
    void unseen(@TempDir Path dir) throws Exception {
        Statistics statistics = statistics(Schemas.validator(dir, ITEM), "[]");
        assertThat(statistics.values()).extracting(v -> v.slot().subject())
                .containsExactly("priority", "reason", "shape.kind", "size", "size", "status", "tags[]");
        assertThat(statistics.values()).allSatisfy(v -> assertThat(v.total()).isZero());
        assertThat(values(statistics, "status")).isEqualTo("ENUM \"new\"=0 \"open\"=0 \"closed\"=0");
    }

    @Test
    @DisplayName("a body streamed element by element tallies the same as the whole body")
    void streamed(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, ITEM);
        BytesBody body = new BytesBody("page-1.json", PAGE.getBytes(StandardCharsets.UTF_8));
        Census.Totals whole = validator.census().totals();
        whole.add(validator.check(body, false, false).tally());
        Census.Totals streamed = validator.census().totals();
        streamed.add(validator.check(body, false, true).tally());
        assertThat(validator.streamsArrays()).isTrue();
        assertThat(streamed.statistics(List.of())).isEqualTo(whole.statistics(List.of()));
    }

    @Test
    @DisplayName("a recursive schema is walked as deep as the body goes, and a plain-valued branch is skipped")
    void recursive(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, """
                  "title": "Folder",
                  "type": "object",
                  "properties": {
                    "name": {"type": ["string", "null"]},
                    "kind": {"enum": ["box", "bag"]},
                    "children": {"type": "array", "items": {"$ref": "#"}}
                  }""");
        Statistics statistics = statistics(validator, """
                [{"name": "a", "kind": "box", "children": [{"kind": "bag", "children": [{"kind": "tin", "name": null}]}]}]""");
        assertThat(values(statistics, "kind")).isEqualTo("ENUM \"box\"=1 \"bag\"=1 \"tin\"=1(unknown)");
        assertThat(presence(statistics, "name", "folders")).isEqualTo("1 present, 1 null, 1 absent");
    }

    @Test
    @DisplayName("a body that is not JSON tallies nothing")
    void notJson(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, ITEM);
        Census.Totals totals = validator.census().totals();
        totals.add(validator.check(new BytesBody("page-1.json", "[{".getBytes(StandardCharsets.UTF_8)), false).tally());
        assertThat(totals.statistics(List.of()).values()).allSatisfy(v -> assertThat(v.total()).isZero());
    }

    @Test
    @DisplayName("on the bundled contract: call_status and failure_reason of the enum-drift recordings, and every role")
    void bundled() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        Path recordings = Path.of("it/verify-enum-drift/src/test/resources/recordings");
        Statistics statistics = statistics(validator, Files.readString(recordings.resolve("page-1.json")),
                Files.readString(recordings.resolve("page-2.json")), Files.readString(recordings.resolve("page-3.json")));
        assertThat(values(statistics, "call_status")).isEqualTo(
                "ENUM \"queued\"=0 \"ringing\"=1 \"in-progress\"=1 \"forwarding\"=2 \"ended\"=9 \"completed\"=3(unknown)");
        assertThat(values(statistics, "failure_reason")).contains("\"voicemail\"=1(unknown)");
        assertThat(values(statistics, "messages[].role")).startsWith("DISCRIMINATOR \"system\"=")
                .endsWith("\"assistant\"=1(unknown)");
    }
}
