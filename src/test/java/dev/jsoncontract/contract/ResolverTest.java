package dev.jsoncontract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the one resolver: $id, relative ids, anchors, schema mappings, includes, drafts")
class ResolverTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.replace('\'', '"'), StandardCharsets.UTF_8);
        return file;
    }

    private static SchemaNode at(Contract contract, String file, String pointer) {
        SchemaFile document = contract.registry().files().stream()
                .filter(f -> f.displayName().equals(file)).findFirst().orElseThrow();
        SchemaNode node = SchemaNode.root(document);
        for (String token : pointer.substring(1).split("/")) {
            node = node.node().isArray() ? node.child(Integer.parseInt(token)) : node.child(SchemaNode.unescape(token));
        }
        return node;
    }

    @Test
    @DisplayName("the webhook layout: a relative $id names a file in another folder, wherever it lies")
    void relativeIds() throws Exception {
        write("common/user.schema.json", "{'$id': 'common/user.schema.json', 'type': 'object', 'title': 'User'}");
        write("discussion/created.schema.json", """
                {'$id': 'discussion$created', 'type': 'object',
                 'properties': {'sender': {'$ref': 'common/user.schema.json'}}}""");

        Contract contract = ContractLoader.load(dir);
        SchemaNode target = contract.registry().resolve(at(contract, "discussion/created.schema.json", "/properties/sender"));

        assertThat(target.location()).isEqualTo("common/user.schema.json#");
    }

    @Test
    @DisplayName("an absolute $id: a relative $ref finds the document declaring the resolved URI, else the file beside")
    void absoluteIds() throws Exception {
        write("orders/order.json", """
                {'$id': 'https://example.com/schemas/order.json',
                 'properties': {'customer': {'$ref': 'customer.json#/definitions/Id'}, 'line': {'$ref': 'line.json'}}}""");
        write("elsewhere/customer.json", "{'$id': 'https://example.com/schemas/customer.json', 'definitions': {'Id': {'type': 'integer'}}}");
        write("orders/line.json", "{'type': 'object'}");

        Contract contract = ContractLoader.load(dir);

        assertThat(contract.registry().resolve(at(contract, "orders/order.json", "/properties/customer")).location())
                .isEqualTo("elsewhere/customer.json#/definitions/Id");
        assertThat(contract.registry().resolve(at(contract, "orders/order.json", "/properties/line")).location())
                .isEqualTo("orders/line.json#");
    }

    @Test
    @DisplayName("a nested $id changes the base of what it holds; \"$id\": \"#name\" is an anchor")
    void nestedIdsAndAnchors() throws Exception {
        write("a.json", """
                {'$id': 'http://example.com/root.json',
                 'definitions': {
                   'A': {'$id': '#foo', 'type': 'integer'},
                   'B': {'$id': 'other.json', 'definitions': {'X': {'$id': '#bar', 'type': 'string'}},
                         'properties': {'x': {'$ref': '#bar'}, 'up': {'$ref': 'root.json#foo'}}}},
                 'properties': {'a': {'$ref': '#foo'}, 'b': {'$ref': 'other.json#/definitions/X'}}}""");

        Contract contract = ContractLoader.load(dir.resolve("a.json"));
        SchemaRegistry registry = contract.registry();

        assertThat(registry.resolve(at(contract, "a.json", "/properties/a")).pointer()).isEqualTo("/definitions/A");
        assertThat(registry.resolve(at(contract, "a.json", "/properties/b")).pointer()).isEqualTo("/definitions/B/definitions/X");
        assertThat(registry.resolve(at(contract, "a.json", "/definitions/B/properties/x")).pointer())
                .isEqualTo("/definitions/B/definitions/X");
        assertThat(registry.resolve(at(contract, "a.json", "/definitions/B/properties/up")).pointer()).isEqualTo("/definitions/A");
    }

    @Test
    @DisplayName("a remote $ref is read from the folder a schema mapping gives (several folders tried in order, .json added)")
    void schemaMappings() throws Exception {
        write("main.json", """
                {'$id': 'https://json.schemastore.org/main.json',
                 'properties': {'p': {'$ref': 'base.json#/definitions/path'}, 'q': {'$ref': 'https://json.schemastore.org/extra#/definitions/x'}}}""");
        write("store/base.json", "{'definitions': {'path': {'type': 'string'}}}");
        write("more/extra.json", "{'definitions': {'x': {'type': 'integer'}}}");
        SchemaSource source = new SchemaSource(dir.resolve("main.json"), List.of(), List.of(), List.of(
                new SchemaMapping("https://json.schemastore.org/", dir.resolve("store")),
                new SchemaMapping("https://json.schemastore.org/", dir.resolve("more"))));

        Contract contract = ContractLoader.load(source);

        assertThat(contract.registry().resolve(at(contract, "main.json", "/properties/p")).location())
                .isEqualTo("store/base.json#/definitions/path");
        assertThat(contract.registry().resolve(at(contract, "main.json", "/properties/q")).location())
                .isEqualTo("more/extra.json#/definitions/x");
    }

    @Test
    @DisplayName("an unmapped remote $ref is an error that shows the schemaMappings to write")
    void unmappedRemote() throws Exception {
        write("main.json", "{'properties': {'p': {'$ref': 'https://example.org/schemas/thing.json'}}}");
        Contract contract = ContractLoader.load(dir.resolve("main.json"));

        assertThatThrownBy(() -> contract.registry().resolve(at(contract, "main.json", "/properties/p")))
                .isInstanceOf(ContractException.class)
                .hasMessage("main.json#/properties/p/$ref: \"https://example.org/schemas/thing.json\" refers to the"
                        + " remote document https://example.org/schemas/thing.json; jsoncontract never fetches schemas"
                        + " from the network. Save it in a folder of the project and map the URL to it:"
                        + " <schemaMappings><schemaMapping><prefix>https://example.org/schemas/</prefix><directory>"
                        + "${project.basedir}/src/main/jsonschema/...</directory></schemaMapping></schemaMappings>.");
    }

    @Test
    @DisplayName("includes and excludes select the roots; files not selected still serve references")
    void includesAndExcludes() throws Exception {
        write("issues/opened.schema.json", "{'properties': {'user': {'$ref': '../common/user.json'}}}");
        write("issues/closed.schema.json", "{'type': 'object'}");
        write("issues/draft.schema.json", "{'type': 'object'}");
        write("common/user.json", "{'type': 'object'}");
        SchemaSource source = new SchemaSource(dir, List.of("issues/*.schema.json"), List.of("**/draft.*"), List.of());

        Contract contract = ContractLoader.load(source);

        assertThat(contract.roots()).extracting(SchemaFile::displayName)
                .containsExactly("issues/closed.schema.json", "issues/opened.schema.json");
        assertThat(contract.registry().resolve(at(contract, "issues/opened.schema.json", "/properties/user")).location())
                .isEqualTo("common/user.json#");
    }

    @Test
    @DisplayName("draft-04 documents are read with id; 2019-09 and 2020-12 are refused with what to do")
    void drafts() throws Exception {
        write("old.json", """
                {'$schema': 'http://json-schema.org/draft-04/schema#', 'id': 'http://example.com/old.json',
                 'properties': {'a': {'$ref': 'http://example.com/old.json#/definitions/A'}}, 'definitions': {'A': {}}}""");
        write("new.json", "{'$schema': 'https://json-schema.org/draft/2020-12/schema', 'type': 'object'}");

        Contract old = ContractLoader.load(dir.resolve("old.json"));
        assertThat(old.registry().resolve(at(old, "old.json", "/properties/a")).pointer()).isEqualTo("/definitions/A");
        assertThatThrownBy(() -> ContractLoader.load(dir.resolve("new.json")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("new.json#/$schema: declares https://json-schema.org/draft/2020-12/schema,"
                        + " a JSON Schema version jsoncontract does not read");
    }

    @Test
    @DisplayName("content after a schema's JSON value is refused with line and column")
    void trailingContent() throws Exception {
        write("two.json", "{'type': 'object'} {}");

        assertThatThrownBy(() -> ContractLoader.load(dir.resolve("two.json")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("two.json#: is not valid JSON at line 1, column 20");
    }

    @Test
    @DisplayName("a $ref to a named pipe or a folder is refused before it is opened, naming the file, within seconds")
    void specialFilesAreNotOpened() throws Exception {
        write("root.json", "{'properties': {'a': {'$ref': 'pipe.json'}, 'b': {'$ref': 'folder.json'}}}");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createDirectories(dir.resolve("folder.json"));
        Contract contract = ContractLoader.load(dir.resolve("root.json"));

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> contract.registry().resolve(at(contract, "root.json", "/properties/a")))
                    .isInstanceOf(ContractException.class)
                    .hasMessage("root.json#/properties/a/$ref: \"pipe.json\" refers to pipe.json, which is not a"
                            + " regular file but a named pipe, socket or device. A schema and every $ref must name a"
                            + " schema file.");
            assertThatThrownBy(() -> contract.registry().resolve(at(contract, "root.json", "/properties/b")))
                    .hasMessageStartingWith("root.json#/properties/b/$ref: \"folder.json\" refers to folder.json, which is"
                            + " not a regular file but a folder.");
        });
    }

    @Test
    @DisplayName("a schema document over 64 MiB is refused by its size before it is read")
    void hugeDocument() throws Exception {
        write("root.json", "{'$ref': 'huge.json'}");
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(dir.resolve("huge.json").toFile(), "rw")) {
            huge.setLength(SchemaRegistry.MAX_DOCUMENT_BYTES + 1024 * 1024); // sparse: no disk used
        }
        Contract contract = ContractLoader.load(dir.resolve("root.json"));
        assertThatThrownBy(() -> contract.registry().resolve(SchemaNode.root(contract.roots().get(0))))
                .hasMessageContaining("refers to huge.json, which is 65 MiB, more than the 64 MiB a schema document"
                        + " may have.");
    }
}
