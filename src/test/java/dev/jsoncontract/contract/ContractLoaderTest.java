package dev.jsoncontract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractLoaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the bundled call contract describes GET /call with its query and array response")
    void bundledContract() throws ContractException {
        Contract contract = ContractLoader.loadBundled();

        assertThat(contract.roots()).singleElement()
                .satisfies(f -> assertThat(f.displayName()).isEqualTo("bundled:call.schema.json"));
        Api api = contract.apis().get(0);
        assertThat(api.client()).isEqualTo("Calls");
        assertThat(api.baseUrl()).hasToString("https://api.clarionhealth.com/v1");
        assertThat(api.auth().bearer()).isTrue();
        assertThat(api.auth().tokenEnvironmentVariable()).isEqualTo("CLARION_API_TOKEN");
        Operation list = contract.operation("listCalls").orElseThrow();
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/call");
        assertThat(list.query().node().at("/properties/limit/maximum").asInt()).isEqualTo(1000);
        assertThat(list.response().pointer()).isEqualTo("/x-jsoncontract/operations/listCalls/response/schema");
        assertThat(list.response().node().get("type").asText()).isEqualTo("array");
        assertThat(list.redact()).contains("/*/transcript", "/*/messages/*/message");
    }

    @Test
    @DisplayName("the bundled contract is the file in schemas/, byte for byte")
    void bundledIsTheRepositorySchema() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream(
                ContractLoader.BUNDLED_RESOURCE_FOLDER + ContractLoader.BUNDLED_SCHEMA)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("schemas/call.schema.json")));
        }
    }

    @Test
    @DisplayName("$ref resolves to definitions, to the root, and to a sibling file")
    void resolvesReferences() throws Exception {
        Files.writeString(dir.resolve("common.json"), """
                {"definitions": {"Id": {"type": "integer"}}}""");
        Files.writeString(dir.resolve("thing.json"), """
                {"$id": "https://example.com/thing.json", "type": "object",
                 "properties": {"id": {"$ref": "common.json#/definitions/Id"}, "self": {"$ref": "#"}}}""");

        Contract contract = ContractLoader.load(dir.resolve("thing.json"));
        SchemaNode root = SchemaNode.root(contract.roots().get(0));
        SchemaNode id = contract.registry().resolve(root.child("properties").child("id"));
        SchemaNode self = contract.registry().resolve(root.child("properties").child("self"));

        assertThat(id.file().displayName()).isEqualTo("common.json");
        assertThat(id.pointer()).isEqualTo("/definitions/Id");
        assertThat(id.node().get("type").asText()).isEqualTo("integer");
        assertThat(self.node()).isSameAs(root.node());
    }

    @Test
    @DisplayName("a $ref to nothing names the file, the pointer and the missing target")
    void danglingReference() throws Exception {
        Files.writeString(dir.resolve("thing.json"), """
                {"properties": {"a": {"$ref": "#/definitions/Nope"}}}""");
        Contract contract = ContractLoader.load(dir.resolve("thing.json"));
        SchemaNode a = SchemaNode.root(contract.roots().get(0)).child("properties").child("a");

        assertThatThrownBy(() -> contract.registry().resolve(a))
                .isInstanceOf(ContractException.class)
                .hasMessage("thing.json#/properties/a/$ref: \"#/definitions/Nope\" points at nothing:"
                        + " thing.json has no /definitions/Nope. Check the name in the reference.");
    }

    @Test
    @DisplayName("malformed JSON names the file, line and column")
    void malformedSchema() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\n  \"type\": \"object\",\n  \"properties\": {\n}\n");

        assertThatThrownBy(() -> ContractLoader.load(dir.resolve("bad.json")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("bad.json#: is not valid JSON at line 5, column 1:");
    }

    @Test
    @DisplayName("a folder loads every *.json in sorted order")
    void folder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.json"), "{}");
        Files.writeString(dir.resolve("sub/a.json"), "{}");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not a schema");

        Contract contract = ContractLoader.load(dir);

        assertThat(contract.roots()).extracting(SchemaFile::displayName)
                .containsExactly("a.json", "b.json", "sub/a.json");
        assertThat(contract.apis()).isEmpty();
    }

    @Test
    @DisplayName("a missing schema says what to do")
    void missing() {
        assertThatThrownBy(() -> ContractLoader.load(dir.resolve("nope.json")))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining("nope.json#: does not exist. Point the schema parameter");
    }
}
