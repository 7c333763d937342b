package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every place a schema can stand (a map value, a pattern property, items, additional items, a
 * branch, then/else, a dependency, contains, property names, nested) reports a violation where
 * everit does: the value's pointer, the schema's location, the keyword, the value and what was
 * allowed. Each case is checked four ways (fast path on and off, a streamed array and a whole
 * one), which must agree.
 */
class SchemaPlacesTest {

    private static final String MAP = "\"type\": \"object\", \"properties\": {\"custom\": {\"type\": \"object\","
            + " \"additionalProperties\": {\"type\": \"object\", \"required\": [\"type\", \"url\"], \"properties\": {"
            + " \"type\": {\"type\": \"string\"}, \"kind\": {\"enum\": [\"git\", \"npm\"]}, \"url\": {\"type\": \"string\","
            + " \"format\": \"uri\"}}}}}";

    @TempDir
    Path dir;

    /** The findings of {@code body} (an array of items) as (pointer, location, keyword, value, allowed), checked four ways. */
    private List<Tuple> findings(String members, String body) throws Exception {
        Contract contract = Schemas.contract(dir, members);
        List<Tuple> first = null;
        for (boolean fast : new boolean[] {true, false}) {
            ResponseValidator validator = ResponseValidator.forSchema(contract, contract.operations().get(0).response(),
                    uri -> null, fast);
            for (boolean stream : new boolean[] {true, false}) {
                List<Finding> findings = validator.check(new BytesBody("page-1.json",
                        body.getBytes(StandardCharsets.UTF_8)), false, stream).findings();
                List<Tuple> seen = findings.stream().map(f -> tuple(f.pointer(), f.schemaLocation(), f.keyword(),
                        f.value(), f.allowed(), f.message())).toList();
                if (first == null) {
                    first = seen;
                } else {
                    assertThat(seen).as("fast %s, streamed %s", fast, stream).isEqualTo(first);
                }
            }
        }
        return first;
    }

    private static Tuple finding(String pointer, String location, String keyword, String value, List<String> allowed,
            String message) {
        return tuple(pointer, "item.schema.json#" + location, keyword, value, allowed, message);
    }

    @Test
    @DisplayName("a map value missing a required property fails, named at the map value's schema")
    void mapValueMissingRequired() throws Exception {
        assertThat(findings(MAP, "[{\"custom\": {\"a\": {\"url\": \"https://x\"}}}]")).containsExactly(
                finding("/0/custom/a/type", "/properties/custom/additionalProperties", "required", "\"type\"", List.of(),
                        "is required but missing"));
    }

    @Test
    @DisplayName("a map value's property of the wrong type says the type the schema wants there")
    void mapValueWrongType() throws Exception {
        assertThat(findings(MAP, "[{\"custom\": {\"a\": {\"type\": 5, \"url\": \"https://x\"}}}]")).containsExactly(
                finding("/0/custom/a/type", "/properties/custom/additionalProperties/properties/type", "type", "5",
                        List.of("string"), "expected string, found integer 5"));
    }

    @Test
    @DisplayName("an enum below a map value keeps its allowed values")
    void mapValueEnum() throws Exception {
        assertThat(findings(MAP, "[{\"custom\": {\"a\": {\"type\": \"t\", \"kind\": \"svn\", \"url\": \"https://x\"}}}]"))
                .containsExactly(finding("/0/custom/a/kind", "/properties/custom/additionalProperties/properties/kind",
                        "enum", "\"svn\"", List.of("\"git\"", "\"npm\""), "\"svn\" is not allowed (allowed: git, npm)"));
    }

    @Test
    @DisplayName("a map of maps reports at the innermost value's schema")
    void nestedMaps() throws Exception {
        String members = "\"additionalProperties\": {\"additionalProperties\": {\"additionalProperties\":"
                + " {\"type\": \"string\", \"maxLength\": 2}}}";
        assertThat(findings(members, "[{\"a\": {\"b\": {\"c\": \"abc\", \"d\": 1}}}]")).containsExactly(
                finding("/0/a/b/c", "/additionalProperties/additionalProperties/additionalProperties", "maxLength",
                        "\"abc\"", List.of(), "\"abc\" is longer than 2 characters (3)"),
                finding("/0/a/b/d", "/additionalProperties/additionalProperties/additionalProperties", "type",
                        "1", List.of("string"), "expected string, found integer 1"));
    }

