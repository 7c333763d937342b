package dev.jsoncontract.verify.accept;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.verify.JsonBodies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corners where everit's behaviour is its own (number classes, {@code BigDecimal} scale, code points,
 * pattern search, bounds): the fast path gives everit's verdict, which each case states too, so a
 * change in either shows up here.
 */
class EveritSemanticsTest {

    /** A oneOf of two object branches with a required const {@code k}: "a" and the placeholder. */
    private static final String TAGGED = "{\"oneOf\":["
            + "{\"type\":\"object\",\"required\":[\"k\"],\"properties\":{\"k\":{\"const\":\"a\"}}},"
            + "{\"type\":\"object\",\"required\":[\"k\"],\"properties\":{\"k\":{\"const\":\"%s\"},"
            + "\"x\":{\"type\":\"integer\"}}}]}";

    static Stream<Arguments> cases() {
        return Stream.of(
                // integer: what toOrgJson turns into Integer, Long or BigInteger; 1.0 and 1e2 are not integers
                Arguments.of("{\"type\":\"integer\"}", "1", true),
                Arguments.of("{\"type\":\"integer\"}", "1.0", false),
                Arguments.of("{\"type\":\"integer\"}", "1e2", false),
                Arguments.of("{\"type\":\"integer\"}", "123456789012345678901234567890", true),
                Arguments.of("{\"type\":\"number\",\"maximum\":9007199254740993}", "9007199254740993", true),
                Arguments.of("{\"type\":\"number\",\"maximum\":9007199254740993}", "9007199254740994", false),
                Arguments.of("{\"exclusiveMinimum\":0}", "0.0", false),
                Arguments.of("{\"exclusiveMinimum\":0}", "\"not a number\"", true),
                Arguments.of("{\"multipleOf\":0.01}", "19.99", true),
                Arguments.of("{\"multipleOf\":0.01}", "19.999", false),
                // const and enum: 1 equals 1.0 across number classes
                Arguments.of("{\"const\":1}", "1.0", true),
                Arguments.of("{\"enum\":[1, \"a\", null]}", "1.0", true),
                Arguments.of("{\"enum\":[1, \"a\", null]}", "null", true),
                Arguments.of("{\"enum\":[\"a\"]}", "null", false),
                // ... but two numbers of the same class compare with equals(): an enum decimal is loaded as
                // a BigDecimal, so 1.0 and 1.00 differ; a const decimal is not, so 1.5 and 1.50 match
                Arguments.of("{\"enum\":[1.0]}", "1.00", false),
                Arguments.of("{\"const\":1.5}", "1.50", true),
                Arguments.of("{\"const\":1.5}", "1.5", true),
                Arguments.of("{\"const\":{\"a\":[1,2]}}", "{\"a\":[1,2]}", true),
                Arguments.of("{\"const\":{\"a\":[1,2]}}", "{\"a\":[1,2,3]}", false),
                Arguments.of("{\"uniqueItems\":true}", "[1, 1.0]", false),
                Arguments.of("{\"uniqueItems\":true}", "[{\"a\":1}, {\"a\":2}]", true),
                // lengths count code points; patterns search (find); date-time is parsed SMART (Feb 30 passes), with an upper-case Z only
                Arguments.of("{\"maxLength\":1}", "\"\\ud83d\\ude00\"", true),
                Arguments.of("{\"minLength\":2}", "\"\\ud83d\\ude00\"", false),
                Arguments.of("{\"pattern\":\"b+\"}", "\"abbc\"", true),
                Arguments.of("{\"pattern\":\"^b+$\"}", "\"abbc\"", false),
                Arguments.of("{\"format\":\"date-time\"}", "\"2026-02-30T10:00:00Z\"", true),
                Arguments.of("{\"format\":\"date-time\"}", "\"2026-11-02T14:00:00z\"", false),
                Arguments.of("{\"format\":\"date-time\"}", "\"2026-11-02 14:00:00Z\"", false),
                Arguments.of("{\"format\":\"email\"}", "\"a@b\"", false),
                // objects and arrays
                Arguments.of("{\"additionalProperties\":false,\"patternProperties\":{\"^x-\":{\"type\":\"string\"}}}",
                        "{\"x-a\":\"s\"}", true),
                Arguments.of("{\"additionalProperties\":false,\"patternProperties\":{\"^x-\":{\"type\":\"string\"}}}",
                        "{\"y\":\"s\"}", false),
                Arguments.of("{\"propertyNames\":{\"maxLength\":2}}", "{\"abc\":1}", false),
                Arguments.of("{\"dependencies\":{\"a\":[\"b\"],\"c\":{\"required\":[\"d\"]}}}", "{\"a\":1,\"b\":2}", true),
                Arguments.of("{\"dependencies\":{\"a\":[\"b\"],\"c\":{\"required\":[\"d\"]}}}", "{\"c\":1}", false),
                Arguments.of("{\"items\":[{\"type\":\"string\"}],\"additionalItems\":false}", "[\"a\"]", true),
                Arguments.of("{\"items\":[{\"type\":\"string\"}],\"additionalItems\":false}", "[\"a\", 1]", false),
                Arguments.of("{\"contains\":{\"const\":2},\"maxItems\":3}", "[1,2,3]", true),
                Arguments.of("{\"contains\":{\"const\":2}}", "[]", false),
                Arguments.of("{\"if\":{\"required\":[\"a\"]},\"then\":{\"required\":[\"b\"]}}", "{\"a\":1}", false),
                Arguments.of("{\"if\":{\"required\":[\"a\"]},\"else\":{\"required\":[\"b\"]}}", "{\"a\":1}", true),
                Arguments.of("{\"not\":{\"type\":\"null\"}}", "null", false),
                Arguments.of("{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":0}]}", "1", false),
                Arguments.of("{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":0}]}", "1.5", true),
                Arguments.of("{\"anyOf\":[false]}", "1", false),
                // oneOf told apart by a required string const (the fast path picks the branch by it)
                Arguments.of(TAGGED.formatted("b"), "{\"k\":\"b\",\"x\":1}", true),
                Arguments.of(TAGGED.formatted("b"), "{\"k\":\"b\",\"x\":\"1\"}", false),
                Arguments.of(TAGGED.formatted("b"), "{\"k\":\"a\",\"x\":\"1\"}", true),
                Arguments.of(TAGGED.formatted("b"), "{\"k\":\"c\"}", false),
                Arguments.of(TAGGED.formatted("b"), "{\"k\":1}", false),
                Arguments.of(TAGGED.formatted("b"), "{\"x\":1}", false),
                Arguments.of(TAGGED.formatted("b"), "[]", false),
                Arguments.of(TAGGED.formatted("a"), "{\"k\":\"a\",\"x\":1}", false),
                Arguments.of("{\"type\":[\"string\",\"null\"],\"enum\":[\"a\",null]}", "null", true),
                Arguments.of("{\"type\":[\"string\",\"null\"],\"enum\":[\"a\",null]}", "\"b\"", false));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("cases")
    void fastPathGivesEveritsVerdict(String schemaJson, String data, boolean valid) throws Exception {
        Schema schema = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(schemaJson)).build().load()
                .build();
        JsonNode value = JsonBodies.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
        assertThat(Authority.of(schema, value)).as("everit").isEqualTo(valid ? Authority.ACCEPTS : Authority.REJECTS);
        assertThat(FastAccept.compile(schema).accepts(value)).as("fast path").isEqualTo(valid);
    }
}
