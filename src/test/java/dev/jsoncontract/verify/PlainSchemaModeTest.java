package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.contract.SchemaMapping;
import dev.jsoncontract.contract.SchemaSource;
import dev.jsoncontract.verify.report.TextSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify on a contract without operations: every recording is held to a schema of the contract. */
class PlainSchemaModeTest {

    private static final String ORDER = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"title\": \"order\","
            + " \"type\": \"object\", \"required\": [\"id\"], \"properties\": {\"id\": {\"type\": \"integer\"},"
            + " \"customer\": {\"$ref\": \"common/customer.schema.json\"}},"
            + " \"definitions\": {\"Line\": {\"type\": \"object\", \"required\": [\"sku\"], \"properties\": {\"sku\": {\"type\": \"string\"}}}}}";
    private static final String CUSTOMER = "{\"type\": \"object\", \"required\": [\"name\"], \"properties\": {\"name\": {\"type\": \"string\"}}}";

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private Path schemas() throws Exception {
        Path schemas = Files.createDirectories(dir.resolve("schemas/common"));
        Files.writeString(dir.resolve("schemas/order.schema.json"), ORDER);
        Files.writeString(schemas.resolve("customer.schema.json"), CUSTOMER);
        return dir.resolve("schemas");
    }

    private Path recordings(String... bodies) throws Exception {
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(recordings.resolve("event-" + (i + 1) + ".json"), bodies[i]);
        }
        return recordings;
    }

    private VerifyResult verify(Path schema, String pointer, Path recordings) throws VerifyException {
        return new Verifier(log::add, LiveSource.NONE).verify(new VerifyRequest(schema, null, recordings, false, null,
                null, null, 1, null, null, pointer));
    }

    @Test
    @DisplayName("in a folder the one file no other refers to is the root; each recording, an object, is held to it")
    void folderRoot() throws Exception {
        VerifyResult result = verify(schemas(), null, recordings("{\"id\": 1, \"customer\": {\"name\": \"A\"}}",
                "{\"id\": \"2\", \"customer\": {}}"));
        assertThat(result.operation()).isEqualTo("order.schema.json#");
        assertThat(TextSummary.lines(result)).containsExactly(
                "order.schema.json#: 2 contract violations in 1 of 2 response bodies",
                "customer.name: is required but missing in 1 of 2 customer objects, first at event-2.json#/customer/name",
                "id: expected integer, found string \"2\" in 1 of 2 orders, first at event-2.json#/id");
    }

    @Test
    @DisplayName("schemaPointer picks a subschema, with or without the file")
    void pointer() throws Exception {
        Path recordings = recordings("{\"sku\": \"a\"}", "{\"sku\": 5}");
        VerifyResult bare = verify(schemas(), "/definitions/Line", recordings);
        VerifyResult named = verify(schemas(), "order.schema.json#/definitions/Line", recordings);
        assertThat(bare.schemaLocation()).isEqualTo("order.schema.json#/definitions/Line");
        assertThat(bare.failures()).isEqualTo(1);
        assertThat(named.groups()).isEqualTo(bare.groups());
        Files.delete(recordings.resolve("event-2.json"));
        Files.writeString(recordings.resolve("event-1.json"), "{\"name\": 1}");
        assertThat(verify(schemas(), "common/customer.schema.json", recordings).failures()).isEqualTo(1);
    }

    @Test
    @DisplayName("several roots and no pointer: a failure that lists them and says how to pick one")
    void severalRoots() throws Exception {
        Path schemas = schemas();
        Files.writeString(schemas.resolve("refund.schema.json"), "{\"type\": \"object\"}");
        assertThatThrownBy(() -> verify(schemas, null, recordings("{}"))).isInstanceOf(VerifyException.class)
                .hasMessage("The contract has 2 root schemas and no operation, so verify does not know which one the"
                        + " recordings must match: order.schema.json, refund.schema.json. Pick one with"
                        + " -Djsoncontract.schemaPointer=<file> (e.g. order.schema.json), or a part of one with"
                        + " <file>#<JSON Pointer> (e.g. order.schema.json#/definitions/...).");
    }

    @Test
    @DisplayName("a pointer that names nothing, or no file when there are several roots, says what to write")
    void badPointers() throws Exception {
        Path schemas = schemas();
        assertThatThrownBy(() -> verify(schemas, "/definitions/Nope", recordings("{}")))
                .hasMessage("jsoncontract.schemaPointer /definitions/Nope points at no schema in order.schema.json."
                        + " Check the JSON Pointer (such as /definitions/Order).");
        assertThatThrownBy(() -> verify(schemas, "orders.json#/x", recordings("{}")))
                .hasMessage("jsoncontract.schemaPointer orders.json#/x names the file orders.json, which is not one of"
                        + " the contract's schema files (common/customer.schema.json, order.schema.json).");
        Files.writeString(schemas.resolve("refund.schema.json"), "{\"type\": \"object\"}");
        assertThatThrownBy(() -> verify(schemas, "/definitions/Line", recordings("{}")))
                .hasMessageStartingWith("jsoncontract.schemaPointer /definitions/Line names no file and the contract has"
                        + " 2 root schemas (order.schema.json, refund.schema.json).");
    }

    @Test
    @DisplayName("a schema pointer and an operation together are refused; a live call needs an operation")
    void conflicts() throws Exception {
        assertThatThrownBy(() -> new Verifier(log::add, LiveSource.NONE).verify(new VerifyRequest(null, "listCalls",
                recordings("{}"), false, null, null, null, 1, null, null, "/definitions/Call")))
                .hasMessageContaining("both pick the schema");
    }

    @Test
    @DisplayName("a plain array schema streams its recordings element by element, with the same findings")
    void streamsArrays() throws Exception {
        Path schema = dir.resolve("lines.schema.json");
        Files.writeString(schema, "{\"type\": \"array\", \"items\": {\"type\": \"object\", \"required\": [\"sku\"]}}");
        VerifyResult result = verify(schema, null, recordings("[{\"sku\": 1}, {}]", "7"));
        assertThat(TextSummary.lines(result)).containsExactly(
                "lines.schema.json#: 2 contract violations in 2 of 2 response bodies",
                "response body: expected array, found integer 7 in 1 of 2 response bodies, first at event-2.json",
                "sku: is required but missing in 1 of 2 items, first at event-1.json#/1/sku");
    }

    private VerifyResult verify(SchemaSource source, Path recordings) throws VerifyException {
        return new Verifier(log::add, LiveSource.NONE).verify(new VerifyRequest(source.location(), null, recordings,
                false, null, null, null, 1, null, null, null, source));
    }

    @Test
    @DisplayName("includes pick the root as they pick generate's roots; files not included still serve $refs")
    void includesPickTheRoot() throws Exception {
        Path schemas = schemas();
        Files.writeString(schemas.resolve("refund.schema.json"), "{\"type\": \"object\"}");
        Path recordings = recordings("{\"id\": 1, \"customer\": {}}");
        assertThatThrownBy(() -> verify(schemas, null, recordings)).hasMessageContaining("2 root schemas");
        VerifyResult result = verify(new SchemaSource(schemas, List.of("order.*"), List.of(), List.of()), recordings);
        assertThat(result.operation()).isEqualTo("order.schema.json#");
        assertThat(TextSummary.lines(result)).contains(
                "customer.name: is required but missing in 1 of 1 customer objects, first at event-1.json#/customer/name");
        VerifyResult excluded = verify(new SchemaSource(schemas, List.of(), List.of("refund.schema.json"), List.of()),
                recordings);
        assertThat(excluded.operation()).isEqualTo("order.schema.json#");
    }

    @Test
    @DisplayName("a remote $ref is read through schemaMappings, as generate reads it; unmapped, it fails naming the fix")
    void schemaMappings() throws Exception {
        Path schema = dir.resolve("payment.schema.json");
        Files.writeString(schema, "{\"type\": \"object\", \"properties\": {\"amount\":"
                + " {\"$ref\": \"https://schemas.example.com/money.json#/definitions/Money\"}}}");
        Path mapped = Files.createDirectories(dir.resolve("mapped"));
        Files.writeString(mapped.resolve("money.json"), "{\"definitions\": {\"Money\": {\"type\": \"object\","
                + " \"required\": [\"currency\"], \"properties\": {\"currency\": {\"enum\": [\"EUR\", \"USD\"]}}}}}");
        Path recordings = recordings("{\"amount\": {\"currency\": \"EUR\"}}", "{\"amount\": {\"currency\": \"GBP\"}}");
        SchemaSource source = new SchemaSource(schema, List.of(), List.of(),
                List.of(new SchemaMapping("https://schemas.example.com/", mapped)));
        VerifyResult result = verify(source, recordings);
        assertThat(TextSummary.lines(result)).containsExactly(
                "payment.schema.json#: 1 contract violation in 1 of 2 response bodies",
                "amount.currency: \"GBP\" is not allowed (allowed: EUR, USD) in 1 of 2 amount objects, first at"
                        + " event-2.json#/amount/currency");
        assertThatThrownBy(() -> verify(schema, null, recordings)).isInstanceOf(VerifyException.class)
                .hasMessageContaining("https://schemas.example.com/money.json")
                .hasMessageContaining("<schemaMappings><schemaMapping><prefix>https://schemas.example.com/</prefix>");
    }

    @Test
    @DisplayName("a source that names another place than schema is a programming error, not a silent choice")
    void sourceMustMatchSchema() {
        assertThatThrownBy(() -> new VerifyRequest(dir.resolve("a.json"), null, dir, false, null, null, null, 1, null,
                null, null, SchemaSource.of(dir.resolve("b.json")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VerifyRequest(null, null, dir, false, null, null, null, 1).source().isBundled()).isTrue();
    }
}