    @Test
    @DisplayName("a map value given by $ref reports at the referred schema")
    void mapValueByReference() throws Exception {
        String members = "\"definitions\": {\"Dep\": {\"type\": \"object\", \"required\": [\"type\"], \"properties\":"
                + " {\"type\": {\"enum\": [\"a\"]}}}}, \"additionalProperties\": {\"$ref\": \"#/definitions/Dep\"}";
        assertThat(findings(members, "[{\"x\": {}, \"y\": {\"type\": \"b\"}}]")).containsExactly(
                finding("/0/x/type", "/definitions/Dep", "required", "\"type\"", List.of(), "is required but missing"),
                finding("/0/y/type", "/definitions/Dep/properties/type", "enum", "\"b\"", List.of("\"a\""),
                        "\"b\" is not allowed (allowed: a)"));
    }

    @Test
    @DisplayName("pattern properties, items and additional items report at their own schema")
    void patternsItemsAdditionalItems() throws Exception {
        String members = "\"properties\": {\"list\": {\"items\": {\"enum\": [1, 2]}}, \"tuple\": {\"items\":"
                + " [{\"type\": \"string\"}], \"additionalItems\": {\"type\": \"object\", \"required\": [\"k\"]}}},"
                + " \"patternProperties\": {\"^x-\": {\"type\": \"object\", \"required\": [\"v\"]}}";
        assertThat(findings(members, "[{\"list\": [1, 3], \"tuple\": [\"s\", {}], \"x-a\": {}}]")).containsExactly(
                finding("/0/list/1", "/properties/list/items", "enum", "3", List.of("1", "2"),
                        "3 is not allowed (allowed: 1, 2)"),
                finding("/0/tuple/1/k", "/properties/tuple/additionalItems", "required", "\"k\"", List.of(),
                        "is required but missing"),
                finding("/0/x-a/v", "/patternProperties/^x-", "required", "\"v\"", List.of(),
                        "is required but missing"));
    }

    @Test
    @DisplayName("allOf branches, then and else, dependencies report at their own schema")
    void branchesConditionalsDependencies() throws Exception {
        String members = "\"properties\": {\"all\": {\"allOf\": [{\"required\": [\"a\"]}, {\"required\": [\"b\"]}]},"
                + " \"cond\": {\"if\": {\"required\": [\"x\"]}, \"then\": {\"required\": [\"y\"]},"
                + " \"else\": {\"required\": [\"z\"]}}, \"dep\": {\"dependencies\": {\"p\": {\"required\": [\"q\"]},"
                + " \"r\": [\"s\"]}}}";
        assertThat(findings(members, "[{\"all\": {}, \"cond\": {\"x\": 1}, \"dep\": {\"p\": 1, \"r\": 2}},"
                + " {\"cond\": {}}]")).containsExactly(
                finding("/0/all/a", "/properties/all/allOf/0", "required", "\"a\"", List.of(), "is required but missing"),
                finding("/0/all/b", "/properties/all/allOf/1", "required", "\"b\"", List.of(), "is required but missing"),
                finding("/0/cond/y", "/properties/cond/then", "required", "\"y\"", List.of(), "is required but missing"),
                finding("/0/dep/q", "/properties/dep/dependencies/p", "required", "\"q\"", List.of(),
                        "is required but missing"),
                finding("/0/dep/s", "/properties/dep", "dependencies", "\"s\"", List.of(),
                        "is required when r is present, but missing"),
                finding("/1/cond/z", "/properties/cond/else", "required", "\"z\"", List.of(), "is required but missing"));
    }

    @Test
    @DisplayName("contains and propertyNames name what was expected")
    void containsAndPropertyNames() throws Exception {
        String members = "\"properties\": {\"tags\": {\"contains\": {\"const\": \"main\"}},"
                + " \"names\": {\"propertyNames\": {\"pattern\": \"^[a-z]+$\"}}}";
        assertThat(findings(members, "[{\"tags\": [\"a\", \"b\"], \"names\": {\"ok\": 1, \"Bad\": 2}}]"))
                .containsExactly(
                        finding("/0/names/Bad", "/properties/names/propertyNames", "propertyNames", "\"Bad\"", List.of(),
                                "the name \"Bad\" does not match the pattern ^[a-z]+$"),
                        finding("/0/tags", "/properties/tags", "contains", "[\"a\",\"b\"]", List.of(),
                                "has no item that matches the contains schema"));
    }

