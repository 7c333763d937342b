package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.codegen.InMemoryCompiler;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("object with properties → record")
class RecordMappingTest {

    @TempDir
    Path dir;

    private Map<String, String> generate(String json) {
        return Schemas.generate(Schemas.load(dir, json));
    }

    @Nested
    @DisplayName("records")
    class Records {

        @Test
        @DisplayName("components come in schema order, camelCase, with @JsonProperty only where the name differs")
        void components() {
            String source = generate("""
                    {'title': 'Person', 'type': 'object', 'properties': {
                      'zip_code': {'type': 'string'}, 'name': {'type': 'string'}, 'secondsFromStart': {'type': 'number'}}}
                    """).get("Person");

            assertThat(source).contains("""
                    @JsonIgnoreProperties(ignoreUnknown = true)
                    public record Person(@JsonProperty("zip_code") String zipCode, String name,
                            Double secondsFromStart) {
                    """);
        }

        @Test
        @DisplayName("the description becomes cleaned Javadoc with one @param per described component")
        void javadoc() {
            String source = generate("""
                    {'title': 'Note', 'description': 'A <b>note</b> & more */ @see \\\\u0041', 'type': 'object',
                     'properties': {'text': {'type': 'string', 'description': 'The text.'}, 'x': {'type': 'string'}}}
                    """).get("Note");

            assertThat(source).contains("""
                    /**
                     * A &lt;b&gt;note&lt;/b&gt; &amp; more *&#47; &#64;see &#92;u0041
                     *
                     * @param text The text.
                     * @param x the {@code x} property
                     */
                    """);
        }

        @Test
        @DisplayName("a record without description is described by its place, and every component gets @param")
        void noJavadoc() {
            String source = generate("{'title': 'Bare', 'type': 'object', 'properties': {'a': {'type': 'string'},"
                    + " 'we{ird}*/': {'type': 'string'}}}").get("Bare");

            assertThat(source).contains("""
                    /**
                     * The object described at {@code #} of the contract.
                     *
                     * @param a the {@code a} property
                     * @param weIrd the <code>we&#123;ird&#125;*&#47;</code> property
                     */
                    @Generated("dev.jsoncontract")
                    """).contains("public record Bare(String a, @JsonProperty(\"we{ird}*/\") String weIrd) {");
        }

        @Test
        @DisplayName("component names that records reserve get a trailing underscore")
        void reservedComponentNames() {
            String source = generate("""
                    {'title': 'Odd', 'type': 'object', 'properties': {'hashCode': {'type': 'string'},
                     'toString': {'type': 'string'}}}
                    """).get("Odd");

            assertThat(source).contains("public record Odd(@JsonProperty(\"hashCode\") String hashCode_,"
                    + "\n        @JsonProperty(\"toString\") String toString_) {");
        }
    }

    @Nested
    @DisplayName("nullability and primitives")
    class Nullability {

        private String person() {
            return generate("""
                    {'title': 'P', 'type': 'object',
                     'required': ['id', 'score', 'ok', 'name', 'nick', 'age', 'ref', 'kind'],
                     'properties': {
                       'id': {'type': 'integer'}, 'score': {'type': 'number'}, 'ok': {'type': 'boolean'},
                       'name': {'type': 'string'}, 'nick': {'type': ['string', 'null']},
                       'age': {'type': ['integer', 'null']}, 'ref': {'anyOf': [{'$ref': '#/definitions/Q'}, {'type': 'null'}]},
                       'kind': {'enum': ['a', 'b', null]}, 'count': {'type': 'integer'}},
                     'definitions': {'Q': {'type': 'object', 'properties': {'q': {'type': 'string'}}}}}
                    """).get("P");
        }

        @Test
        @DisplayName("required and non-null numbers and booleans are primitives; optional or nullable ones are boxed")
        void primitives() {
            assertThat(person()).contains("""
                    public record P(long id, double score, boolean ok, String name,
                            @JsonInclude(JsonInclude.Include.ALWAYS) String nick,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Long age,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Q ref,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Kind kind, Long count) {
                    """);
        }

