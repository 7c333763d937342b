package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each keyword's finding: jsoncontract's wording, the value seen, the place. */
class KeywordMessagesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> keywords() {
        return Stream.of(
                Arguments.of("pattern", "{\"pattern\": \"^[A-Z]{2}$\"}", "\"USA\"", "", "pattern", "\"USA\"",
                        "\"USA\" does not match the pattern ^[A-Z]{2}$"),
                Arguments.of("format", "{\"format\": \"email\"}", "\"x\"", "", "format", "\"x\"", "\"x\" is not a valid email"),
                Arguments.of("minLength", "{\"minLength\": 2}", "\"a\"", "", "minLength", "\"a\"",
                        "\"a\" is shorter than 2 characters (1)"),
                Arguments.of("maxLength", "{\"maxLength\": 1}", "\"ab\"", "", "maxLength", "\"ab\"",
                        "\"ab\" is longer than 1 character (2)"),
                Arguments.of("minimum", "{\"minimum\": 5}", "3", "", "minimum", "3", "3 is less than the minimum 5"),
                Arguments.of("maximum", "{\"maximum\": 5}", "7.5", "", "maximum", "7.5", "7.5 is greater than the maximum 5"),
                Arguments.of("exclusiveMinimum", "{\"exclusiveMinimum\": 5}", "5", "", "exclusiveMinimum", "5",
                        "5 is not greater than 5 (exclusiveMinimum)"),
                Arguments.of("exclusiveMaximum", "{\"exclusiveMaximum\": 0.5}", "0.5", "", "exclusiveMaximum", "0.5",
                        "0.5 is not less than 0.5 (exclusiveMaximum)"),
                Arguments.of("multipleOf", "{\"multipleOf\": 0.1}", "0.75", "", "multipleOf", "0.75",
                        "0.75 is not a multiple of 0.1"),
                Arguments.of("minItems", "{\"minItems\": 2}", "[1]", "", "minItems", "[1]", "has 1 item; at least 2 required"),
                Arguments.of("maxItems", "{\"maxItems\": 1}", "[1,2]", "", "maxItems", "[1,2]", "has 2 items; at most 1 allowed"),
                Arguments.of("uniqueItems", "{\"uniqueItems\": true}", "[1,2,1]", "", "uniqueItems", "[1,2,1]",
                        "has equal items at 0 and 2 (1); the items must be unique"),
                Arguments.of("contains", "{\"contains\": {\"type\": \"string\"}}", "[1]", "", "contains", "[1]",
                        "has no item that matches the contains schema"),
                Arguments.of("additionalItems", "{\"items\": [{}], \"additionalItems\": false}", "[1,2,3]", "",
                        "additionalItems", "[1,2,3]", "has 3 items; at most 1 allowed (additionalItems is false)"),
                Arguments.of("minProperties", "{\"minProperties\": 2}", "{\"a\":1}", "", "minProperties", "{\"a\":1}",
                        "has 1 property; at least 2 required"),
                Arguments.of("maxProperties", "{\"maxProperties\": 1}", "{\"a\":1,\"b\":2}", "", "maxProperties",
                        "{\"a\":1,\"b\":2}", "has 2 properties; at most 1 allowed"),
                Arguments.of("propertyNames", "{\"propertyNames\": {\"maxLength\": 1}}", "{\"ab\":1}", "/ab",
                        "propertyNames", "\"ab\"", "the name \"ab\" is longer than 1 character (2)"),
                Arguments.of("propertyNames with an enum", "{\"propertyNames\": {\"enum\": [\"a\"]}}", "{\"b\":1}", "/b",
                        "propertyNames", "\"b\"", "the name \"b\" is not allowed (allowed: a)"),
                Arguments.of("const", "{\"const\": \"call\"}", "\"sms\"", "", "const", "\"sms\"",
                        "\"sms\" is not allowed (must be: call)"),
                Arguments.of("dependencies", "{\"dependencies\": {\"r\": [\"s\"]}}", "{\"r\":1}", "/s", "dependencies",
                        "\"s\"", "is required when r is present, but missing"),
                Arguments.of("not", "{\"not\": {\"type\": \"integer\"}}", "1", "", "not", "1",
                        "1 matches the schema under not, which it must not"),
                Arguments.of("false", "{\"properties\": {\"x\": false}}", "{\"x\":1}", "/x", "false", "1",
                        "is not allowed here (the schema is false)"),
                Arguments.of("type", "{\"type\": \"integer\"}", "1.5", "", "type", "1.5", "expected integer, found number 1.5"),
                Arguments.of("enum", "{\"enum\": [1, \"a\"]}", "2", "", "enum", "2", "2 is not allowed (allowed: 1, a)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keywords")
    @DisplayName("a violated keyword is worded by jsoncontract and keeps the value")
    void keyword(String name, String schema, String value, String at, String keyword, String shown, String message)
            throws Exception {
        // the item schema wraps the case, so each is checked as a property's value, streamed
        ResponseValidator validator = Schemas.validator(dir, "\"properties\": {\"v\": " + schema + "}");
        List<Finding> findings = Schemas.check(validator, "[{\"v\": " + value + "}]").findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/0/v" + at);
            assertThat(f.keyword()).isEqualTo(keyword);
            assertThat(f.value()).isEqualTo(shown);
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.schemaLocation()).startsWith("item.schema.json#/properties/v");
        });
    }

    @Test
    @DisplayName("a violation the translator cannot place is still a failure, in everit's words")
    void neverSilent(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, "\"type\": \"object\"");
        ViolationTranslator translator = new ViolationTranslator(
                new SchemaLocations(Schemas.contract(dir, "\"type\": \"object\"").registry(), null),
                new Discriminator.Cache(), ObjectSchema.builder().build());
        // a "required" violation of a schema that requires nothing: nothing to name, yet everit said no
        ValidationException odd = new ValidationException(ObjectSchema.builder().build(), "required key [k] not found",
                "required", "#/definitions/Gone");
        List<Finding> findings = translator.translate("page-1.json", null, "", odd, JsonBodies.JSON.readTree("{}"),
                new org.json.JSONObject(), "item.schema.json#");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.FAILURE);
            assertThat(f.keyword()).isEqualTo("required");
            assertThat(f.message()).isEqualTo("required key [k] not found");
        });
        assertThat(validator).isNotNull();
    }
}
