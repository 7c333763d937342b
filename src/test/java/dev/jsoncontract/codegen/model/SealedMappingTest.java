package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.codegen.InMemoryCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("discriminated oneOf → sealed interface")
class SealedMappingTest {

    @TempDir
    Path dir;

    private static final String SHAPES = """
            {'title': 'Drawing', 'type': 'object', 'required': ['shapes'], 'properties': {
              'shapes': {'type': 'array', 'items': {'$ref': '#/definitions/Shape'}}},
             'definitions': {
              'Shape': {'description': 'A shape.', 'oneOf': [
                {'$ref': '#/definitions/Circle'},
                {'type': 'object', 'required': ['kind', 'w'], 'properties': {
                  'kind': {'enum': ['square']}, 'w': {'type': 'number'}}}]},
              'Circle': {'type': 'object', 'required': ['kind', 'r'], 'properties': {
                'kind': {'const': 'circle'}, 'r': {'type': 'number'}}},
              'UnknownShape': {'type': 'object', 'properties': {'x': {'type': 'string'}}}}}
            """;

    @Test
    @DisplayName("the interface carries the Jackson type info, the branches and the discriminator accessor")
    void sealedInterface() {
        Map<String, String> sources = Schemas.generate(Schemas.load(dir, SHAPES));

        assertThat(sources.get("Shape")).contains("""
                /**
                 * A shape.
                 */
                @Generated("dev.jsoncontract")
                @JsonTypeInfo(
                        use = JsonTypeInfo.Id.NAME,
                        include = JsonTypeInfo.As.EXISTING_PROPERTY,
                        property = "kind",
                        visible = true,
                        defaultImpl = UnknownShape2.class
                )
                @JsonSubTypes({
                        @JsonSubTypes.Type(value = Circle.class, name = "circle"),
                        @JsonSubTypes.Type(value = SquareShape.class, name = "square")
                })
                public sealed interface Shape permits Circle, SquareShape, UnknownShape2 {
                    /**
                     * The value of {@code kind} on the wire, which tells the kinds apart.
                     *
                     * @return the value as read
                     */
                    String kind();
                }
                """);
        assertThat(sources.get("Circle")).contains("public record Circle(String kind, double r) implements Shape {");
        assertThat(sources.get("SquareShape"))
                .contains("public record SquareShape(String kind, double w) implements Shape {");
        assertThat(sources.get("UnknownShape2"))
                .contains("public record UnknownShape2(String kind, Map<String, Object> properties) implements Shape {");
        assertThat(sources.get("UnknownShape")).contains("public record UnknownShape(String x) {");
    }

    @Test
    @DisplayName("Jackson reads each branch by its discriminator and an unknown one into the unknown record")
    void jackson() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile(Schemas.mapped(Schemas.load(dir, SHAPES)).files());
        Class<?> drawing = loader.loadClass(Schemas.PACKAGE + ".Drawing");
        String json = "{\"shapes\":[{\"kind\":\"circle\",\"r\":1.0},{\"kind\":\"square\",\"w\":2.0},"
                + "{\"kind\":\"hexagon\",\"side\":3}]}";
        ObjectMapper mapper = new ObjectMapper();

        Object read = mapper.readValue(json, drawing);
        List<?> shapes = (List<?>) drawing.getMethod("shapes").invoke(read);

