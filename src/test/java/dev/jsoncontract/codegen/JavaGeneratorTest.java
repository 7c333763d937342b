package dev.jsoncontract.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.codegen.model.ModelGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaGeneratorTest {

    @TempDir
    Path dir;

    private Contract load(Map<String, String> files) throws IOException, ContractException {
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue().replace('\'', '"'));
        }
        return ContractLoader.load(dir);
    }

    /** A user's own contract: two files, $ref between them, keyword-named fields, a nested oneOf. */
    private static final Map<String, String> USER_CONTRACT = Map.of(
            "order.schema.json", """
                    {'title': 'Order', 'type': 'object', 'required': ['id', 'class', 'lines'], 'properties': {
                      'id': {'type': 'string', 'format': 'uuid'},
                      'class': {'type': 'string'},
                      'default': {'type': ['boolean', 'null']},
                      'lines': {'type': 'array', 'items': {'$ref': 'common/line.json'}},
                      'placed-at': {'type': 'string', 'format': 'date-time'}}}
                    """,
            "common/line.json", """
                    {'title': 'Line', 'type': 'object', 'required': ['payment'], 'properties': {
                      'qty': {'type': 'integer'},
                      'payment': {'oneOf': [
                        {'title': 'Card', 'type': 'object', 'required': ['type', 'last4'],
                         'properties': {'type': {'const': 'card'}, 'last4': {'type': 'string'}}},
                        {'title': 'Cash', 'type': 'object', 'required': ['type'],
                         'properties': {'type': {'const': 'cash'}, 'change': {'type': 'number'}}}]}}}
                    """);

    @Test
    @DisplayName("a user's multi-file contract generates sorted files that compile under -Xlint:all -Werror")
    void userContract() throws Exception {
        List<JavaFile> files = JavaGenerator.generate(load(USER_CONTRACT), "com.example.orders");

        assertThat(files).extracting(f -> f.packageName() + "." + f.typeSpec().name()).containsExactly(
                "com.example.orders.Card", "com.example.orders.Cash", "com.example.orders.Line",
                "com.example.orders.Order", "com.example.orders.Payment", "com.example.orders.UnknownPayment");
        assertThat(files.get(3).toString()).contains("public record Order(UUID id, @JsonProperty(\"class\") String class_,");
        ClassLoader loader = InMemoryCompiler.compile(files);
        assertThat(loader.loadClass("com.example.orders.Payment").isSealed()).isTrue();
    }

    private static String api(String client) {
        return "{'client': '" + client + "', 'baseUrl': 'https://example.test', 'operations': {'list" + client
                + "': {'method': 'GET', 'path': '/x', 'response': {'schema': {'type': 'array', 'items': {'$ref': '#'}}}}}}";
    }

    @Test
    @DisplayName("clients are named around the model and around each other: two APIs, no file overwritten")
    void twoApis() throws Exception {
        Contract contract = load(Map.of(
                "calls.schema.json", "{'title': 'Call', 'type': 'object', 'properties': {'id': {'type': 'integer'}},"
                        + " 'x-jsoncontract': " + api("Calls") + "}",
                "users.schema.json", "{'title': 'ApiException', 'type': 'object', 'properties': {'id': {'type': 'integer'}},"
                        + " 'x-jsoncontract': " + api("Users") + "}"));

        List<JavaFile> files = JavaGenerator.generate(contract, "p");

        assertThat(files).extracting(f -> f.typeSpec().name()).containsExactly("ApiException", "Call",
                "CallsApiException", "CallsClient", "UsersApiException", "UsersClient");
        assertThat(files.get(0).toString()).contains("public record ApiException(Long id) {");
        InMemoryCompiler.compile(files);
    }

    @Test
    @DisplayName("an inline response schema that only the client reaches still becomes a model type")
    void inlineResponseType() throws Exception {
        Contract contract = load(Map.of("things.schema.json", """
                {'title': 'Thing', 'type': 'object', 'properties': {'id': {'type': 'integer'}},
                 'x-jsoncontract': {'client': 'Things', 'baseUrl': 'https://example.test', 'operations': {
                   'listThings': {'method': 'GET', 'path': '/things', 'response': {'schema': {'type': 'array',
                     'items': {'type': 'object', 'properties': {'name': {'type': 'string'}}}}}}}}}
                """));

        List<JavaFile> files = JavaGenerator.generate(contract, "p");

        assertThat(files).extracting(f -> f.typeSpec().name())
                .containsExactly("ApiException", "ListThingsResponseItem", "Thing", "ThingsClient");
        assertThat(files.get(1).toString())
                .startsWith("// Generated by jsoncontract from things.schema.json. Do not edit.\n")
                .contains("public record ListThingsResponseItem(String name) {");
        InMemoryCompiler.compile(files);
    }

    @Test
    @DisplayName("the file comment names a schema outside the schema folder by its file name, never an absolute path")
    void noAbsolutePaths() throws Exception {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Files.writeString(shared.resolve("money.json"),
                "{\"type\": \"object\", \"properties\": {\"cents\": {\"type\": \"integer\"}}}");
        Path main = dir.resolve("main");
        Files.createDirectories(main);
        Files.writeString(main.resolve("price.schema.json"),
                "{\"type\": \"object\", \"properties\": {\"amount\": {\"$ref\": \"../shared/money.json\"}}}");

        List<JavaFile> files = JavaGenerator.generate(ContractLoader.load(main.resolve("price.schema.json")), "p");

        assertThat(files).extracting(f -> f.typeSpec().name()).containsExactly("Money", "Price");
        assertThat(files.get(0).toString()).startsWith("// Generated by jsoncontract from money.json. Do not edit.\n")
                .doesNotContain(dir.toString());
        assertThat(files.get(1).toString()).startsWith("// Generated by jsoncontract from price.schema.json.");
    }

    @Test
    @DisplayName("every problem is reported in one GenerationException, sorted, with file and pointer")
    void generationException() throws Exception {
        Contract contract = load(Map.of(
                "b.schema.json", "{'type': 'object', 'properties': {'x': {'$ref': '#/definitions/Gone'},"
                        + " 'y': {'allOf': [{'type': 'string'}, {'type': 'integer'}]}}}",
                "a.schema.json", "{'type': 'object', 'properties': {'n': {'type': 'text'}}}"));

        assertThatThrownBy(() -> JavaGenerator.generate(contract, "p"))
                .isInstanceOf(GenerationException.class)
                .hasMessage("""
                        The contract cannot be turned into Java (3 problems):
                          a.schema.json#/properties/n/type: "text" is not a JSON Schema type; use one of [array, \
                        boolean, integer, null, number, object, string].
                          b.schema.json#/properties/x/$ref: "#/definitions/Gone" points at nothing: b.schema.json \
                        has no /definitions/Gone. Check the name in the reference.
                          b.schema.json#/properties/y: allows no value: string (b.schema.json#/properties/y/allOf/0) \
                        and integer (b.schema.json#/properties/y/allOf/1) contradict each other. Fix one of them so \
                        that the schemas combined here (allOf, or the keywords beside oneOf/anyOf) describe the same \
                        kind of value.""")
                .extracting(e -> ((GenerationException) e).problems().size()).isEqualTo(3);
    }

    @Test
    @DisplayName("a package name that is not Java is refused with what to do")
    void packageName() throws Exception {
        Contract contract = load(USER_CONTRACT);

        assertThatThrownBy(() -> JavaGenerator.generate(contract, "com.class.x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"com.class.x\" is not a Java package name; use dot-separated identifiers that are"
                        + " not keywords, e.g. example.calls.");
    }

    @Test
    @DisplayName("the type mapper gives the client List<Call> for the call response and primitives when required")
    void typeMapperForTheClient() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        ModelGenerator model = new ModelGenerator(contract.registry(), "example.calls");
        model.addRoots(contract.roots());
        SchemaNode response = contract.operation("listCalls").orElseThrow().response();
        SchemaNode limit = contract.operation("listCalls").orElseThrow().query().child("properties").child("limit");

        assertThat(model.map(response, true)).hasToString("java.util.List<example.calls.Call>");
        assertThat(model.map(limit, true)).isEqualTo(TypeName.LONG);
        assertThat(model.map(limit, false)).isEqualTo(TypeName.LONG.box());
        assertThat(model.errors()).isEmpty();
        assertThat(model.files()).hasSize(13);
    }

    @Test
    @DisplayName("the type mapper throws the problem of a schema it cannot map, and keeps it")
    void typeMapperError() throws Exception {
        Contract contract = load(Map.of("t.schema.json", "{'type': 'object', 'x-bad': {'type': ['string', 'integr']}}"));
        ModelGenerator model = new ModelGenerator(contract.registry(), "p");
        model.addRoots(contract.roots());
        SchemaNode bad = SchemaNode.root(contract.roots().get(0)).child("x-bad");

        assertThatThrownBy(() -> model.map(bad, true))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("t.schema.json#/x-bad/type/1: \"integr\" is not a JSON Schema type");
        assertThat(model.errors()).hasSize(1);
    }
}
