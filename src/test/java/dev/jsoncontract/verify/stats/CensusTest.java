package dev.jsoncontract.verify.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CensusTest {

    @Test
    @DisplayName("tallies add up; allowed values keep their declared order, unknown ones follow, most frequent first")
    void sums() {
        Census.Builder places = Census.builder();
        Slot status = places.values(Slot.Kind.ENUM, "s#/properties/status", "status", "items",
                List.of(TextNode.valueOf("new"), TextNode.valueOf("done"), NullNode.getInstance()));
        Slot name = places.property("s#/properties/name", "name", "items");
        Census census = places.build();
        Tally first = census.tally();
        first.value(status, TextNode.valueOf("done"));
        first.value(status, TextNode.valueOf("gone"));
        first.value(status, IntNode.valueOf(3));
        first.property(name, Presence.PRESENT);
        Tally second = census.tally();
        second.value(status, TextNode.valueOf("gone"));
        second.value(status, NullNode.getInstance());
        second.property(name, Presence.NULL);
        second.property(name, Presence.ABSENT);
        Census.Totals totals = census.totals();
        totals.add(first);
        totals.add(second);
        totals.add(Census.NONE.tally());
        Statistics statistics = totals.statistics(List.of(new Statistics.SourceCounts("page-1.json", 2, 1, 0, 0)));
        assertThat(statistics.values()).singleElement().satisfies(v -> {
            assertThat(v.counts()).containsExactly(
                    new Statistics.ValueCount("\"new\"", 0, true),
                    new Statistics.ValueCount("\"done\"", 1, true),
                    new Statistics.ValueCount("null", 1, true),
                    new Statistics.ValueCount("\"gone\"", 2, false),
                    new Statistics.ValueCount("3", 1, false));
            assertThat(v.total()).isEqualTo(5);
            assertThat(v.unknown()).isEqualTo(3);
        });
        assertThat(statistics.properties()).containsExactly(new Statistics.PropertyCounts(name, 1, 1, 1));
        assertThat(statistics.sources()).extracting(Statistics.SourceCounts::source).containsExactly("page-1.json");
    }

    @Test
    @DisplayName("at most MAX_UNKNOWN distinct unknown values are kept by name, the rest are counted together; long ones are cut")
    void bounded() {
        Census.Builder places = Census.builder();
        List<JsonNode> allowed = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> allowed.add(TextNode.valueOf("v" + i)));
        Slot slot = places.values(Slot.Kind.ENUM, "s#", "code", "items", allowed);
        Census census = places.build();
        Tally tally = census.tally();
        for (int i = 0; i < 1000; i++) {
            tally.value(slot, TextNode.valueOf("x" + i));
        }
        tally.value(slot, TextNode.valueOf("v11"));
        tally.value(slot, TextNode.valueOf("y".repeat(500)));
        Census.Totals totals = census.totals();
        totals.add(tally);
        Statistics.ValueCounts counts = totals.statistics(List.of()).values().get(0);
        assertThat(counts.counts()).hasSize(12 + Census.MAX_UNKNOWN);
        assertThat(counts.counts().get(11).count()).isEqualTo(1);
        assertThat(counts.otherUnknown()).isEqualTo(1000 + 1 - Census.MAX_UNKNOWN);
        assertThat(counts.total()).isEqualTo(1002);
        Tally longValue = census.tally();
        longValue.value(slot, TextNode.valueOf("y".repeat(500)));
        Census.Totals other = census.totals();
        other.add(longValue);
        assertThat(other.statistics(List.of()).values().get(0).counts().get(12).value())
                .hasSize(Census.MAX_VALUE_LENGTH + 3).endsWith("...");
    }

    @Test
    @DisplayName("a tally of another census is refused")
    void foreign() {
        Census.Builder places = Census.builder();
        places.property("s#/properties/a", "a", "items");
        Census one = places.build();
        Census.Builder others = Census.builder();
        others.property("t#/properties/b", "b", "things");
        Census two = others.build();
        assertThatThrownBy(() -> one.totals().add(two.tally())).isInstanceOf(IllegalArgumentException.class);
    }
}