        assertThat(shapes).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("Circle", "SquareShape", "UnknownShape2");
        assertThat(shapes.get(2).getClass().getMethod("kind").invoke(shapes.get(2))).isEqualTo("hexagon");
        assertThat(mapper.readTree(mapper.writeValueAsString(read))).isEqualTo(mapper.readTree(json));
    }

    @Test
    @DisplayName("anyOf of [schema, null] is the nullable pattern, not a union")
    void nullablePattern() {
        String source = Schemas.generate(Schemas.load(dir, """
                {'title': 'H', 'type': 'object', 'required': ['when'], 'properties': {
                  'when': {'oneOf': [{'type': 'string', 'format': 'date'}, {'type': 'null'}]},
                  'n': {'anyOf': [{'type': 'null'}, {'type': 'integer'}]}}}
                """)).get("H");

        assertThat(source).contains("public record H(@JsonInclude(JsonInclude.Include.ALWAYS) LocalDate when, Long n) {").doesNotContain("requireNonNull");
    }

    @Test
    @DisplayName("a union that contains itself, a record in two unions, and a discriminated anyOf compile strictly")
    void recursiveAndShared() {
        ModelGenerator generator = Schemas.mapped(Schemas.load(dir, """
                {'title': 'Doc', 'type': 'object', 'properties': {
                  'root': {'$ref': '#/definitions/Node'}, 'other': {'$ref': '#/definitions/Other'}},
                 'definitions': {
                  'Node': {'oneOf': [{'$ref': '#/definitions/Leaf'}, {'$ref': '#/definitions/Group'}]},
                  'Other': {'anyOf': [{'$ref': '#/definitions/Leaf'}, {'$ref': '#/definitions/Empty'}]},
                  'Leaf': {'type': 'object', 'required': ['type'], 'properties': {
                    'type': {'const': 'leaf'}, 'text': {'type': 'string'}}},
                  'Empty': {'type': 'object', 'required': ['type'], 'properties': {'type': {'const': 'empty'}}},
                  'Group': {'type': 'object', 'required': ['type', 'children'], 'properties': {
                    'type': {'const': 'group'}, 'children': {'type': 'array', 'items': {'$ref': '#/definitions/Node'}}}}}}
                """));

        assertThat(generator.errors()).isEmpty();
        Map<String, String> sources = Schemas.sources(generator.files());
        assertThat(sources.get("Leaf")).contains("public record Leaf(String type, String text) implements Node, Other {");
        assertThat(sources.get("Group")).contains("List<Node> children");
        assertThat(sources.get("Other")).contains("public sealed interface Other permits Leaf, Empty, UnknownOther {");
        InMemoryCompiler.compile(generator.files());
    }

    @Test
    @DisplayName("Builder is reserved for the nested builders: a type that wants it is renamed and compiles")
    void typeNamedBuilder() {
        ModelGenerator generator = Schemas.mapped(Schemas.load(dir, """
                {'title': 'House', 'type': 'object', 'properties': {
                  'a': {'type': 'string'}, 'b': {'type': 'string'}, 'c': {'type': 'string'}, 'd': {'type': 'string'},
                  'builder': {'title': 'Builder', 'type': 'object', 'properties': {'name': {'type': 'string'}}}}}
                """));

        assertThat(Schemas.sources(generator.files())).containsOnlyKeys("House", "HouseBuilder");
        InMemoryCompiler.compile(generator.files());
    }

    @Test
    @DisplayName("a discriminator that is no Java name (@type) still drives Jackson through its wire name")
    void oddDiscriminator() throws Exception {
        ModelGenerator generator = Schemas.mapped(Schemas.load(dir, """
                {'title': 'Event', 'oneOf': [
                  {'type': 'object', 'required': ['@type'], 'properties': {'@type': {'const': 'user.created'},
                    'id': {'type': 'string'}}},
                  {'type': 'object', 'required': ['@type'], 'properties': {'@type': {'const': 'user.deleted'}}}]}
                """));
        Map<String, String> sources = Schemas.sources(generator.files());
        Class<?> event = InMemoryCompiler.compile(generator.files()).loadClass(Schemas.PACKAGE + ".Event");
        ObjectMapper mapper = new ObjectMapper();

        Object created = mapper.readValue("{\"@type\":\"user.created\",\"id\":\"u1\"}", event);
        Object other = mapper.readValue("{\"@type\":\"user.renamed\"}", event);

        assertThat(sources).containsOnlyKeys("Event", "UserCreatedEvent", "UserDeletedEvent", "UnknownEvent");
        assertThat(sources.get("UserCreatedEvent"))
                .contains("public record UserCreatedEvent(@JsonProperty(\"@type\") String type, String id)");
        assertThat(created.getClass().getSimpleName()).isEqualTo("UserCreatedEvent");
        assertThat(event.getMethod("type").invoke(other)).isEqualTo("user.renamed");
        assertThat(mapper.writeValueAsString(created)).isEqualTo("{\"@type\":\"user.created\",\"id\":\"u1\"}");
    }
}
