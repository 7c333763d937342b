package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift: a property is described when any schema that applies at its place describes it (every
 * allOf branch, references followed, the oneOf/anyOf branches the value matches, then or else as
 * the if decides, the dependencies whose property is present); the rules of {@link SchemaWalker}.
 */
class DriftTest {

    @TempDir
    Path dir;

    private List<String> drift(String members, String body) throws Exception {
        return Schemas.drift(dir, members, body);
    }

    @Test
    @DisplayName("a property described by two allOf branches, each adding its own members below it, has no drift")
    void allOfBranchesDescribeOneProperty() throws Exception {
        // the shape of the GitHub discussion webhook: a common object, narrowed by the event's own branch
        String members = "\"definitions\": {\"Discussion\": {\"type\": \"object\", \"properties\": {\"title\": {},"
                + " \"user\": {\"$ref\": \"#/definitions/User\"}}}, \"User\": {\"properties\": {\"login\": {}}}},"
                + " \"allOf\": [{\"properties\": {\"discussion\": {\"$ref\": \"#/definitions/Discussion\"}}},"
                + " {\"properties\": {\"action\": {}, \"discussion\": {\"properties\": {\"state\": {},"
                + " \"user\": {\"properties\": {\"id\": {}}}}}}}]";
        assertThat(drift(members, "[{\"action\": \"edited\", \"discussion\": {\"title\": \"t\", \"state\": \"open\","
                + " \"user\": {\"login\": \"l\", \"id\": 1}}}]")).isEmpty();
        assertThat(drift(members, "[{\"discussion\": {\"title\": \"t\", \"extra\": 1, \"user\": {\"login\": \"l\","
                + " \"other\": 2}}}]")).containsExactly("/0/discussion/extra", "/0/discussion/user/other");
    }

    @Test
    @DisplayName("array items described by two allOf branches are walked once, with both")
    void allOfBranchesDescribeItems() throws Exception {
        String members = "\"allOf\": [{\"properties\": {\"list\": {\"items\": {\"properties\": {\"a\": {}}}}}},"
                + " {\"properties\": {\"list\": {\"items\": {\"properties\": {\"b\": {}}}}}}]";
        assertThat(drift(members, "[{\"list\": [{\"a\": 1, \"b\": 2}, {\"c\": 3}]}]")).containsExactly("/0/list/1/c");
    }

    @Test
    @DisplayName("of an anyOf, only the branches the value matches describe it")
    void anyOfMatchingBranches() throws Exception {
        String members = "\"anyOf\": [{\"properties\": {\"x\": {\"type\": \"string\"}}, \"required\": [\"x\"]},"
                + " {\"properties\": {\"y\": {\"type\": \"integer\"}}, \"required\": [\"y\"]}]";
        assertThat(drift(members, "[{\"x\": \"s\", \"y\": 1}, {\"x\": \"s\", \"y\": \"t\"}]")).containsExactly("/1/y");
    }

    @Test
    @DisplayName("then describes when the if matches, else when it does not; a present dependency describes")
    void conditionalsAndDependencies() throws Exception {
        String members = "\"properties\": {\"t\": {}}, \"if\": {\"properties\": {\"t\": {\"const\": \"a\"}}},"
                + " \"then\": {\"properties\": {\"a\": {}}}, \"else\": {\"properties\": {\"b\": {}}},"
                + " \"dependencies\": {\"a\": {\"properties\": {\"c\": {}}}}";
        assertThat(drift(members, "[{\"t\": \"a\", \"a\": 1, \"c\": 1, \"b\": 1}, {\"t\": \"z\", \"b\": 1, \"a\": 1}]"))
                .containsExactly("/0/b", "/1/a");
    }

    @Test
    @DisplayName("a value matching no branch of an anyOf is described by all of them (it fails anyway; no drift noise)")
    void noMatchingBranch() throws Exception {
        String members = "\"anyOf\": [{\"properties\": {\"x\": {\"type\": \"string\"}}, \"required\": [\"x\"]},"
                + " {\"properties\": {\"y\": {\"type\": \"integer\"}}, \"required\": [\"y\"]}]";
        assertThat(drift(members, "[{\"x\": 1, \"y\": \"t\"}]")).isEmpty();
    }
}
