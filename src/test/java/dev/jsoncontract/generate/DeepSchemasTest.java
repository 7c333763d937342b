package dev.jsoncontract.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep and long schemas end in code or in a message naming the place, never in a StackOverflowError. */
class DeepSchemasTest {

    @TempDir
    Path dir;

    private GenerateResult generate(String schema) throws Exception {
        Path file = dir.resolve("deep.schema.json");
        Files.writeString(file, schema, StandardCharsets.UTF_8);
        return GenerateService.standard().generate(
                new GenerateRequest(file, "example.deep", dir.resolve("out"), "test"), line -> { });
    }

    @Test
    @DisplayName("a chain of 3,000 definitions, each referring to the next, generates one record each")
    void longChainOfReferences() throws Exception {
        StringBuilder definitions = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            definitions.append(i == 0 ? "" : ",").append("\"T").append(i).append("\": {\"type\": \"object\", \"properties\":")
                    .append(" {\"id\": {\"type\": \"integer\"}, \"next\": {\"$ref\": \"#/definitions/T")
                    .append((i + 1) % 3000).append("\"}}}");
        }
        assertThat(generate("{\"definitions\": {" + definitions + "}}").files()).isEqualTo(3000);
    }

    @Test
    @DisplayName("300 nested inline objects and 450 nested items generate")
    void deepNesting() throws Exception {
        String objects = "{\"type\": \"string\"}";
        for (int i = 0; i < 300; i++) {
            objects = "{\"type\": \"object\", \"properties\": {\"p\": " + objects + "}}";
        }
        assertThat(generate(objects).files()).isEqualTo(300);
        String items = "{\"type\": \"string\"}";
        for (int i = 0; i < 450; i++) {
            items = "{\"type\": \"array\", \"items\": " + items + "}";
        }
        assertThat(generate("{\"title\": \"Deep\", \"type\": \"object\", \"properties\": {\"grid\": " + items + "}}").files())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("items nested beyond the limit are an error that names the place and the limit")
    void beyondTheLimit() {
        String items = "{\"type\": \"string\"}";
        for (int i = 0; i < 1200; i++) {
            items = "{\"type\": \"array\", \"items\": " + items + "}";
        }
        String schema = "{\"title\": \"Deep\", \"type\": \"object\", \"properties\": {\"grid\": " + items + "}}";

        assertThatThrownBy(() -> generate(schema)).isInstanceOf(GenerateException.class)
                .hasMessageContaining("deep.schema.json#/properties/grid" + "/items".repeat(999)
                        + ": nests schemas more than 1000 levels deep");
    }
}
