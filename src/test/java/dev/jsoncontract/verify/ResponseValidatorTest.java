package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseValidatorTest {

    private static final String CALL = "{\"id\": 7, \"assistant_id\": 2, \"call_status\": \"ended\", \"call_type\": \"webCall\","
            + " \"messages\": [%s]%s}";

    private static String call(String messages, String more) {
        return String.format(java.util.Locale.ROOT, CALL, messages, more);
    }

    private static List<Finding> findings(String body) throws Exception {
        return Schemas.check(Schemas.bundled(), body).findings();
    }

    @Test
    @DisplayName("an enum violation names the value seen and the allowed values in declared order")
    void enumViolation() throws Exception {
        List<Finding> findings = findings("[" + call("", "").replace("\"ended\"", "\"completed\"") + "]");
        assertThat(findings).containsExactly(new Finding("page-1.json", "/0/call_status",
                "bundled:call.schema.json#/properties/call_status", "enum", "\"completed\"",
                List.of("\"queued\"", "\"ringing\"", "\"in-progress\"", "\"forwarding\"", "\"ended\""), Severity.FAILURE,
                "\"completed\" is not allowed (allowed: queued, ringing, in-progress, forwarding, ended)"));
    }

    @Test
    @DisplayName("a nullable enum lists null among the allowed values")
    void nullableEnum() throws Exception {
        List<Finding> findings = findings("[" + call("", ", \"failure_reason\": \"voicemail\"") + "]");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.keyword()).isEqualTo("enum");
            assertThat(f.message()).isEqualTo("\"voicemail\" is not allowed (allowed: declined, escalated,"
                    + " requested-callback, customer-dropped, assistant-ended, opt-out, null)");
        });
    }

    @Test
    @DisplayName("an unknown role is one finding that lists the known roles, not '0 subschemas matched'")
    void unknownRole() throws Exception {
        List<Finding> findings = findings("[" + call("{\"role\": \"assistant\", \"message\": \"hi\"}", "") + "]");
        assertThat(findings).containsExactly(new Finding("page-1.json", "/0/messages/0/role",
                "bundled:call.schema.json#/definitions/Message", "oneOf", "\"assistant\"",
                List.of("\"system\"", "\"user\"", "\"bot\"", "\"tool_calls\"", "\"tool_call_result\""), Severity.FAILURE,
                "\"assistant\" is not a known role (known: system, user, bot, tool_calls, tool_call_result)"));
    }

    @Test
    @DisplayName("a known role with wrong fields is reported against the matching branch only")
    void knownRoleWrongFields() throws Exception {
        List<Finding> findings = findings("[" + call(
                "{\"role\": \"user\", \"message\": 3, \"time\": 1, \"secondsFromStart\": 0}", "") + "]");
        assertThat(findings).extracting(Finding::pointer, Finding::schemaLocation, Finding::keyword, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/0/messages/0/endTime",
                                "bundled:call.schema.json#/definitions/UserMessage", "required", "is required but missing"),
                        org.assertj.core.groups.Tuple.tuple("/0/messages/0/message",
                                "bundled:call.schema.json#/definitions/UserMessage/properties/message", "type",
                                "expected string, found integer 3"));
    }

    @Test
    @DisplayName("a message without the discriminating property says it is missing and lists the roles")
    void missingRole() throws Exception {
        List<Finding> findings = findings("[" + call("{\"message\": \"hi\"}", "") + "]");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/0/messages/0/role");
            assertThat(f.keyword()).isEqualTo("required");
            assertThat(f.message()).isEqualTo("is required but missing (one of: system, user, bot, tool_calls, tool_call_result)");
        });
    }

    @Test
    @DisplayName("a const violation has a message (everit's is empty)")
    void constViolation(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, "\"properties\": {\"kind\": {\"const\": \"call\"}}");
        assertThat(Schemas.check(validator, "[{\"kind\": \"sms\"}]").findings()).singleElement().satisfies(f -> {
            assertThat(f.keyword()).isEqualTo("const");
            assertThat(f.allowed()).containsExactly("\"call\"");
            assertThat(f.message()).isEqualTo("\"sms\" is not allowed (must be: call)");
        });
    }

    @Test
    @DisplayName("a nullable date-time with a bad value gives the format finding, without everit's 'expected: null' leaf")
    void nullableFormat() throws Exception {
        List<Finding> findings = findings("[" + call("", ", \"started_at\": \"yesterday\"") + "]");
        assertThat(findings).containsExactly(new Finding("page-1.json", "/0/started_at",
                "bundled:call.schema.json#/properties/started_at", "format", "\"yesterday\"", List.of(),
                Severity.FAILURE, "\"yesterday\" is not a valid date-time"));
        assertThat(findings("[" + call("", ", \"started_at\": null") + "]")).isEmpty();
    }

    @Test
    @DisplayName("a value of none of a field's types is one type finding with the types in declared order")
    void multiTypeMismatch() throws Exception {
        assertThat(findings("[" + call("", ", \"started_at\": 5") + "]")).singleElement().satisfies(f -> {
            assertThat(f.keyword()).isEqualTo("type");
            assertThat(f.allowed()).containsExactly("string", "null");
            assertThat(f.message()).isEqualTo("expected string or null, found integer 5");
        });
    }

    @Test
    @DisplayName("every missing required property is its own finding, each once")
    void required() throws Exception {
        List<Finding> findings = findings("[{\"id\": 1, \"call_type\": \"webCall\"}]");
        assertThat(findings).extracting(Finding::pointer)
                .containsExactly("/0/assistant_id", "/0/call_status", "/0/messages");
        assertThat(findings).allSatisfy(f -> assertThat(f.keyword()).isEqualTo("required"));
    }

    @Test
    @DisplayName("a body that is an object instead of an array is a finding on the whole body")
    void objectInsteadOfArray() throws Exception {
        assertThat(findings("{\"error\": \"rate limited\"}")).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEmpty();
            assertThat(f.place()).isEqualTo("page-1.json");
            assertThat(f.message()).isEqualTo("expected array, found object");
        });
    }

    @Test
    @DisplayName("additionalProperties false names each extra property")
    void additionalPropertiesFalse(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir,
                "\"type\": \"object\", \"additionalProperties\": false, \"properties\": {\"a\": {}}");
        assertThat(Schemas.check(validator, "[{\"a\": 1, \"c\": 2, \"b\": 3}]").findings())
                .extracting(Finding::pointer, Finding::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/0/b", "additionalProperties"),
                        org.assertj.core.groups.Tuple.tuple("/0/c", "additionalProperties"));
    }

    @Test
    @DisplayName("a oneOf without a discriminator says how many alternatives matched")
    void oneOfWithoutDiscriminator(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, "\"oneOf\": [{\"minimum\": 2}, {\"multipleOf\": 3}]");
        List<Finding> findings = Schemas.check(validator, "[3, 1]").findings();
        assertThat(findings).extracting(Finding::pointer, Finding::keyword, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/0", "oneOf", "matches 2 of the 2 alternatives; exactly one must match"),
                org.assertj.core.groups.Tuple.tuple("/1", "oneOf", "1 matches none of the 2 alternatives"));
    }

    @Test
    @DisplayName("of alternatives that differ by type, only the one of the value's type is reported")
    void alternativeOfTheValuesType(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir,
                "\"anyOf\": [{\"type\": \"integer\"}, {\"type\": \"string\", \"maxLength\": 2}]");
        assertThat(Schemas.check(validator, "[1, \"ab\", \"abc\"]").findings())
                .extracting(Finding::pointer, Finding::keyword).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/2", "maxLength"));
    }

    @Test
    @DisplayName("properties the contract does not describe are drift warnings, or failures in strict mode")
    void drift() throws Exception {
        String body = "[" + call("{\"role\": \"bot\", \"message\": \"hi\", \"time\": 1, \"endTime\": 2,"
                + " \"secondsFromStart\": 0, \"voice\": \"ava\"}", ", \"recording_url\": \"u\", \"analysis\": {\"custom\": {\"free\": 1}}") + "]";
        CheckedBody checked = Schemas.check(Schemas.bundled(), body);
        assertThat(checked.findings()).extracting(Finding::pointer, Finding::keyword, Finding::severity, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/0/messages/0/voice", "drift", Severity.WARNING,
                                "is not described by the contract"),
                        org.assertj.core.groups.Tuple.tuple("/0/recording_url", "drift", Severity.WARNING,
                                "is not described by the contract"));
        assertThat(checked.owners()).containsExactly(
                new Owner("bundled:call.schema.json#/definitions/BotMessage", "bot messages"),
                new Owner("bundled:call.schema.json#", "calls"));
        CheckedBody strict = Schemas.bundled().check("page-1.json", JsonBodies.JSON.readTree(body), true);
        assertThat(strict.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.FAILURE)).hasSize(2);
    }

    @Test
    @DisplayName("patternProperties and a given additionalProperties describe properties: no drift")
    void describedByPatternsOrAdditional(@TempDir Path dir) throws Exception {
        ResponseValidator validator = Schemas.validator(dir, "\"type\": \"object\", \"properties\": {\"a\": {}},"
                + " \"patternProperties\": {\"^x-\": {\"type\": \"string\"}},"
                + " \"definitions\": {\"Open\": {\"properties\": {\"b\": {}}, \"additionalProperties\": {\"type\": \"integer\"}}}");
        assertThat(Schemas.check(validator, "[{\"a\": 1, \"x-trace\": \"t\", \"z\": 1}]").findings())
                .extracting(Finding::pointer).containsExactly("/0/z");
    }

    @Test
    @DisplayName("the instances checked are counted per titled schema, for the denominators")
    void instancesCounted() throws Exception {
        CheckedBody checked = Schemas.check(Schemas.bundled(), "[" + call("{\"role\": \"system\", \"message\": \"m\","
                + " \"time\": 1, \"secondsFromStart\": 0}", "") + ", " + call("", "") + "]");
        assertThat(checked.findings()).isEmpty();
        assertThat(checked.instances()).containsExactly(
                new Owner("bundled:call.schema.json#", "calls"),
                new Owner("bundled:call.schema.json#/definitions/Message", "messages"),
                new Owner("bundled:call.schema.json#/definitions/SystemMessage", "system messages"),
                new Owner("bundled:call.schema.json#", "calls"));
    }

    @Test
    @DisplayName("malformed JSON is a finding naming line and column; an empty body too")
    void brokenBodies() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        CheckedBody malformed = validator.check(new BytesBody("page-3.json",
                "[\n  {\"id\": 1\n   \"assistant_id\": 2}\n]".getBytes(StandardCharsets.UTF_8)), false);
        assertThat(malformed.findings()).singleElement().satisfies(f -> {
            assertThat(f.keyword()).isEqualTo(Finding.KEYWORD_FILE);
            assertThat(f.message()).startsWith("is not valid JSON at line 3, column 4 (Unexpected character");
        });
        CheckedBody empty = validator.check(new BytesBody("page-4.json", new byte[0]), false);
        assertThat(empty.findings()).singleElement().extracting(Finding::message)
                .isEqualTo("is empty; a response body must be a JSON document");
        CheckedBody trailing = validator.check(new BytesBody("page-5.json", "[] []".getBytes(StandardCharsets.UTF_8)), false);
        assertThat(trailing.findings()).singleElement().extracting(Finding::keyword).isEqualTo(Finding.KEYWORD_FILE);
    }

    @Test
    @DisplayName("one validator checks bodies from many threads with the same results")
    void threadSafe() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        String body = "[" + call("{\"role\": \"assistant\"}", ", \"recording_url\": 1").replace("\"ended\"", "\"done\"") + "]";
        List<Finding> expected = Schemas.check(validator, body).findings();
        List<List<Finding>> results = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> Schemas.check(validator, body).findings()).toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        assertThat(expected).hasSize(3);
    }
}
