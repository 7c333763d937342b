package dev.jsoncontract.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("naming")
class NamingTest {

    @TempDir
    Path dir;

    @Nested
    @DisplayName("rules")
    class Rules {

        @ParameterizedTest(name = "member {0} → {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "assistant_id | assistantId", "secondsFromStart | secondsFromStart", "x-y | xY", "class | class_",
            "2fa | _2fa", "URL | url", "Content-Type | contentType", "_id | id", "\"\" | property", "$ | property",
            "true | true_", "a.b.c | aBC"})
        @DisplayName("member names are camelCase and valid Java")
        void members(String wire, String java) {
            assertThat(Names.memberName(wire)).isEqualTo(java);
        }

        @ParameterizedTest(name = "type {0} → {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "call_status | CallStatus", "analysis | Analysis", "ToolCall | ToolCall", "2fa-codes | Type2faCodes",
            "\"\" | Type", "tool-call.result | ToolCallResult"})
        @DisplayName("type names are PascalCase and valid Java")
        void types(String text, String java) {
            assertThat(Names.typeName(text)).isEqualTo(java);
        }

        @ParameterizedTest(name = "constant {0} → {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "in-progress | IN_PROGRESS", "opt-out | OPT_OUT", "inProgress | IN_PROGRESS", "HTTPError | HTTP_ERROR",
            "2fa | V_2FA", "\"\" | EMPTY", "+ | VALUE", "_private_ | PRIVATE", "v2Beta | V2_BETA", "a  b | A_B"})
        @DisplayName("constant names are UPPER_SNAKE and never start with an underscore")
        void constants(String wire, String java) {
            assertThat(Names.constantName(wire)).isEqualTo(java).doesNotStartWith("_");
        }
    }

    @Nested
    @DisplayName("in generated code")
    class InCode {

        @Test
        @DisplayName("keyword and invalid wire names get valid component names and keep the wire name")
        void keywords() {
            String source = Schemas.generate(Schemas.load(dir, """
                    {'title': 'K', 'type': 'object', 'properties': {
                      'class': {'type': 'string'}, '2fa': {'type': 'boolean'}, 'x-y': {'type': 'string'},
                      'xY': {'type': 'string'}}}
                    """)).get("K");

            assertThat(source).contains("public record K(@JsonProperty(\"class\") String class_,"
                    + " @JsonProperty(\"2fa\") Boolean _2fa,\n"
                    + "        @JsonProperty(\"x-y\") String xY, @JsonProperty(\"xY\") String xY_) {");
        }

        @Test
        @DisplayName("type names: title, then definitions key, then property name; a root without title is named after its file")
        void typeNameSources() {
            Map<String, String> sources = Schemas.generate(Schemas.load(dir, Map.of("call-log.schema.json", """
                    {'type': 'object', 'properties': {
                      'analysis': {'type': 'object', 'properties': {'n': {'type': 'integer'}}},
                      'call_status': {'enum': ['a', 'b']},
                      'titled': {'title': 'Fancy', 'type': 'object', 'properties': {'n': {'type': 'integer'}}},
                      'badly_titled': {'title': 'not a name', 'enum': ['x', 'y']},
                      'ref': {'$ref': '#/definitions/the_thing'}},
                     'definitions': {'the_thing': {'type': 'object', 'properties': {'n': {'type': 'integer'}}}}}
                    """)));

            assertThat(sources).containsOnlyKeys("CallLog", "Analysis", "CallStatus", "Fancy", "BadlyTitled", "TheThing");
        }

        @Test
        @DisplayName("two schemas that want one name: the owner's name is prefixed, then numbers follow in traversal order")
        void collisions() {
            Map<String, String> sources = Schemas.generate(Schemas.load(dir, """
                    {'title': 'Shop', 'type': 'object', 'properties': {
                      'address': {'type': 'object', 'properties': {'a': {'type': 'string'}}},
                      'owner': {'type': 'object', 'properties': {
                        'address': {'type': 'object', 'properties': {'b': {'type': 'string'}}}}},
                      'tenant': {'type': 'object', 'properties': {
                        'address': {'type': 'object', 'properties': {'c': {'type': 'string'}}}}},
                      'list': {'type': 'object', 'properties': {'d': {'type': 'string'}}}},
                     'definitions': {'Address': {'type': 'object', 'properties': {'z': {'type': 'string'}}}}}
                    """));

            assertThat(sources).containsOnlyKeys("Shop", "Address", "ShopAddress", "Owner", "OwnerAddress", "Tenant",
                    "TenantAddress", "ShopList");
            assertThat(sources.get("Address")).contains("String z");
            assertThat(sources.get("ShopAddress")).contains("String a");
            assertThat(sources.get("OwnerAddress")).contains("String b");
            assertThat(sources.get("ShopList")).contains("String d");
        }

        @Test
        @DisplayName("type names differing only in case are told apart, because some file systems ignore case")
        void caseInsensitive() {
            Map<String, String> sources = Schemas.generate(Schemas.load(dir, """
                    {'title': 'Pair', 'type': 'object', 'properties': {'x': {'$ref': '#/definitions/item'},
                      'y': {'$ref': '#/definitions/Item'}},
                     'definitions': {
                      'item': {'type': 'object', 'properties': {'a': {'type': 'string'}}},
                      'Item': {'type': 'object', 'properties': {'b': {'type': 'string'}}}}}
                    """));

            assertThat(sources).containsOnlyKeys("Pair", "Item", "Item2");
        }
    }
}
