package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.verify.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift read from the contract model ({@link ModelPlan}, {@link SchemaWalker}): every body holds
 * members the contract describes, in the places each rule is about, and members it does not, so
 * that each test fails when the walk describes too little (a false drift warning) or too much.
 */
class ModelDriftTest {

    @TempDir
    Path dir;

    private List<String> drift(String members, String body) throws Exception {
        return Schemas.drift(dir, members, body);
    }

    @Test
    @DisplayName("allOf of $ref'd branches: each branch's members describe, below a property both declare too")
    void allOfOfReferences() throws Exception {
        String members = "\"definitions\": {\"A\": {\"type\": \"object\", \"properties\": {\"a\": {},"
                + " \"n\": {\"type\": \"object\", \"properties\": {\"n1\": {}}}}},"
                + " \"B\": {\"properties\": {\"b\": {}, \"n\": {\"properties\": {\"n2\": {}}}}}},"
                + " \"allOf\": [{\"$ref\": \"#/definitions/A\"}, {\"$ref\": \"#/definitions/B\"}]";
        assertThat(drift(members, "[{\"a\": 1, \"b\": 2, \"n\": {\"n1\": 1, \"n2\": 2, \"n3\": 3}, \"c\": 3}]"))
                .containsExactly("/0/c", "/0/n/n3");
    }

    @Test
    @DisplayName("an allOf branch that adds members only below a property the named type declares describes them")
    void allOfNarrowingWithMembersBelow() throws Exception {
        // the second branch declares no property A lacks, but adds n2 below n: A is not reused as it is
        String members = "\"definitions\": {\"A\": {\"type\": \"object\", \"properties\": {\"a\": {},"
                + " \"n\": {\"type\": \"object\", \"properties\": {\"n1\": {}}}}}},"
                + " \"allOf\": [{\"$ref\": \"#/definitions/A\"}, {\"properties\": {\"n\": {\"properties\": {\"n2\": {}}}}}]";
        assertThat(drift(members, "[{\"a\": 1, \"n\": {\"n1\": 1, \"n2\": 2, \"n3\": 3}}]")).containsExactly("/0/n/n3");
    }

    @Test
    @DisplayName("an allOf of the object that holds it (a recursive $ref) describes all of that object's members")
    void allOfOfTheHolder() throws Exception {
        // Child merges Host while Host's members are being built (the web-types contributions shape)
        String members = "\"$ref\": \"#/definitions/Host\", \"definitions\": {"
                + "\"Host\": {\"type\": \"object\", \"properties\": {\"first\": {},"
                + " \"children\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/definitions/Child\"}}, \"last\": {}},"
                + " \"patternProperties\": {\"^x-\": {}}},"
                + " \"Child\": {\"type\": \"object\", \"allOf\": [{\"$ref\": \"#/definitions/Host\"}],"
                + " \"properties\": {\"own\": {}}}}";
        assertThat(drift(members, "[{\"first\": 1, \"children\": [{\"first\": 1, \"last\": 2, \"x-y\": 3, \"own\": 4,"
                + " \"extra\": 5, \"children\": [{\"last\": 1, \"more\": 2}]}], \"own\": 6}]"))
                .containsExactly("/0/children/0/children/0/more", "/0/children/0/extra", "/0/own");
    }

    @Test
    @DisplayName("a tag union: only the branch its tag names describes; an unknown tag (the value fails) reports no drift")
    void tagUnion() throws Exception {
        String members = "\"oneOf\": [{\"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": \"x\"}, \"px\": {}}},"
                + " {\"required\": [\"kind\"], \"properties\": {\"kind\": {\"const\": \"y\"}, \"py\": {}}}]";
        assertThat(drift(members, "[{\"kind\": \"x\", \"px\": 1, \"py\": 2}, {\"kind\": \"y\", \"px\": 1, \"py\": 2},"
                + " {\"kind\": \"z\", \"px\": 1, \"q\": 2}]")).containsExactly("/0/py", "/1/px");
    }

    @Test
    @DisplayName("objects the model cannot tell apart: the ones the value fits describe; fitting all or none, any branch does")
    void untoldObjects() throws Exception {
        // no branch requires anything: the model merges them, the value's const still tells them apart
        String members = "\"properties\": {\"builder\": {\"anyOf\": ["
                + "{\"type\": \"object\", \"properties\": {\"type\": {\"const\": \"a\"}, \"pa\": {}}},"
                + " {\"type\": \"object\", \"properties\": {\"type\": {\"const\": \"b\"}, \"pb\": {}}}]}}";
        assertThat(drift(members, "[{\"builder\": {\"type\": \"a\", \"pa\": 1, \"pb\": 2}},"
                + " {\"builder\": {\"type\": \"b\", \"pa\": 1, \"pb\": 2}},"
                + " {\"builder\": {\"pa\": 1, \"pb\": 2, \"q\": 3}},"
                + " {\"builder\": {\"type\": \"c\", \"pa\": 1, \"pb\": 2, \"q\": 3}}]"))
                .containsExactly("/0/builder/pb", "/1/builder/pa", "/2/builder/q", "/3/builder/q");
    }

