package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.contract.Contract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The constructs published schemas use (allOf, untagged unions, unions of kinds, patternProperties,
 * tuples, null and false) map to compiling Java types that read and write values exactly.
 */
@DisplayName("mapping what published schemas use")
class RealSchemaMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @TempDir
    Path dir;

    private Map<String, String> generate(String schema) {
        return Schemas.generate(Schemas.load(dir, schema));
    }

    private static String header(String source, String name) {
        assertThat(source).as("the source of " + name).isNotNull();
        int start = source.indexOf("public record " + name + "(");
        return source.substring(start, source.indexOf(") ", start) + 1);
    }

    /** Compiles the model strictly, reads {@code json} as {@code type} and writes it back. */
    private String roundTrip(String schema, String type, String json) throws Exception {
        Contract contract = Schemas.load(dir, schema);
        ModelGenerator generator = Schemas.mapped(contract);
        assertThat(generator.errors()).isEmpty();
        ClassLoader loader = InMemoryCompiler.compile(generator.files());
        Class<?> target = loader.loadClass(Schemas.PACKAGE + "." + type);
        Object value = JSON.readValue(json.replace('\'', '"'), target);
        return JSON.writeValueAsString(value);
    }

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Nested
    @DisplayName("allOf")
    class AllOf {

        @Test
        @DisplayName("branches merge into one record: properties and required united, $refs followed")
        void merges() {
            Map<String, String> sources = generate("""
                    {'definitions': {
                       'Base': {'type': 'object', 'required': ['id'], 'properties': {'id': {'type': 'integer'}}},
                       'Order': {'allOf': [{'$ref': '#/definitions/Base'},
                                           {'type': 'object', 'required': ['total'],
                                            'properties': {'total': {'type': 'number'}, 'note': {'type': 'string'}}}]}}}
                    """);
            assertThat(header(sources.get("Order"), "Order")).isEqualTo("public record Order(long id, double total, String note)");
        }

        @Test
        @DisplayName("a branch that only narrows a named type (required, const, enum) reuses that type")
        void narrowingReuses() {
            Map<String, String> sources = generate("""
                    {'type': 'object', 'properties': {'created': {'$ref': '#/definitions/Created'}},
                     'definitions': {
                       'Event': {'type': 'object', 'properties': {'action': {'type': 'string'}, 'id': {'type': 'integer'}}},
                       'Created': {'allOf': [{'$ref': '#/definitions/Event'},
                                             {'required': ['action'], 'properties': {'action': {'const': 'created'}}}]}}}
                    """);
            assertThat(sources).doesNotContainKey("Created");
            assertThat(header(sources.get("Test"), "Test")).isEqualTo("public record Test(Event created)");
        }

        @Test
        @DisplayName("a property in several branches gets the intersection of its schemas")
        void propertyIntersection() {
            Map<String, String> sources = generate("""
                    {'title': 'T', 'allOf': [
                      {'properties': {'when': {'type': 'string'}, 'n': {'type': 'number'}}},
                      {'properties': {'when': {'format': 'date-time'}, 'n': {'type': 'integer'}}, 'required': ['n']}]}
                    """);
            assertThat(header(sources.get("T"), "T")).isEqualTo("public record T(OffsetDateTime when, long n)");
        }

        @Test
        @DisplayName("branches that contradict each other are an error naming both places")
        void contradiction() {
            List<String> errors = Schemas.errors(Schemas.load(dir, """
                    {'type': 'object', 'properties': {'v': {'allOf': [{'type': 'string'}, {'type': 'integer'}]}}}
                    """));
            assertThat(errors).containsExactly("test.schema.json#/properties/v: allows no value: string"
                    + " (test.schema.json#/properties/v/allOf/0) and integer (test.schema.json#/properties/v/allOf/1)"
                    + " contradict each other. Fix one of them so that the schemas combined here (allOf, or the"
                    + " keywords beside oneOf/anyOf) describe the same kind of value.");
        }
    }

    @Nested
    @DisplayName("unions of objects")
    class ObjectUnions {

        @Test
        @DisplayName("oneOf beside properties: the common properties go into every branch")
        void commonProperties() throws Exception {
            String schema = """
                    {'title': 'Shape', 'type': 'object', 'properties': {'color': {'type': 'string'}},
                     'oneOf': [
                       {'title': 'Circle', 'required': ['kind', 'r'], 'properties': {'kind': {'const': 'circle'}, 'r': {'type': 'number'}}},
                       {'title': 'Square', 'required': ['kind', 'side'], 'properties': {'kind': {'const': 'square'}, 'side': {'type': 'number'}}}]}
                    """;
            Map<String, String> sources = generate(schema);
            assertThat(header(sources.get("Circle"), "Circle")).isEqualTo("public record Circle(String color, String kind, double r)");
            assertThat(sources.get("Shape")).contains("public sealed interface Shape permits Circle, Square, UnknownShape");
            assertThat(tree(roundTrip(schema, "Shape", "{'color': 'red', 'kind': 'square', 'side': 2.0}")))
                    .isEqualTo(tree("{'color': 'red', 'kind': 'square', 'side': 2.0}"));
        }

        @Test
        @DisplayName("without a tag, branches that each require a property of their own are told apart by it")
        void deduction() throws Exception {
            String schema = """
                    {'title': 'Source', 'oneOf': [
                      {'title': 'FromUrl', 'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string'}, 'depth': {'type': 'integer'}}},
                      {'title': 'FromPath', 'type': 'object', 'required': ['path'], 'properties': {'path': {'type': 'string'}}}]}
                    """;
            Map<String, String> sources = generate(schema);
            assertThat(sources.get("Source")).contains("use = JsonTypeInfo.Id.DEDUCTION", "defaultImpl = UnknownSource.class");
            ClassLoader loader = InMemoryCompiler.compile(Schemas.mapped(Schemas.load(dir, schema)).files());
            // deduction resolves the branch by class name, so Jackson must see the compiled classes
            ObjectMapper json = JSON.copy().setTypeFactory(JSON.getTypeFactory().withClassLoader(loader));
            Object fromPath = json.readValue("{\"path\": \"/tmp\"}", loader.loadClass(Schemas.PACKAGE + ".Source"));
            assertThat(fromPath.getClass().getSimpleName()).isEqualTo("FromPath");
            Object neither = json.readValue("{\"other\": 1}", loader.loadClass(Schemas.PACKAGE + ".Source"));
            assertThat(neither.getClass().getSimpleName()).isEqualTo("UnknownSource");
            assertThat(JSON.writeValueAsString(neither)).isEqualTo("{\"other\":1}");
        }

        @Test
        @DisplayName("branches that cannot be told apart merge into one record, named as a loosening unless they declare the same properties")
        void merged() {
            Contract same = Schemas.load(dir, """
                    {'title': 'Contact', 'type': 'object', 'properties': {'email': {'type': 'string'}, 'phone': {'type': 'string'}},
                     'anyOf': [{'required': ['email']}, {'required': ['phone']}]}
                    """);
            ModelGenerator generator = Schemas.mapped(same);
            assertThat(header(Schemas.sources(generator.files()).get("Contact"), "Contact"))
                    .isEqualTo("public record Contact(String email, String phone)");
            assertThat(generator.warnings()).isEmpty();
        }

        @Test
        @DisplayName("in a merged union a property some branches leave free reads every value they allow")
        void mergedKeepsWhatOtherBranchesAllow() throws Exception {
            String schema = """
                    {'title': 'Doc', 'oneOf': [
                      {'type': 'object', 'properties': {'kind': {'const': 'signature'}, 'hmac': {'type': 'string'}}},
                      {'type': 'object', 'properties': {'load': {'type': 'string'}}},
                      {'type': 'object', 'additionalProperties': false,
                       'properties': {'name': {'type': 'string'}, 'level': {'type': 'integer'}}}]}
                    """;
            String header = header(generate(schema).get("Doc"), "Doc");
            // kind: the first branch's const, or any string (the second branch says nothing of it)
            assertThat(header).isEqualTo("public record Doc(String kind, String hmac, String load, String name, Long level)");
            assertThat(roundTrip(schema, "Doc", "{'kind': 'template', 'load': 'x.star'}"))
                    .isEqualTo("{\"kind\":\"template\",\"load\":\"x.star\"}");
        }
    }

    @Nested
    @DisplayName("unions of kinds")
    class KindUnions {

        @Test
        @DisplayName("keywords of one kind beside a union, without type, constrain that kind only: the other branches stay")
        void keywordsBesideUnion() throws Exception {
            String schema = """
                    {'title': 'Template', 'type': 'object', 'properties': {
                      'shortName': {'minLength': 1, 'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]},
                      'ids': {'minLength': 1, 'oneOf': [{'type': 'array', 'items': {'type': 'integer'}}]}}}
                    """;
            Map<String, String> sources = generate(schema);
            assertThat(header(sources.get("Template"), "Template")).isEqualTo("public record Template(ShortName shortName, List<Long> ids)");
            assertThat(sources.get("ShortName")).contains("permits ShortName.StringValue, ShortName.ArrayValue");
            assertThat(roundTrip(schema, "Template", "{'shortName': ['gitignore', '.gitignore'], 'ids': [1]}"))
                    .isEqualTo("{\"shortName\":[\"gitignore\",\".gitignore\"],\"ids\":[1]}");
        }

        @Test
        @DisplayName("string | string[] is a sealed interface read by the JSON token and written back identically")
        void stringOrList() throws Exception {
            String schema = """
                    {'title': 'Config', 'type': 'object', 'properties': {
                      'extends': {'oneOf': [{'type': 'string'}, {'type': 'array', 'items': {'type': 'string'}}]}}}
                    """;
            Map<String, String> sources = generate(schema);
            assertThat(sources.get("Extends")).contains("public sealed interface Extends permits Extends.StringValue, Extends.ArrayValue");
            assertThat(roundTrip(schema, "Config", "{'extends': 'base'}")).isEqualTo("{\"extends\":\"base\"}");
            assertThat(roundTrip(schema, "Config", "{'extends': ['a', 'b']}")).isEqualTo("{\"extends\":[\"a\",\"b\"]}");
        }

        @Test
        @DisplayName("type arrays, boolean | object, integer | date-time and enums mixing kinds")
        void kinds() throws Exception {
            String schema = """
                    {'title': 'K', 'type': 'object', 'properties': {
                      'multi': {'type': ['integer', 'string']},
                      'flag': {'anyOf': [{'type': 'boolean'}, {'title': 'Options', 'type': 'object', 'properties': {'level': {'type': 'integer'}}}]},
                      'when': {'oneOf': [{'type': 'integer'}, {'type': 'string', 'format': 'date-time'}]},
                      'mode': {'enum': ['auto', 0, true, null]},
                      'weight': {'oneOf': [{'type': 'string'}, {'type': 'integer'}, {'type': 'number'}]}}}
                    """;
            String json = "{'multi': 'x', 'flag': {'level': 2}, 'when': '2026-01-01T00:00:00Z', 'mode': 0}";
            assertThat(tree(roundTrip(schema, "K", json))).isEqualTo(tree(json));
            assertThat(tree(roundTrip(schema, "K", "{'multi': 7, 'flag': true, 'when': 12, 'mode': 'auto'}")))
                    .isEqualTo(tree("{'multi': 7, 'flag': true, 'when': 12, 'mode': 'auto'}"));
            assertThat(roundTrip(schema, "K", "{'mode': null}")).isEqualTo("{}");
            assertThat(roundTrip(schema, "K", "{'weight': 500}")).isEqualTo("{\"weight\":500}");
            assertThat(roundTrip(schema, "K", "{'weight': 0.5}")).isEqualTo("{\"weight\":0.5}");
            assertThat(roundTrip(schema, "K", "{'weight': 'bold'}")).isEqualTo("{\"weight\":\"bold\"}");
        }
    }

    @Nested
    @DisplayName("maps, tuples, null and false")
    class Others {

        @Test
        @DisplayName("patternProperties: Map<String, T>; several patterns: Map of their union")
        void patternProperties() {
            Map<String, String> sources = generate("""
                    {'title': 'P', 'type': 'object', 'properties': {
                      'env': {'type': 'object', 'patternProperties': {'^[A-Z_]+$': {'type': 'string'}}},
                      'mixed': {'type': 'object', 'patternProperties': {'^s': {'type': 'string'}, '^n': {'type': 'integer'}}}}}
                    """);
            assertThat(header(sources.get("P"), "P")).isEqualTo("public record P(Map<String, String> env, Map<String, MixedValue> mixed)");
        }

        @Test
        @DisplayName("tuple items: a record read from and written as a JSON array")
        void tuple() throws Exception {
            String schema = """
                    {'title': 'Pair', 'type': 'array', 'items': [{'type': 'string'}, {'type': 'integer'}]}
                    """;
            assertThat(header(generate(schema).get("Pair"), "Pair")).isEqualTo("public record Pair(String item0, Long item1)");
            assertThat(roundTrip(schema, "Pair", "['a', 2]")).isEqualTo("[\"a\",2]");
        }

        @Test
        @DisplayName("a shorter array is written back as short as it was read; a null the schema allows stays")
        void shortTuples() throws Exception {
            String pair = """
                    {'title': 'Pair', 'type': 'array', 'items': [{'type': 'string'}, {'type': 'integer'}], 'additionalItems': false}
                    """;
            assertThat(roundTrip(pair, "Pair", "['a']")).isEqualTo("[\"a\"]");
            assertThat(roundTrip(pair, "Pair", "[]")).isEqualTo("[]");
            String one = """
                    {'title': 'One', 'type': 'array', 'items': [{'type': 'string'}], 'additionalItems': false}
                    """;
            assertThat(roundTrip(one, "One", "['x']")).isEqualTo("[\"x\"]");
            String nullable = """
                    {'title': 'Opt', 'type': 'array', 'items': [{'type': 'string'}, {'type': ['integer', 'null']}], 'additionalItems': false}
                    """;
            assertThat(roundTrip(nullable, "Opt", "['a', null]")).isEqualTo("[\"a\",null]");
            String any = """
                    {'title': 'Anything', 'type': 'array', 'items': [{'type': 'string'}, {}], 'additionalItems': false}
                    """;
            assertThat(roundTrip(any, "Anything", "['a', null]")).isEqualTo("[\"a\",null]");
            assertThat(roundTrip(any, "Anything", "['a']")).isEqualTo("[\"a\"]");
        }

        @Test
        @DisplayName("without type, keywords that say nothing imply no kind: {additionalProperties: true} is any value")
        void vacuousKeywords() throws Exception {
            String schema = """
                    {'title': 'V', 'type': 'object', 'properties': {
                      'inputs': {'type': 'object', 'patternProperties': {'.*': {'additionalProperties': true}}},
                      'options': {'properties': {'a': {'type': 'string'}}}}}
                    """;
            assertThat(header(generate(schema).get("V"), "V")).isEqualTo("public record V(Map<String, Object> inputs, Options options)");
            String json = "{'inputs': {'dir': '$SOURCE_DIR', 'opts': {'x': 1}}, 'options': {'a': 'b'}}";
            assertThat(roundTrip(schema, "V", json)).isEqualTo(json.replace('\'', '"').replace(" ", ""));
        }

        @Test
        @DisplayName("a tuple is a record when no element may follow; without additionalItems that is named as a loosening")
        void closedAndUnsaidTuples() {
            ModelGenerator generator = Schemas.mapped(Schemas.load(dir, """
                    {'title': 'T', 'type': 'object', 'properties': {
                      'closed': {'type': 'array', 'items': [{'type': 'string'}], 'additionalItems': false},
                      'bounded': {'type': 'array', 'items': [{'type': 'string'}, {'type': 'string'}], 'maxItems': 2},
                      'unsaid': {'type': 'array', 'items': [{'type': 'string'}]}}}
                    """));
            Map<String, String> sources = Schemas.sources(generator.files());
            assertThat(header(sources.get("T"), "T")).isEqualTo("public record T(Closed closed, Bounded bounded, Unsaid unsaid)");
            assertThat(generator.warnings()).containsExactly("test.schema.json#/properties/unsaid: is a tuple without"
                    + " \"additionalItems\": false, so an array may hold more than its 1 described elements; the record"
                    + " keeps those 1 (add \"additionalItems\": false, or a schema for the further elements to get a list)");
        }

        @Test
        @DisplayName("a tuple whose schema lets more elements follow is a list of the union of its elements: none is lost")
        void openTuples() throws Exception {
            String schema = """
                    {'title': 'O', 'type': 'object', 'properties': {
                      'plugin': {'type': 'array', 'items': [{'type': 'string'}], 'additionalItems': true},
                      'names': {'type': 'array', 'items': [{'type': 'string'}], 'additionalItems': {'type': 'string'}},
                      'mixed': {'type': 'array', 'items': [{'type': 'string'}], 'additionalItems': {'type': 'integer'}}}}
                    """;
            String header = header(generate(schema).get("O"), "O");
            assertThat(header).startsWith("public record O(List<JsonNode> plugin, List<String> names, List<");
            String json = "{'plugin': ['remark-gfm', {'singleTilde': false}], 'names': ['a', 'b', 'c'], 'mixed': ['a', 2, 3]}";
            assertThat(roundTrip(schema, "O", json)).isEqualTo(json.replace('\'', '"').replace(" ", ""));
        }

        @Test
        @DisplayName("not, if/then/else, dependencies, contains and propertyNames do not change the type")
        void constraintsOnly() {
            Map<String, String> sources = generate("""
                    {'title': 'C', 'type': 'object', 'properties': {
                      'a': {'type': 'string', 'not': {'const': 'x'}},
                      'b': {'type': 'array', 'items': {'type': 'integer'}, 'contains': {'const': 1}},
                      'c': {'type': 'object', 'propertyNames': {'pattern': '^x'}, 'additionalProperties': {'type': 'boolean'}}},
                     'if': {'properties': {'a': {'const': 'y'}}}, 'then': {'required': ['b']},
                     'dependencies': {'a': ['b']}}
                    """);
            assertThat(header(sources.get("C"), "C")).isEqualTo("public record C(String a, List<Long> b, Map<String, Boolean> c)");
        }

        @Test
        @DisplayName("a property whose schema is false is left out; {type: null} is an always-null component")
        void falseAndNull() {
            Map<String, String> sources = generate("""
                    {'title': 'N', 'type': 'object', 'properties': {'gone': false, 'nothing': {'type': 'null'}, 'x': {'type': 'string'}}}
                    """);
            assertThat(header(sources.get("N"), "N")).isEqualTo("public record N(Object nothing, String x)");
            assertThat(sources.get("N")).contains("Always {@code null}");
        }

        @Test
        @DisplayName("Node -> Nodes (array of Node) -> Node maps to one record, whichever definition comes first")
        void namedArrayCycle() {
            for (String order : List.of("'Nodes': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}}, 'Node': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'children': {'$ref': '#/definitions/Nodes'}}}",
                    "'Node': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'children': {'$ref': '#/definitions/Nodes'}}}, 'Nodes': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}}")) {
                Map<String, String> sources = Schemas.generate(Schemas.load(dir.resolve(order.startsWith("'Nodes'") ? "a" : "b"),
                        "{'definitions': {" + order + "}}"));
                assertThat(header(sources.get("Node"), "Node")).isEqualTo("public record Node(String name, List<Node> children)");
            }
        }

        @Test
        @DisplayName("what has no precise type is JsonNode, never a silent Object; a loosening is one warning")
        void jsonNode() {
            ModelGenerator generator = Schemas.mapped(Schemas.load(dir, """
                    {'title': 'A', 'type': 'object', 'properties': {'any': {}, 'list': {'type': 'array'},
                     'loop': {'$ref': '#/definitions/Loop'}},
                     'definitions': {'Loop': {'type': 'array', 'items': {'$ref': '#/definitions/Loop'}}}}
                    """));
            assertThat(header(Schemas.sources(generator.files()).get("A"), "A"))
                    .isEqualTo("public record A(JsonNode any, List<JsonNode> list, List<JsonNode> loop)");
            assertThat(generator.warnings()).containsExactly("test.schema.json#/definitions/Loop: mapped to JsonNode"
                    + " because the array contains itself through arrays and maps only, which no Java type can name;"
                    + " put an object with properties on the cycle");
        }
    }
}
