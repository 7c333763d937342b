package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("constructs that cannot be mapped")
class ErrorsTest {

    @TempDir
    Path dir;

    private List<String> errors(String property) {
        return Schemas.errors(Schemas.load(dir, "{'type': 'object', 'properties': {'p': " + property + "}}"));
    }

    @Test
    @DisplayName("more than one non-null type names the file, the pointer and what to do")
    void severalTypes() {
        assertThat(errors("{'type': ['string', 'integer']}")).containsExactly(
                "test.schema.json#/properties/p/type: allows string, integer, but a value maps to one Java type."
                        + " Use one type (plus \"null\" for a value that may be null), or a oneOf of objects told"
                        + " apart by a property with a \"const\" value.");
    }

    @Test
    @DisplayName("a oneOf without discriminator is an error, never a silent Object")
    void undiscriminatedOneOf() {
        assertThat(errors("""
                {'oneOf': [{'type': 'object', 'properties': {'a': {'type': 'string'}}},
                           {'type': 'object', 'properties': {'b': {'type': 'string'}}}]}
                """)).containsExactly(
                "test.schema.json#/properties/p/oneOf: cannot be mapped: its branches are not told apart by one"
                        + " property that every branch requires with a single value (\"const\" or a one-element"
                        + " \"enum\"), different in each branch. Add such a property to every branch, e.g."
                        + " \"kind\": {\"const\": \"...\"} listed in \"required\", or describe the value with one"
                        + " schema.");
    }

    @Test
    @DisplayName("a oneOf of scalars names the branch that is not an object")
    void oneOfOfScalars() {
        assertThat(errors("{'oneOf': [{'type': 'string'}, {'type': 'integer'}]}")).containsExactly(
                "test.schema.json#/properties/p/oneOf/0: is a oneOf branch but not an object with properties;"
                        + " jsoncontract maps a oneOf to a sealed interface with one record per branch. Make every"
                        + " branch an object schema with properties, or write [{...}, {\"type\": \"null\"}] for a"
                        + " value that may be null.",
                "test.schema.json#/properties/p/oneOf/1: is a oneOf branch but not an object with properties;"
                        + " jsoncontract maps a oneOf to a sealed interface with one record per branch. Make every"
                        + " branch an object schema with properties, or write [{...}, {\"type\": \"null\"}] for a"
                        + " value that may be null.");
    }

    @Test
    @DisplayName("not, patternProperties-only objects, multi-schema allOf, tuples and null-only values are refused")
    void otherConstructs() {
        assertThat(errors("{'not': {'type': 'string'}}")).containsExactly(
                "test.schema.json#/properties/p/not: cannot be mapped to a Java type. Describe the allowed values"
                        + " instead of the excluded ones, or remove \"not\".");
        assertThat(errors("{'type': 'object', 'patternProperties': {'^x': {'type': 'string'}}}")).containsExactly(
                "test.schema.json#/properties/p/patternProperties: cannot be mapped: an object described by"
                        + " patternProperties has no Java type. Use \"additionalProperties\": {schema} for a map,"
                        + " or list the properties.");
        assertThat(errors("{'allOf': [{'type': 'object'}, {'required': ['a']}]}")).containsExactly(
                "test.schema.json#/properties/p/allOf: with 2 schemas cannot be mapped; jsoncontract maps allOf"
                        + " only when it wraps a single schema. Merge the schemas into one object schema.");
        assertThat(errors("{'type': 'array', 'items': [{'type': 'string'}]}")).containsExactly(
                "test.schema.json#/properties/p/items: is an array (a tuple), which cannot be mapped to a Java"
                        + " type. Describe every element with one schema: \"items\": {...}.");
        assertThat(errors("{'type': 'null'}")).containsExactly(
                "test.schema.json#/properties/p/type: allows only null; there is nothing to map. Remove the"
                        + " property, or give it a type.");
        assertThat(errors("{'type': 'strnig'}")).containsExactly(
                "test.schema.json#/properties/p/type: \"strnig\" is not a JSON Schema type; use one of [array,"
                        + " boolean, integer, null, number, object, string].");
    }

    @Test
    @DisplayName("a reference cycle that never reaches an object is an error, not an endless loop")
    void referenceCycle() {
        assertThat(Schemas.errors(Schemas.load(dir, """
                {'type': 'object', 'properties': {'t': {'$ref': '#/definitions/Tree'}},
                 'definitions': {'Tree': {'type': 'array', 'items': {'$ref': '#/definitions/Tree'}}}}
                """))).containsExactly(
                "test.schema.json#/definitions/Tree/items/$ref: refers back to itself through references, arrays,"
                        + " maps or unions only; such a type cannot be mapped. Put an object schema with properties"
                        + " on the cycle.");
    }

    @Test
    @DisplayName("every error is collected, across files, sorted by file and pointer")
    void allErrorsSorted() {
        List<String> errors = Schemas.errors(Schemas.load(dir, Map.of(
                "b.schema.json", """
                        {'type': 'object', 'properties': {'z': {'not': {}}, 'a': {'type': ['string', 'integer']},
                          'm': {'$ref': 'missing.json'}}}
                        """,
                "a.schema.json", "{'type': 'object', 'properties': {'q': {'type': 'null'}}}")));

        assertThat(errors).extracting(e -> e.substring(0, e.indexOf(':', e.indexOf('#'))))
                .containsExactly("a.schema.json#/properties/q/type", "b.schema.json#/properties/a/type",
                        "b.schema.json#/properties/m/$ref", "b.schema.json#/properties/z/not");
        assertThat(errors.get(2)).startsWith("b.schema.json#/properties/m/$ref: \"missing.json\" refers to missing.json,"
                + " which does not exist");
    }
}