    @Test
    @DisplayName("oneOf beside properties: the common properties and the matching branch's describe")
    void oneOfBesideProperties() throws Exception {
        String members = "\"properties\": {\"id\": {}}, \"oneOf\": ["
                + "{\"required\": [\"x\"], \"properties\": {\"x\": {\"type\": \"string\"}, \"in\": {\"properties\": {\"deep\": {}}}}},"
                + " {\"required\": [\"y\"], \"properties\": {\"y\": {\"type\": \"integer\"}}}]";
        assertThat(drift(members, "[{\"id\": 1, \"x\": \"s\", \"in\": {\"deep\": 1, \"deeper\": 2}, \"z\": 1},"
                + " {\"id\": 2, \"y\": 1, \"in\": {}}]")).containsExactly("/0/in/deeper", "/0/z", "/1/in");
    }

    @Test
    @DisplayName("of a union of kinds, the branch of the value's kind describes it")
    void kindUnion() throws Exception {
        String members = "\"properties\": {\"p\": {\"anyOf\": [{\"type\": \"string\"},"
                + " {\"type\": \"object\", \"properties\": {\"a\": {}}}, {\"type\": \"array\", \"items\": {\"properties\": {\"i\": {}}}}]}}";
        assertThat(drift(members, "[{\"p\": \"s\"}, {\"p\": {\"a\": 1, \"b\": 2}}, {\"p\": [{\"i\": 1, \"j\": 2}]}]"))
                .containsExactly("/1/p/b", "/2/p/0/j");
    }

    @Test
    @DisplayName("if/then/else in a $ref'd allOf branch: then's members when the if holds, else's otherwise, to depth")
    void conditionalInReferencedBranch() throws Exception {
        String members = "\"definitions\": {\"C\": {\"if\": {\"properties\": {\"t\": {\"const\": \"a\"}}},"
                + " \"then\": {\"properties\": {\"a\": {\"properties\": {\"aa\": {}}}}}, \"else\": {\"properties\": {\"b\": {}}}}},"
                + " \"properties\": {\"t\": {}}, \"allOf\": [{\"$ref\": \"#/definitions/C\"}]";
        assertThat(drift(members, "[{\"t\": \"a\", \"a\": {\"aa\": 1, \"ab\": 1}, \"b\": 1}, {\"t\": \"z\", \"b\": 1, \"a\": 1}]"))
                .containsExactly("/0/a/ab", "/0/b", "/1/a");
    }

    @Test
    @DisplayName("dependencies of a nested, referenced object: the schema of a present member describes, of an absent one not")
    void dependenciesBelow() throws Exception {
        String members = "\"definitions\": {\"D\": {\"properties\": {\"t\": {}},"
                + " \"dependencies\": {\"t\": {\"properties\": {\"u\": {}}}, \"w\": [\"t\"]}}},"
                + " \"properties\": {\"o\": {\"$ref\": \"#/definitions/D\"}}";
        assertThat(drift(members, "[{\"o\": {\"t\": 1, \"u\": 1, \"v\": 1}}, {\"o\": {\"u\": 1}}]"))
                .containsExactly("/0/o/v", "/1/o/u");
    }

    @Test
    @DisplayName("patternProperties: a matching member is described and walked with the pattern's schema")
    void patternProperties() throws Exception {
        String members = "\"properties\": {\"p\": {}}, \"patternProperties\": {\"^x-\": {\"properties\": {\"q\": {}}}}";
        assertThat(drift(members, "[{\"p\": 1, \"x-a\": {\"q\": 1, \"r\": 2}, \"z\": 1}]"))
                .containsExactly("/0/x-a/r", "/0/z");
    }

