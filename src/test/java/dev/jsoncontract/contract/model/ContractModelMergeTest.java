package dev.jsoncontract.contract.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merges that verify's drift reads: the members of a merged object are all there. */
class ContractModelMergeTest {

    @TempDir
    Path dir;

    private ContractModel model;

    /** Writes the schema, makes {@link #model} over it and returns its root. */
    private SchemaNode root(String json) throws Exception {
        Path file = dir.resolve("s.schema.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Contract contract = ContractLoader.load(file);
        model = new ContractModel(contract.registry());
        return SchemaNode.root(contract.roots().get(0));
    }

    private static List<String> names(TypeUse use) {
        return ((ObjectType) use.type()).properties().stream().map(ObjectType.Property::name).toList();
    }

    @Test
    @DisplayName("an allOf with an object whose members are still being built (it refers back to it) merges all of its members")
    void mergeWaitsForMembersBeingBuilt() throws Exception {
        // Host's members are built in order; "children" leads to Child, whose allOf merges Host while
        // Host holds only "first": the merge must wait until "last" and the pattern are there too
        SchemaNode root = root("""
                {"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "#/definitions/Host",
                 "definitions": {
                   "Host": {"type": "object", "properties": {"first": {"type": "string"},
                     "children": {"type": "array", "items": {"$ref": "#/definitions/Child"}},
                     "last": {"type": "string"}}, "patternProperties": {"^x-": {"type": "string"}}},
                   "Child": {"type": "object", "allOf": [{"$ref": "#/definitions/Host"}],
                     "properties": {"own": {"type": "integer"}}}}}""");
        TypeUse host = model.type(root);
        TypeUse child = ((ArrayType) ((ObjectType) host.type()).property("children").orElseThrow().type().type()).items();
        assertThat(names(child)).containsExactlyInAnyOrder("own", "first", "children", "last");
        assertThat(((ObjectType) child.type()).patterns()).extracting(ObjectType.Pattern::pattern).containsExactly("^x-");
        assertThat(model.errors()).isEmpty();
    }

    @Test
    @DisplayName("an allOf branch that adds members below a property the named type declares is merged, not dropped")
    void narrowingLooksBelowProperties() throws Exception {
        SchemaNode root = root("""
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "allOf": [{"$ref": "#/definitions/A"}, {"properties": {"n": {"properties": {"n2": {"type": "string"}}},
                   "a": {"enum": ["x"]}}, "required": ["a"]}],
                 "definitions": {"A": {"type": "object", "properties": {"a": {"type": "string"},
                   "n": {"type": "object", "properties": {"n1": {"type": "string"}}}}}}}""");
        TypeUse merged = model.type(root);
        assertThat(names(merged)).containsExactly("a", "n");
        assertThat(names(((ObjectType) merged.type()).property("n").orElseThrow().type()))
                .containsExactlyInAnyOrder("n1", "n2");
    }

    @Test
    @DisplayName("an allOf branch that only narrows a named type's properties (required, enum) still reuses the type")
    void narrowingReusesTheNamedType() throws Exception {
        SchemaNode root = root("""
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "allOf": [{"$ref": "#/definitions/A"}, {"properties": {"n": {"required": ["n1"]}, "a": {"enum": ["x"]}},
                   "required": ["a"]}],
                 "definitions": {"A": {"type": "object", "properties": {"a": {"type": "string"},
                   "n": {"type": "object", "properties": {"n1": {"type": "string"}}}}}}}""");
        assertThat(model.type(root).type().schema().pointer()).isEqualTo("/definitions/A");
    }
}
