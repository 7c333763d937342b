package dev.jsoncontract.verify.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode example() throws IOException {
        try (InputStream in = RedactorTest.class.getResourceAsStream("calls.json")) {
            return Recorder.parse(in.readAllBytes());
        }
    }

    /** The bundled call contract, loaded by everit directly (not through jsoncontract's code). */
    static Schema everitCallSchema() throws IOException {
        try (InputStream in = RedactorTest.class.getClassLoader()
                .getResourceAsStream(ContractLoader.BUNDLED_RESOURCE_FOLDER + ContractLoader.BUNDLED_SCHEMA)) {
            JSONObject raw = new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return SchemaLoader.builder().schemaJson(raw).draftV7Support().build().load().build();
        }
    }

    static List<String> violations(Schema call, JsonNode body) {
        List<String> out = new ArrayList<>();
        JSONArray calls = new JSONArray(body.toString());
        for (int i = 0; i < calls.length(); i++) {
            try {
                call.validate(calls.get(i));
            } catch (ValidationException e) {
                e.getAllMessages().forEach(m -> out.add("/" + m));
            }
        }
        return out;
    }

    @Test
    @DisplayName("the bundled example redacted with the call contract's patterns still validates, and every redacted value is gone")
    void redactedExampleStillValidates() throws Exception {
        Operation listCalls = ContractLoader.loadBundled().operation("listCalls").orElseThrow();
        JsonNode original = example();
        JsonNode body = original.deepCopy();
        Schema call = everitCallSchema();
        assertThat(violations(call, original)).as("the example is valid to start with").isEmpty();

        Redactor.Result result = Redactor.redact(body, listCalls, new SchemaRegistry(null));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.redacted()).containsExactly(
                "/0/transcript", "/0/summary",
                "/0/source_number", "/1/source_number",
                "/0/destination_number",
                "/0/messages/0/message", "/0/messages/1/message", "/0/messages/2/message", "/0/messages/3/message",
                "/0/messages/2/originalMessage",
                "/0/messages/4/result",
                "/0/messages/3/toolCalls/0/function/arguments");
        assertThat(violations(call, body)).isEmpty();
        String text = body.toString();
        for (String pointer : result.redacted()) {
            String secret = original.at(pointer).textValue();
            assertThat(text).as("%s is gone", pointer).doesNotContain(secret);
            assertThat(body.at(pointer).textValue()).isEqualTo("[redacted]");
        }
        assertThat(text).doesNotContain("+1415555");
        // null stays null, absent stays absent, other values stay
        assertThat(body.at("/1/transcript").isNull()).isTrue();
        assertThat(body.at("/1/summary").isNull()).isTrue();
        assertThat(body.get(1).has("destination_number")).isFalse();
        assertThat(body.at("/0/messages/4/name").textValue()).isEqualTo("findAppointment");
        assertThat(body.at("/0/call_status").textValue()).isEqualTo("ended");
    }

    @Test
    @DisplayName("every page of the demo project's recordings, redacted, still validates and keeps no redacted value")
    void demoRecordings() throws Exception {
        Operation listCalls = ContractLoader.loadBundled().operation("listCalls").orElseThrow();
        Schema call = everitCallSchema();
        int redacted = 0;
        for (String page : List.of("page-1.json", "page-2.json", "page-3.json")) {
            JsonNode original = Recorder.parse(Files.readAllBytes(Path.of("demo/src/test/resources/recordings", page)));
            JsonNode body = original.deepCopy();

            Redactor.Result result = Redactor.redact(body, listCalls, new SchemaRegistry(null));

            assertThat(result.warnings()).isEmpty();
            assertThat(violations(call, body)).as(page).isEmpty();
            for (String pointer : result.redacted()) {
                assertThat(body.at(pointer).textValue()).as("%s%s", page, pointer).isEqualTo("[redacted]");
                if (original.at(pointer).textValue().length() > 12) {
                    assertThat(body.toString()).as("%s%s", page, pointer).doesNotContain(original.at(pointer).textValue());
                }
            }
            redacted += result.redacted().size();
        }
        assertThat(redacted).as("values redacted over the three pages").isGreaterThan(100);
    }

    private static JsonNode redact(String schema, String instance, String... patterns) throws Exception {
        return redactResult(schema, instance, patterns).body;
    }

    private record Redacted(JsonNode body, Redactor.Result result) {
    }

    private static Redacted redactResult(String schema, String instance, String... patterns) throws Exception {
        SchemaFile file = new SchemaFile("test.json", URI.create("file:///test.json"), null, JSON.readTree(schema));
        JsonNode body = Recorder.parse(instance.getBytes(StandardCharsets.UTF_8));
        Redactor.Result result = Redactor.redact(body, SchemaNode.root(file), List.of(patterns), new SchemaRegistry(null));
        return new Redacted(body, result);
    }

    @Test
    @DisplayName("a string with a format becomes a valid value of that format")
    void formats() throws Exception {
        JsonNode body = redact("""
                {"type": "object", "properties": {
                  "at": {"type": "string", "format": "date-time"},
                  "day": {"type": "string", "format": "date"},
                  "mail": {"type": "string", "format": "email"},
                  "id": {"type": "string", "format": "uuid"},
                  "link": {"type": "string", "format": "uri"}}}""",
                """
                {"at": "2026-03-02T09:14:05Z", "day": "1961-05-04", "mail": "maria@example.com",
                 "id": "5b0f8e8a-1f7e-4a55-9f61-3a5b8f0e9a11", "link": "https://example.com/maria"}""",
                "/at", "/day", "/mail", "/id", "/link");
        assertThat(body.toString()).isEqualTo("{\"at\":\"1970-01-01T00:00:00Z\",\"day\":\"1970-01-01\","
                + "\"mail\":\"redacted@example.invalid\",\"id\":\"00000000-0000-0000-0000-000000000000\","
                + "\"link\":\"urn:redacted\"}");
    }

    @Test
    @DisplayName("an enum value becomes the first allowed value, a const keeps its value")
    void enumAndConst() throws Exception {
        JsonNode body = redact("""
                {"type": "object", "properties": {
                  "status": {"type": ["string", "null"], "enum": [null, "queued", "ended"]},
                  "kind": {"const": "user"}}}""",
                "{\"status\": \"ended\", \"kind\": \"user\"}", "/status", "/kind");
        assertThat(body.toString()).isEqualTo("{\"status\":\"queued\",\"kind\":\"user\"}");
    }

    @Test
    @DisplayName("string lengths and patterns are respected")
    void lengthsAndPatterns() throws Exception {
        JsonNode body = redact("""
                {"type": "object", "properties": {
                  "short": {"type": "string", "maxLength": 3},
                  "long": {"type": "string", "minLength": 12},
                  "digits": {"type": "string", "pattern": "^[0-9]+$"}}}""",
                "{\"short\": \"MJ\", \"long\": \"Maria Jensen Smith\", \"digits\": \"19610504\"}",
                "/short", "/long", "/digits");
        assertThat(body.toString()).isEqualTo("{\"short\":\"***\",\"long\":\"[redacted]**\",\"digits\":\"0\"}");
    }

    @Test
    @DisplayName("a pattern no placeholder matches still replaces the value and says so")
    void impossiblePattern() throws Exception {
        Redacted redacted = redactResult("""
                {"type": "object", "properties": {"code": {"type": "string", "pattern": "^Q[0-9]{3}$"}}}""",
                "{\"code\": \"Q123\"}", "/code");
        assertThat(redacted.body().toString()).isEqualTo("{\"code\":\"[redacted]\"}");
        assertThat(redacted.result().warnings()).containsExactly("the placeholder \"[redacted]\" for /code does not"
                + " match the pattern(s) [^Q[0-9]{3}$] of the contract; the value is replaced all the same. Edit the"
                + " recording if verify reports it.");
    }

    @Test
    @DisplayName("numbers become 0 moved into their bounds and onto multipleOf; booleans become false")
    void numbers() throws Exception {
        JsonNode body = redact("""
                {"type": "object", "properties": {
                  "plain": {"type": "number"},
                  "age": {"type": "integer", "minimum": 18, "maximum": 120},
                  "score": {"type": "integer", "exclusiveMinimum": 5, "multipleOf": 5},
                  "debt": {"type": "number", "maximum": -2.5},
                  "ratio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
                  "flag": {"type": "boolean"}}}""",
                "{\"plain\": 12.5, \"age\": 64, \"score\": 35, \"debt\": -100, \"ratio\": 0.25, \"flag\": true}",
                "/plain", "/age", "/score", "/debt", "/ratio", "/flag");
        assertThat(body.toString())
                .isEqualTo("{\"plain\":0,\"age\":18,\"score\":10,\"debt\":-2.5,\"ratio\":0.5,\"flag\":false}");
    }

    @Test
    @DisplayName("a selected object keeps its shape and every value in it is replaced")
    void wholeObject() throws Exception {
        JsonNode body = redact("""
                {"type": "object", "properties": {"patient": {"type": "object", "required": ["name", "born"],
                  "properties": {"name": {"type": "string"}, "born": {"type": "string", "format": "date"},
                    "phones": {"type": "array", "items": {"type": "string"}}}}}}""",
                "{\"patient\": {\"name\": \"Maria Jensen\", \"born\": \"1961-05-04\", \"phones\": [\"+1415\", null]}}",
                "/patient");
        assertThat(body.toString()).isEqualTo("{\"patient\":{\"name\":\"[redacted]\",\"born\":\"1970-01-01\","
                + "\"phones\":[\"[redacted]\",null]}}");
    }

    @Test
    @DisplayName("of a oneOf, the branch whose discriminator matches gives the placeholder's schema")
    void oneOfDiscriminator() throws Exception {
        JsonNode body = redact("""
                {"type": "array", "items": {"$ref": "#/definitions/Event"},
                 "definitions": {
                  "Event": {"oneOf": [{"$ref": "#/definitions/Note"}, {"$ref": "#/definitions/Visit"}]},
                  "Note": {"type": "object", "properties": {"kind": {"const": "note"}, "text": {"type": "string"}}},
                  "Visit": {"type": "object", "properties": {"kind": {"enum": ["visit"]},
                    "text": {"type": "string", "format": "date-time"}}}}}""",
                "[{\"kind\": \"note\", \"text\": \"Maria\"}, {\"kind\": \"visit\", \"text\": \"2026-03-09T10:30:00Z\"},"
                        + " {\"kind\": \"unknown\", \"text\": \"Jensen\"}]",
                "/*/text");
        assertThat(body.toString()).isEqualTo("[{\"kind\":\"note\",\"text\":\"[redacted]\"},"
                + "{\"kind\":\"visit\",\"text\":\"1970-01-01T00:00:00Z\"},{\"kind\":\"unknown\",\"text\":\"[redacted]\"}]");
    }

    @Test
    @DisplayName("patterns follow numeric indexes, escaped names and additionalProperties; misses change nothing")
    void pointers() throws Exception {
        Redacted redacted = redactResult("""
                {"type": "object", "properties": {"a/b": {"type": "array", "items": {"type": "string"}}},
                 "additionalProperties": {"type": "string", "format": "date"}}""",
                "{\"a/b\": [\"x1\", \"x2\"], \"other\": \"2026-01-01\", \"n\": null}",
                "/a~1b/1", "/other", "/missing/deeper", "/a~1b/7", "/n");
        assertThat(redacted.body().toString()).isEqualTo("{\"a/b\":[\"x1\",\"[redacted]\"],\"other\":\"1970-01-01\",\"n\":null}");
        assertThat(redacted.result().redacted()).containsExactly("/a~1b/1", "/other");
    }

    @Test
    @DisplayName("a cross-file $ref is followed from the schema's own location")
    void crossFileReference(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("common.json"), """
                {"definitions": {"When": {"type": "string", "format": "date-time"}}}""");
        Path main = folder.resolve("main.json");
        Files.writeString(main, """
                {"type": "object", "properties": {"at": {"$ref": "common.json#/definitions/When"}}}""");
        SchemaRegistry registry = new SchemaRegistry(folder);
        SchemaFile file = registry.load(main.toUri());
        JsonNode body = Recorder.parse("{\"at\": \"2026-03-02T09:14:05Z\"}".getBytes(StandardCharsets.UTF_8));
        Redactor.redact(body, SchemaNode.root(file), List.of("/at"), new SchemaRegistry(null));
        assertThat(body.toString()).isEqualTo("{\"at\":\"1970-01-01T00:00:00Z\"}");
    }
}