    @Test
    @DisplayName("map values: every value of an additionalProperties schema (an allOf of a $ref and more) is walked with it")
    void mapValues() throws Exception {
        String members = "\"definitions\": {\"V\": {\"type\": \"object\", \"properties\": {\"v\": {}}}},"
                + " \"properties\": {\"m\": {\"properties\": {\"fixed\": {}}, \"additionalProperties\":"
                + " {\"allOf\": [{\"$ref\": \"#/definitions/V\"}, {\"properties\": {\"w\": {}}}]}}}";
        assertThat(drift(members, "[{\"m\": {\"fixed\": {\"any\": 1}, \"k1\": {\"v\": 1, \"w\": 2, \"x\": 3},"
                + " \"k2\": {\"v\": 1}}}]")).containsExactly("/0/m/k1/x");
    }

    @Test
    @DisplayName("nested 40 levels deep through allOf at every level, drift is found at the bottom and nowhere else")
    void nestedToDepth() throws Exception {
        StringBuilder schema = new StringBuilder("{\"properties\": {\"leaf\": {}}}");
        StringBuilder body = new StringBuilder("{\"leaf\": 1, \"extra\": 2}");
        StringBuilder expected = new StringBuilder("/0");
        for (int i = 0; i < 40; i++) {
            schema = new StringBuilder("{\"allOf\": [{\"properties\": {\"down\": " + schema + "}},"
                    + " {\"properties\": {\"k" + i + "\": {}}}]}");
            body = new StringBuilder("{\"down\": " + body + ", \"k" + i + "\": " + i + "}");
            expected.append("/down");
        }
        String members = "\"properties\": {\"root\": " + schema + "}";
        assertThat(drift(members, "[{\"root\": " + body + "}]"))
                .containsExactly(expected.toString().replaceFirst("^/0", "/0/root") + "/extra");
    }

    @Test
    @DisplayName("a body deeper than the walk's bound is walked to the bound: drift above it is found, below it not looked for")
    void depthBound() throws Exception {
        // verify's parser stops at 200 levels; the walk has its own bound for trees made otherwise
        String members = "\"title\": \"Node\", \"type\": \"object\", \"properties\": {\"child\": {\"$ref\": \"#\"}}";
        Contract contract = Schemas.contract(dir, members);
        SchemaNode response = contract.operations().get(0).response();
        Schema schema = ResponseSchema.load(contract.registry(), response);
        SchemaWalker walker = new SchemaWalker(new ModelPlan(new ContractModel(contract.registry()), response, schema,
                new SchemaLocations(contract.registry(), response.file())));
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        ObjectNode at = top;
        for (int level = 0; level < SchemaWalker.MAX_DEPTH + 20; level++) {
            if (level == 2 || level == SchemaWalker.MAX_DEPTH - 10) {
                at.put("above" + level, 1);
            }
            at = at.putObject("child");
        }
        at.put("below", 1);
        ArrayNode body = JsonNodeFactory.instance.arrayNode().add(top);
        List<String> drift = walker.walk("page-1.json", false, body, false, "").drift.stream().map(Finding::pointer).toList();
        assertThat(drift).hasSize(2);
        assertThat(drift.get(0)).isEqualTo("/0/child/child/above2");
        assertThat(drift.get(1)).endsWith("/above" + (SchemaWalker.MAX_DEPTH - 10));
    }

    @Test
    @DisplayName("objects the model cannot tell apart are told by a value as deep as the plan looks, and no deeper")
    void fitDepthBound() throws Exception {
        assertThat(drift(untold(2), "[{\"builder\": {\"t\": " + nested(2, "\"a\"") + ", \"pa\": 1, \"pb\": 2}}]"))
                .containsExactly("/0/builder/pb");
        int deep = ModelPlan.FIT_DEPTH + 2;
        assertThat(drift(untold(deep), "[{\"builder\": {\"t\": " + nested(deep, "\"a\"") + ", \"pa\": 1, \"pb\": 2}}]"))
                .isEmpty();
    }

    /** Two objects told apart only by a const {@code levels} objects below their property t. */
    private static String untold(int levels) {
        return "\"properties\": {\"builder\": {\"anyOf\": ["
                + "{\"type\": \"object\", \"properties\": {\"t\": " + nestedSchema(levels, "a") + ", \"pa\": {}}},"
                + " {\"type\": \"object\", \"properties\": {\"t\": " + nestedSchema(levels, "b") + ", \"pb\": {}}}]}}";
    }

    private static String nestedSchema(int levels, String constant) {
        String schema = "{\"const\": \"" + constant + "\"}";
        for (int i = 0; i < levels; i++) {
            schema = "{\"type\": \"object\", \"properties\": {\"d\": " + schema + "}}";
        }
        return schema;
    }

    private static String nested(int levels, String value) {
        String json = value;
        for (int i = 0; i < levels; i++) {
            json = "{\"d\": " + json + "}";
        }
        return json;
    }
}
