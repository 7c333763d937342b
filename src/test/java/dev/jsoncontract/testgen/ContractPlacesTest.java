package dev.jsoncontract.testgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.testgen.Place.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The contract table derived from a response schema")
class ContractPlacesTest {

    @TempDir
    Path dir;

    private List<Place> derive(String schema) throws Exception {
        Path file = dir.resolve("thing.schema.json");
        Files.writeString(file, schema.replace('\'', '"'));
        Contract contract = ContractLoader.load(file);
        return ContractPlaces.derive(new dev.jsoncontract.contract.model.ContractModel(contract.registry()), SchemaNode.root(contract.roots().get(0)));
    }

    private static String row(Place place) {
        return place.pattern() + " " + place.kind() + (place.nullable() ? " nullable" : "")
                + (place.required().isEmpty() ? "" : " required=" + place.required())
                + (place.properties().isEmpty() ? "" : " properties=" + place.properties())
                + (place.discriminator() == null ? "" : " by " + place.discriminator())
                + (place.values().isEmpty() ? "" : " values=" + place.values())
                + (place.label() == null ? "" : " label=" + place.label())
                + (place.same() == null ? "" : " same as " + place.same());
    }

    @Test
    @DisplayName("the call contract's response: an array of calls, nullability, enums, formats and the message union")
    void callContract() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        List<String> rows = ContractPlaces.derive(new dev.jsoncontract.contract.model.ContractModel(contract.registry()), contract.operations().get(0).response())
                .stream().map(ContractPlacesTest::row).toList();

        assertThat(rows).startsWith(
                " ARRAY",
                "/* OBJECT required=[id, assistant_id, call_status, call_type, messages] properties=[id, assistant_id,"
                        + " started_at, ended_at, call_status, ended_reason, transcript, source_number,"
                        + " destination_number, call_type, messages, duration_ms, analysis, summary, outcome,"
                        + " failure_reason]",
                "/*/id INTEGER",
                "/*/assistant_id INTEGER",
                "/*/started_at DATE_TIME nullable");
        assertThat(rows).contains(
                "/*/call_status ENUM values=[queued, ringing, in-progress, forwarding, ended] label=call_status",
                "/*/messages ARRAY",
                "/*/messages/* UNION by role values=[system, user, bot, tool_calls, tool_call_result]"
                        + " label=messages[].role",
                "/*/messages/*{role=user}/isFiltered BOOLEAN",
                "/*/messages/*{role=user}/detectedThreats/* STRING",
                "/*/analysis/custom ANY",
                "/*/failure_reason ENUM nullable values=[declined, escalated, requested-callback, customer-dropped,"
                        + " assistant-ended, opt-out] label=failure_reason");
    }

    @Test
    @DisplayName("a schema reached again through $ref is a SAME row, so recursion ends")
    void recursion() throws Exception {
        List<String> rows = derive("""
                {'type': 'object', 'properties': {
                  'name': {'type': 'string'},
                  'children': {'type': 'array', 'items': {'$ref': '#'}},
                  'parent': {'oneOf': [{'$ref': '#'}, {'type': 'null'}]}}}
                """).stream().map(ContractPlacesTest::row).toList();

        assertThat(rows).containsExactly(
                " OBJECT properties=[name, children, parent]",
                "/name STRING",
                "/children ARRAY",
                "/children/* SAME same as ",
                "/parent SAME nullable same as ");
    }

    @Test
    @DisplayName("maps, consts, numeric enums, dates and UUIDs get their own kinds")
    void kinds() throws Exception {
        List<String> rows = derive("""
                {'type': 'object', 'required': ['scores'], 'properties': {
                  'scores': {'type': 'object', 'additionalProperties': {'type': 'number'}},
                  'version': {'const': 2},
                  'level': {'enum': [1, 2.5, null]},
                  'day': {'type': 'string', 'format': 'date'},
                  'key': {'type': ['string', 'null'], 'format': 'uuid'},
                  'kind': {'const': 'thing'},
                  'either': {'type': ['string', 'integer']}}}
                """).stream().map(ContractPlacesTest::row).toList();

        assertThat(rows).containsExactly(
                " OBJECT required=[scores] properties=[scores, version, level, day, key, kind, either]",
                "/scores MAP",
                "/scores/* NUMBER",
                "/version INTEGER",
                "/level NUMBER nullable",
                "/day DATE",
                "/key UUID nullable",
                "/kind ENUM values=[thing] label=kind",
                "/either KINDS values=[string, integer]",
                "/either{kind=string} STRING",
                "/either{kind=integer} INTEGER");
    }

    @Test
    @DisplayName("coverage labels read like field paths: [] for arrays, the branch in brackets")
    void labels() {
        assertThat(ContractPlaces.label("")).isEqualTo("response body");
        assertThat(ContractPlaces.label("/*")).isEqualTo("item");
        assertThat(ContractPlaces.label("/*/call_status")).isEqualTo("call_status");
        assertThat(ContractPlaces.label("/*/messages/*")).isEqualTo("messages[]");
        assertThat(ContractPlaces.label("/*/messages/*{role=user}/kind")).isEqualTo("messages[role=user].kind");
        assertThat(ContractPlaces.label("/a~1b/c")).isEqualTo("a/b.c");
        assertThat(Place.value("/x", Kind.ENUM, false).counted()).isFalse();
    }
}
