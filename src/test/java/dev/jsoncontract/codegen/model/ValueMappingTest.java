package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("single values, formats, arrays and maps")
class ValueMappingTest {

    @TempDir
    Path dir;

    /** The record header generated for one object with these properties, all optional. */
    private String header(String properties) {
        String source = Schemas.generate(Schemas.load(dir,
                "{'title': 'V', 'type': 'object', 'properties': {" + properties + "}}")).get("V");
        return source.substring(source.indexOf("public record V("), source.indexOf(") {") + 3);
    }

    @Nested
    @DisplayName("formats and scalar types")
    class Formats {

        @Test
        @DisplayName("date-time, date, uri and uuid map to java.time, URI and UUID; other formats stay String")
        void formats() {
            assertThat(header("""
                    'a': {'type': 'string', 'format': 'date-time'}, 'b': {'type': 'string', 'format': 'date'},
                    'c': {'type': 'string', 'format': 'uri'}, 'd': {'type': 'string', 'format': 'uuid'},
                    'e': {'type': 'string', 'format': 'email'}, 'f': {'type': 'string'}
                    """)).isEqualTo("public record V(OffsetDateTime a, LocalDate b, URI c, UUID d, String e, String f) {");
        }

        @Test
        @DisplayName("integer, number and boolean map to Long, Double and Boolean when optional; const to its type")
        void scalars() {
            assertThat(header("""
                    'i': {'type': 'integer', 'format': 'int32'}, 'n': {'type': 'number'}, 'b': {'type': 'boolean'},
                    'c': {'const': 'fixed'}, 'k': {'const': 3}, 'e': {'enum': [1, 2.5]}
                    """)).isEqualTo("public record V(Long i, Double n, Boolean b, String c, Long k, Double e) {");
        }

        @Test
        @DisplayName("a schema that allows any value maps to JsonNode, exact and round-trippable")
        void any() {
            assertThat(header("'anything': {}, 'described': {'description': 'whatever'}, 'yes': true"))
                    .isEqualTo("public record V(JsonNode anything, JsonNode described, JsonNode yes) {");
        }
    }

    @Nested
    @DisplayName("arrays and maps")
    class ArraysAndMaps {

        @Test
        @DisplayName("an array maps to List of its items, List<JsonNode> without items, nested lists nest")
        void arrays() {
            assertThat(header("""
                    'tags': {'type': 'array', 'items': {'type': 'string'}}, 'any': {'type': 'array'},
                    'grid': {'type': 'array', 'items': {'type': 'array', 'items': {'type': 'integer'}}}
                    """)).isEqualTo("public record V(List<String> tags, List<JsonNode> any, List<List<Long>> grid) {");
        }

        @Test
        @DisplayName("a free-form object maps to Map<String, Object>, additionalProperties {schema} to Map<String, T>")
        void maps() {
            assertThat(header("""
                    'free': {'type': 'object'}, 'open': {'type': 'object', 'additionalProperties': true},
                    'counts': {'type': 'object', 'additionalProperties': {'type': 'integer'}}
                    """)).isEqualTo("public record V(Map<String, Object> free, Map<String, Object> open,"
                    + " Map<String, Long> counts) {");
        }

        @Test
        @DisplayName("inline objects in items and map values get the property name plus Item and Value")
        void inlineElementTypes() {
            var sources = Schemas.generate(Schemas.load(dir, """
                    {'title': 'V', 'type': 'object', 'properties': {
                      'line_items': {'type': 'array', 'items': {'type': 'object', 'properties': {'sku': {'type': 'string'}}}},
                      'by_id': {'type': 'object', 'additionalProperties': {'type': 'object',
                        'properties': {'n': {'type': 'integer'}}}}}}
                    """));

            assertThat(sources).containsOnlyKeys("V", "LineItemsItem", "ByIdValue");
            assertThat(sources.get("V"))
                    .contains("public record V(@JsonProperty(\"line_items\") List<LineItemsItem> lineItems,");
            assertThat(sources.get("V")).contains("@JsonProperty(\"by_id\") Map<String, ByIdValue> byId) {");
        }
    }
}
