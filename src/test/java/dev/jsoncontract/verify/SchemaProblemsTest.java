package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.ContractException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema everit cannot load is reported at its place in the contract, with what to do; never with an absolute path. */
class SchemaProblemsTest {

    @TempDir
    Path dir;

    private String problem(String members) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Schemas.validator(dir, members));
        assertThat(thrown).isInstanceOf(ContractException.class);
        assertThat(thrown.getMessage()).doesNotContain(dir.toString()).doesNotContain("file:");
        return thrown.getMessage();
    }

    @Test
    @DisplayName("a null description names its place and says to remove it or give it a text")
    void nullDescription() {
        assertThat(problem("\"properties\": {\"a\": {\"type\": \"string\", \"description\": null}}")).isEqualTo(
                "item.schema.json#/properties/a/description: is null, and a description must be a string. Remove it,"
                        + " or give it a text.");
    }

    @Test
    @DisplayName("a $ref with a character a URI cannot hold names the $ref and how to encode it")
    void refWithAngleBrackets() throws Exception {
        assertThat(problem("\"definitions\": {\"Map<String>\": {\"type\": \"object\"}},"
                + " \"properties\": {\"a\": {\"$ref\": \"#/definitions/Map<String>\"}}")).startsWith(
                "item.schema.json#/properties/a/$ref: \"#/definitions/Map<String>\" is not a valid URI reference")
                .contains("Percent-encode");
        // the advice works
        ResponseValidator encoded = Schemas.validator(dir, "\"definitions\": {\"Map<String>\": {\"type\": \"object\"}},"
                + " \"properties\": {\"a\": {\"$ref\": \"#/definitions/Map%3CString%3E\"}}");
        assertThat(Schemas.check(encoded, "[{\"a\": 1}]").findings()).singleElement()
                .satisfies(f -> assertThat(f.schemaLocation()).isEqualTo("item.schema.json#/definitions/Map<String>"));
    }

    @Test
    @DisplayName("an invalid pattern and an unknown type name their place")
    void patternAndType() {
        assertThat(problem("\"properties\": {\"a\": {\"pattern\": \"[\"}}")).isEqualTo(
                "item.schema.json#/properties/a/pattern: \"[\" is not a valid regular expression (Unclosed character"
                        + " class near index 0). Fix the pattern.");
        assertThat(problem("\"properties\": {\"a\": {\"type\": \"strin\"}}")).isEqualTo(
                "item.schema.json#/properties/a: is not a valid draft-07 schema: unknown type: [strin]. Fix the schema there.");
    }
}
