package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.stats.Census;
import dev.jsoncontract.verify.stats.Statistics;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's statistics read from the contract model: enums reached through allOf and through union branches. */
class ModelStatisticsTest {

    @TempDir
    Path dir;

    private Statistics statistics(String members, String... bodies) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, members);
        Census.Totals totals = validator.census().totals();
        for (String body : bodies) {
            totals.add(Schemas.check(validator, body).tally());
        }
        return totals.statistics(List.of());
    }

    /** Every enum or discriminator counted at {@code subject}, rendered. */
    private static List<String> values(Statistics statistics, String subject) {
        return statistics.values().stream().filter(v -> v.slot().subject().equals(subject))
                .map(v -> v.slot().kind() + " " + v.counts().stream()
                        .map(c -> c.value() + "=" + c.count() + (c.allowed() ? "" : "(unknown)"))
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    private static String presence(Statistics statistics, String subject) {
        Statistics.PropertyCounts counts = statistics.properties().stream()
                .filter(p -> p.slot().subject().equals(subject)).findFirst().orElseThrow();
        return counts.present() + " present, " + counts.nulls() + " null, " + counts.absent() + " absent";
    }

    @Test
    @DisplayName("an enum of a $ref'd allOf branch is counted, and the other branch's properties' presence too")
    void enumThroughAllOf() throws Exception {
        String members = "\"definitions\": {\"Base\": {\"type\": \"object\", \"properties\": {"
                + "\"status\": {\"enum\": [\"open\", \"closed\"]}}}},"
                + " \"allOf\": [{\"$ref\": \"#/definitions/Base\"}, {\"properties\": {\"note\": {\"type\": \"string\"}},"
                + " \"required\": [\"status\"]}]";
        Statistics statistics = statistics(members,
                "[{\"status\": \"open\", \"note\": \"n\"}, {\"status\": \"open\"}, {\"status\": \"gone\"}]");
        assertThat(values(statistics, "status")).containsExactly("ENUM \"open\"=2 \"closed\"=0 \"gone\"=1(unknown)");
        assertThat(presence(statistics, "note")).isEqualTo("1 present, 0 null, 2 absent");
    }

    @Test
    @DisplayName("an enum an allOf narrows is counted against the narrowed values")
    void enumNarrowedByAllOf() throws Exception {
        String members = "\"allOf\": [{\"properties\": {\"size\": {\"enum\": [\"S\", \"M\", \"L\"]}}},"
                + " {\"properties\": {\"size\": {\"enum\": [\"S\", \"M\"]}}}]";
        Statistics statistics = statistics(members, "[{\"size\": \"S\"}, {\"size\": \"L\"}]");
        assertThat(values(statistics, "size")).containsExactly("ENUM \"S\"=1 \"M\"=0 \"L\"=1(unknown)");
    }

    @Test
    @DisplayName("an enum inside a tag union's branch counts the values of the bodies of that branch only")
    void enumThroughTagBranch() throws Exception {
        String members = "\"properties\": {\"shape\": {\"oneOf\": ["
                + "{\"type\": \"object\", \"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": \"circle\"},"
                + " \"color\": {\"enum\": [\"red\", \"blue\"]}}},"
                + " {\"type\": \"object\", \"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": \"square\"},"
                + " \"color\": {\"enum\": [\"green\"]}}}]}}";
        Statistics statistics = statistics(members, "[{\"shape\": {\"kind\": \"circle\", \"color\": \"red\"}},"
                + " {\"shape\": {\"kind\": \"square\", \"color\": \"green\"}}, {\"shape\": {\"kind\": \"circle\", \"color\": \"pink\"}}]");
        assertThat(values(statistics, "shape.color")).containsExactlyInAnyOrder(
                "ENUM \"red\"=1 \"blue\"=0 \"pink\"=1(unknown)", "ENUM \"green\"=1");
        assertThat(values(statistics, "shape.kind")).containsExactly("DISCRIMINATOR \"circle\"=2 \"square\"=1");
    }

    @Test
    @DisplayName("an enum inside the object branch of a union of kinds is counted for objects, the string branch's for strings")
    void enumThroughKindBranch() throws Exception {
        String members = "\"properties\": {\"p\": {\"anyOf\": [{\"type\": \"string\", \"enum\": [\"auto\", \"none\"]},"
                + " {\"type\": \"object\", \"properties\": {\"mode\": {\"enum\": [\"fast\", \"slow\"]}}}]}}";
        Statistics statistics = statistics(members,
                "[{\"p\": \"auto\"}, {\"p\": {\"mode\": \"slow\"}}, {\"p\": {\"mode\": \"odd\"}}, {\"p\": \"never\"}]");
        assertThat(values(statistics, "p")).containsExactly("ENUM \"auto\"=1 \"none\"=0 \"never\"=1(unknown)");
        assertThat(values(statistics, "p.mode")).containsExactly("ENUM \"fast\"=0 \"slow\"=1 \"odd\"=1(unknown)");
    }
}