    @Test
    @DisplayName("whatever everit rejects has at least one failure: a violation the translator cannot place is reported as everit says it")
    void neverSilent() throws Exception {
        // every place above, nested inside map values, arrays and branches at once
        String members = "\"additionalProperties\": {\"items\": {\"allOf\": [{\"additionalProperties\":"
                + " {\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"object\", \"required\": [\"k\"]}]}}]}}";
        assertThat(findings(members, "[{\"m\": [{\"v\": {}}]}]")).containsExactly(
                finding("/0/m/0/v/k", "/additionalProperties/items/allOf/0/additionalProperties/oneOf/1", "required",
                        "\"k\"", List.of(), "is required but missing"));
    }

    /** The shape of SchemaStore's mail-servers-config: domains map to objects of closed server objects. */
    private static final String MAIL = "\"type\": \"object\", \"minProperties\": 1, \"additionalProperties\": {"
            + " \"type\": \"object\", \"additionalProperties\": false, \"properties\": {\"imap\": {\"type\": \"object\","
            + " \"required\": [\"host\", \"port\"], \"additionalProperties\": false, \"properties\": {"
            + " \"host\": {\"type\": \"string\", \"format\": \"hostname\"},"
            + " \"port\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 65535}}}}}";

    @Test
    @DisplayName("mail servers by domain: each broken server below the domain map fails where it breaks")
    void mailServersShape() throws Exception {
        String at = "/additionalProperties/properties/imap";
        assertThat(findings(MAIL, "[{\"example.com\": {\"imap\": {\"host\": \"imap.example.com\"}}},"
                + " {\"example.com\": {\"imap\": {\"host\": \"imap.example.com\", \"port\": 70000}}},"
                + " {\"example.com\": {\"imap\": {\"host\": 5, \"port\": 993}}},"
                + " {\"example.com\": {\"extra\": 1, \"imap\": {\"host\": \"h\", \"port\": 1}}}]")).containsExactly(
                finding("/0/example.com/imap/port", at, "required", "\"port\"", List.of(), "is required but missing"),
                finding("/1/example.com/imap/port", at + "/properties/port", "maximum", "70000", List.of(),
                        "70000 is greater than the maximum 65535"),
                finding("/2/example.com/imap/host", at + "/properties/host", "type", "5", List.of("string"),
                        "expected string, found integer 5"),
                finding("/3/example.com/extra", "/additionalProperties", "additionalProperties", "\"extra\"", List.of(),
                        "is not allowed here (additionalProperties is false)"));
    }

    @Test
    @DisplayName("a finding in an untitled object is counted per that object, named by its place (custom{}, list[])")
    void ownersOfUntitledObjects() throws Exception {
        Contract contract = Schemas.contract(dir, MAP.replace("\"custom\": {", "\"list\": {\"items\": {\"type\": \"object\","
                + " \"required\": [\"k\"]}}, \"custom\": {"));
        ResponseValidator validator = ResponseValidator.forOperation(contract, contract.operations().get(0));
        CheckedBody checked = Schemas.check(validator, "[{\"custom\": {\"a\": {\"url\": \"https://x\"}, \"b\": {\"type\": \"t\","
                + " \"url\": \"https://y\"}}, \"list\": [{}, {\"k\": 1}]}]");
        assertThat(checked.findings()).extracting(Finding::pointer).containsExactly("/0/custom/a/type", "/0/list/0/k");
        assertThat(checked.owners()).containsExactly(
                new dev.jsoncontract.verify.finding.Owner("item.schema.json#/properties/custom/additionalProperties",
                        "custom{} objects"),
                new dev.jsoncontract.verify.finding.Owner("item.schema.json#/properties/list/items", "list[] objects"));
        assertThat(checked.instances()).extracting(dev.jsoncontract.verify.finding.Owner::noun)
                .containsExactly("items", "custom objects", "custom{} objects", "custom{} objects", "list[] objects",
                        "list[] objects");
    }
}
