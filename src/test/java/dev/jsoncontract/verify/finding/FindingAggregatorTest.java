package dev.jsoncontract.verify.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FindingAggregatorTest {

    private static final Owner CALLS = new Owner("call.schema.json#", "calls");
    private static final List<String> STATUSES = List.of("\"queued\"", "\"ringing\"", "\"in-progress\"", "\"forwarding\"", "\"ended\"");

    private static Finding status(String source, int index, String value) {
        return new Finding(source, "/" + index + "/call_status", "call.schema.json#/properties/call_status", "enum",
                value, STATUSES, Severity.FAILURE, value + " is not allowed (allowed: queued, ringing, in-progress, forwarding, ended)");
    }

    @Test
    @DisplayName("findings are counted per schema location, keyword and value, with the first three examples")
    void groups() {
        FindingAggregator aggregator = new FindingAggregator();
        List<Runnable> adds = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            long bodyIndex = page - 1;
            String source = "page-" + page + ".json";
            for (int i = 0; i < 20; i++) {
                int index = i;
                adds.add(() -> aggregator.instanceChecked(CALLS));
                if (i % 4 == 0 && page > 1) {
                    adds.add(() -> aggregator.add(bodyIndex, status(source, index, "\"completed\""), CALLS));
                }
            }
            adds.add(aggregator::bodyChecked);
        }
        adds.add(() -> aggregator.add(0, status("page-1.json", 12, "\"done\""), CALLS));
        Collections.shuffle(adds, new Random(7));
        adds.forEach(Runnable::run);

        List<FindingGroup> groups = aggregator.groups();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).line()).isEqualTo("call_status: \"completed\" is not allowed (allowed: queued, ringing,"
                + " in-progress, forwarding, ended) in 10 of 60 calls, first at page-2.json#/0/call_status");
        assertThat(groups.get(0).examples())
                .containsExactly("page-2.json#/0/call_status", "page-2.json#/4/call_status", "page-2.json#/8/call_status");
        assertThat(groups.get(1).line()).isEqualTo("call_status: \"done\" is not allowed (allowed: queued, ringing,"
                + " in-progress, forwarding, ended) in 1 of 60 calls, first at page-1.json#/12/call_status");
        assertThat(aggregator.count(Severity.FAILURE)).isEqualTo(11);
        assertThat(aggregator.bodies()).isEqualTo(3);
    }

    @Test
    @DisplayName("a format group spans values; examples order /2 before /10; file problems count against bodies")
    void spanningValuesAndBodies() {
        FindingAggregator aggregator = new FindingAggregator();
        aggregator.bodyChecked();
        aggregator.bodyChecked();
        for (int i : new int[] {10, 2}) {
            aggregator.add(0, new Finding("a.json", "/" + i + "/started_at", "s#/properties/started_at", "format",
                    "\"x" + i + "\"", List.of(), Severity.FAILURE, "\"x" + i + "\" is not a valid date-time"), CALLS);
        }
        aggregator.add(1, Finding.ofFile("b.json", "is empty; a response body must be a JSON document"), Owner.BODY);
        aggregator.add(1, new Finding("b.json", "/0/extra", "s#", Finding.KEYWORD_DRIFT, "\"extra\"", List.of(),
                Severity.WARNING, "is not described by the contract"), CALLS);
        aggregator.instanceChecked(CALLS);
        List<String> lines = aggregator.groups().stream()
                .map(g -> (g.severity() == Severity.WARNING ? "warning: " : "") + g.line()).toList();
        assertThat(lines).containsExactly(
                "response body: is empty; a response body must be a JSON document in 1 of 2 response bodies, first at b.json",
                "started_at: \"x2\" is not a valid date-time in 2 of 2 calls, first at a.json#/2/started_at",
                "warning: extra: is not described by the contract in 1 of 1 calls, first at b.json#/0/extra");
    }

    @Test
    @DisplayName("a field's name drops array indexes: /3/messages/2/role is messages[].role")
    void subjects() {
        assertThat(Finding.subject("/3/messages/2/role")).isEqualTo("messages[].role");
        assertThat(Finding.subject("/12/call_status")).isEqualTo("call_status");
        assertThat(Finding.subject("/0/a~1b")).isEqualTo("a/b");
        assertThat(Finding.subject("/4")).isEqualTo("item");
        assertThat(Finding.subject("")).isEqualTo("response body");
    }

    @Test
    @DisplayName("owners are named after their schema title, in the plural")
    void nouns() {
        assertThat(Owner.titled("x", "Call").noun()).isEqualTo("calls");
        assertThat(Owner.titled("x", "ToolCallResultMessage").noun()).isEqualTo("tool call result messages");
        assertThat(Owner.titled("x", "Analysis").noun()).isEqualTo("analyses");
        assertThat(Owner.titled("x", "Address").noun()).isEqualTo("addresses");
        assertThat(Owner.titled("x", "Policy").noun()).isEqualTo("policies");
        assertThat(Owner.titled("x", "HTTPHeader").noun()).isEqualTo("http headers");
        assertThat(Owner.titled("x", "line_item").noun()).isEqualTo("line items");
    }

    @Test
    @DisplayName("a group that spans values (format, pattern, type) keeps the value its first example shows")
    void firstValueOfASpanningGroup() {
        FindingAggregator aggregator = new FindingAggregator();
        aggregator.bodyChecked();
        aggregator.instanceChecked(CALLS);
        aggregator.instanceChecked(CALLS);
        for (String value : List.of("\"tomorrow\"", "\"yesterday\"")) {
            int index = value.length();
            aggregator.add(0, new Finding("page-1.json", "/" + index + "/started_at", "call.schema.json#/properties/started_at",
                    "format", value, List.of(), Severity.FAILURE, value + " is not a valid date-time"), CALLS);
        }
        assertThat(aggregator.groups()).singleElement().satisfies(group -> {
            assertThat(group.value()).isEmpty();
            assertThat(group.firstValue()).isEqualTo("\"tomorrow\"");
            assertThat(group.message()).isEqualTo("\"tomorrow\" is not a valid date-time");
            assertThat(group.count()).isEqualTo(2);
        });
    }
}