        @Test
        @DisplayName("a record with an optional component leaves null optional components out when written;"
                + " required nullable ones are always written")
        void inclusion() {
            assertThat(person()).contains("""
                    @JsonInclude(JsonInclude.Include.NON_NULL)
                    @JsonIgnoreProperties(ignoreUnknown = true)
                    public record P(""");
            String allRequired = generate("""
                    {'title': 'R', 'type': 'object', 'required': ['a', 'b'],
                     'properties': {'a': {'type': 'string'}, 'b': {'type': ['string', 'null']}}}
                    """).get("R");
            assertThat(allRequired).doesNotContain("JsonInclude").contains("public record R(String a, String b) {");
        }

        @Test
        @DisplayName("only a required non-null reference is checked, with a message naming the wire field")
        void requiredReferencesAreChecked() {
            assertThat(person()).contains("""
                        public P {
                            Objects.requireNonNull(name, "name is required");
                        }
                    """);
        }

        @Test
        @DisplayName("lists are copied unmodifiable; a list whose items may be null keeps them")
        void lists() {
            String source = generate("""
                    {'title': 'L', 'type': 'object', 'required': ['tags', 'maybe'], 'properties': {
                      'tags': {'type': 'array', 'items': {'type': 'string'}},
                      'maybe': {'type': 'array', 'items': {'type': ['string', 'null']}},
                      'extra': {'type': 'array', 'items': {'type': 'string'}}}}
                    """).get("L");

            assertThat(source).contains("""
                            tags = List.copyOf(Objects.requireNonNull(tags, "tags is required"));
                            maybe = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(maybe, "maybe is required")));
                            extra = extra == null ? null : List.copyOf(extra);
                    """);
        }
    }

    @Nested
    @DisplayName("builders")
    class Builders {

        @Test
        @DisplayName("a record with more than 4 components gets builder(), toBuilder() and a nested Builder")
        void builder() {
            String source = generate("""
                    {'title': 'Big', 'type': 'object', 'required': ['a'], 'properties': {
                      'a': {'type': 'integer'}, 'b': {'type': 'string'}, 'c': {'type': 'string'},
                      'd': {'type': 'string'}, 'builder': {'type': 'string'}}}
                    """).get("Big");

            assertThat(source)
                    .contains("public record Big(long a, String b, String c, String d,"
                            + " @JsonProperty(\"builder\") String builder_) {")
                    .contains("""
                                public static Builder builder() {
                                    return new Builder();
                                }
                            """)
                    .contains("""
                                public Builder toBuilder() {
                                    return new Builder(this);
                                }
                            """)
                    .contains("""
                                    public Builder a(long a) {
                                        this.a = a;
                                        return this;
                                    }
                            """)
                    .contains("""
                                    public Big build() {
                                        return new Big(a, b, c, d, builder_);
                                    }
                            """);
        }

        @Test
        @DisplayName("a record with 4 components or fewer has no builder")
        void noBuilder() {
            String source = generate("""
                    {'title': 'Small', 'type': 'object', 'properties': {
                      'a': {'type': 'integer'}, 'b': {'type': 'string'}, 'c': {'type': 'string'}, 'd': {'type': 'string'}}}
                    """).get("Small");

            assertThat(source).doesNotContain("Builder").doesNotContain("builder");
        }
    }

    @Nested
    @DisplayName("with Jackson")
    class WithJackson {

        @Test
        @DisplayName("renamed, keyword, is-prefixed and primitive components read and write under their wire names")
        void wireNames() throws Exception {
            ModelGenerator generator = Schemas.mapped(Schemas.load(dir, """
                    {'title': 'Flags', 'type': 'object', 'required': ['isActive', 'assistant_id'], 'properties': {
                      'isActive': {'type': 'boolean'}, 'is_new': {'type': 'boolean'}, 'assistant_id': {'type': 'integer'},
                      'class': {'type': 'string'}, '2fa': {'type': 'boolean'}}}
                    """));
            Class<?> flags = InMemoryCompiler.compile(generator.files()).loadClass(Schemas.PACKAGE + ".Flags");
            ObjectMapper mapper = new ObjectMapper();
            String json = "{\"isActive\":true,\"is_new\":false,\"assistant_id\":3,\"class\":\"x\",\"2fa\":true}";

            Object read = mapper.readValue("{\"unknown\": [1, {}], " + json.substring(1), flags);

            assertThat(flags.getMethod("isActive").invoke(read)).isEqualTo(true);
            assertThat(flags.getMethod("class_").invoke(read)).isEqualTo("x");
            assertThat(mapper.readTree(mapper.writeValueAsString(read))).isEqualTo(mapper.readTree(json));
        }
    }
}
