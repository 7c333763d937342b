package dev.jsoncontract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaLimitsTest {

    static List<String> problems(Path dir, String schema) throws Exception {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, schema);
        SchemaRegistry registry = new SchemaRegistry(dir);
        SchemaFile root = registry.load(file.toUri());
        return SchemaLimits.check(registry, List.of(SchemaNode.root(root))).stream().map(Exception::getMessage).toList();
    }

    static String nestedObjects(int levels) {
        return "{\"type\": \"object\", \"properties\": {\"a\": ".repeat(levels) + "{}" + "}}".repeat(levels);
    }

    static String nestedItems(int levels) {
        return "{\"items\": ".repeat(levels) + "{}" + "}".repeat(levels);
    }

    static String refChain(int length) {
        StringBuilder text = new StringBuilder("{\"$ref\": \"#/definitions/d0\", \"definitions\": {");
        for (int i = 0; i < length; i++) {
            text.append("\"d").append(i).append("\": {\"$ref\": \"#/definitions/d").append(i + 1).append("\"}, ");
        }
        return text.append("\"d").append(length).append("\": {}}}").toString();
    }

    static String nextChain(int objects) {
        StringBuilder text = new StringBuilder("{\"$ref\": \"#/definitions/d0\", \"definitions\": {");
        for (int i = 0; i < objects; i++) {
            text.append("\"d").append(i).append("\": {\"type\": \"object\", \"properties\": {\"next\": {\"$ref\":"
                    + " \"#/definitions/d").append(i + 1).append("\"}}}, ");
        }
        return text.append("\"d").append(objects).append("\": {}}}").toString();
    }

    @Test
    @DisplayName("300 nested inline objects, 450 nested items and 200 objects each next to the next exceed the depth limit, at their place")
    void tooDeep(@TempDir Path dir) throws Exception {
        // 300 levels of objects are 600 levels of JSON: the document's nesting is the second problem
        assertThat(problems(dir, nestedObjects(300))).hasSize(2).element(0).asString()
                .startsWith("deep.json#" + "/properties/a".repeat(129) + ": nests subschemas 129 levels deep"
                        + " (counting each $ref followed), which exceeds the depth limit of 128;");
        assertThat(problems(dir, nestedItems(450))).hasSize(2).element(0).asString()
                .startsWith("deep.json#" + "/items".repeat(129) + ": nests subschemas 129 levels deep");
        assertThat(problems(dir, nextChain(200))).singleElement().asString()
                .contains(": nests subschemas 129 levels deep").contains("exceeds the depth limit of 128");
    }

    @Test
    @DisplayName("a chain of 1,000 $refs is reported where it starts")
    void refChains(@TempDir Path dir) throws Exception {
        assertThat(problems(dir, refChain(1000))).singleElement().asString()
                .isEqualTo("deep.json#: starts a chain of more than 32 $refs, each leading straight to another $ref,"
                        + " which exceeds the $ref chain limit of 32. Point the $ref at the schema it finally means.");
        assertThat(problems(dir, refChain(31))).isEmpty();
    }

    @Test
    @DisplayName("schemas just inside the limits pass")
    void withinLimits(@TempDir Path dir) throws Exception {
        assertThat(problems(dir, nestedObjects(127))).isEmpty();
        assertThat(problems(dir, nestedItems(127))).isEmpty();
        assertThat(problems(dir, nextChain(60))).isEmpty();
    }

    @Test
    @DisplayName("a $ref cycle that never reaches a property or an item is a problem naming the cycle; recursion through a property is fine")
    void cycles(@TempDir Path dir) throws Exception {
        assertThat(problems(dir, "{\"$ref\": \"#\"}")).singleElement().asString()
                .startsWith("deep.json#: is part of a $ref cycle that never reaches a property or an item"
                        + " (deep.json# -> deep.json#), so it would apply to the same value forever");
        assertThat(problems(dir, "{\"$ref\": \"#/definitions/a\", \"definitions\": {\"a\": {\"allOf\": [{\"$ref\":"
                + " \"#/definitions/b\"}]}, \"b\": {\"$ref\": \"#/definitions/a\"}}}")).singleElement().asString()
                .contains("(deep.json#/definitions/a -> deep.json#/definitions/a/allOf/0 -> deep.json#/definitions/b"
                        + " -> deep.json#/definitions/a)");
        assertThat(problems(dir, "{\"type\": \"object\", \"properties\": {\"children\": {\"type\": \"array\","
                + " \"items\": {\"$ref\": \"#\"}}, \"parent\": {\"$ref\": \"#\"}}}")).isEmpty();
    }

    @Test
    @DisplayName("a document nested deeper than 256 levels (in an enum value here) is a problem")
    void deepDocument(@TempDir Path dir) throws Exception {
        String value = "[".repeat(300) + "]".repeat(300);
        assertThat(problems(dir, "{\"enum\": [" + value + "]}")).singleElement().asString()
                .startsWith("deep.json#/enum" + "/0".repeat(255) + ": nests arrays and objects more than 256 levels");
    }

    @Test
    @DisplayName("the bundled contract and every schema of the SchemaStore development corpus are within the limits")
    void corpus() throws Exception {
        assertThat(SchemaLimits.check(ContractLoader.loadBundled().registry(),
                ContractLoader.loadBundled().operations().stream().map(Operation::response).toList())).isEmpty();
        Path corpus = Path.of(System.getProperty("jsoncontract.sharedDir", "../shared"), "corpora/schemastore-dev/schemas");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the corpus is not at " + corpus);
        List<String> problems = new ArrayList<>();
        int schemas = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                SchemaRegistry registry = new SchemaRegistry(corpus);
                SchemaFile root;
                try {
                    root = registry.load(file.toUri());
                } catch (ContractException e) {
                    continue;
                }
                schemas++;
                SchemaLimits.check(registry, List.of(SchemaNode.root(root))).forEach(p -> problems.add(p.getMessage()));
            }
        }
        assertThat(schemas).isGreaterThan(200);
        assertThat(problems).isEmpty();
    }
}
