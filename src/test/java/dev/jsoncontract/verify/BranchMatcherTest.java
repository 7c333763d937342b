package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BranchMatcherTest {

    private static Schema schema(String json) {
        return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(json)).build().load().build();
    }

    @Test
    @DisplayName("a branch matches exactly when everit accepts the value; the cheap rejections agree with everit")
    void matchesAsEverit() throws Exception {
        BranchMatcher matcher = new BranchMatcher();
        Schema object = schema("{\"type\": \"object\", \"required\": [\"k\"], \"properties\": {\"k\": {\"type\": \"string\"}}}");
        Schema both = schema("{\"allOf\": [{\"required\": [\"a\"]}, {\"properties\": {\"a\": {\"minimum\": 2}}}]}");
        for (String json : new String[] {"{\"k\": \"v\"}", "{\"k\": 1}", "{}", "\"k\"", "{\"a\": 1}", "{\"a\": 3}", "[]"}) {
            var value = JsonBodies.JSON.readTree(json);
            for (Schema branch : new Schema[] {object, both}) {
                boolean everit;
                try {
                    branch.validate(JsonBodies.toOrgJson(value));
                    everit = true;
                } catch (org.everit.json.schema.ValidationException e) {
                    everit = false;
                }
                assertThat(matcher.matches(branch, value, new Object[1])).as("%s against %s", json, branch).isEqualTo(everit);
                if (BranchMatcher.certainlyFails(branch, value, 8)) {
                    assertThat(everit).as("a cheap rejection of %s that everit accepts", json).isFalse();
                }
            }
        }
        assertThat(BranchMatcher.certainlyFails(object, JsonBodies.JSON.readTree("{}"), 8)).isTrue();
        assertThat(BranchMatcher.certainlyFails(both, JsonBodies.JSON.readTree("{}"), 8)).isTrue();
    }
}
