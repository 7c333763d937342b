package dev.jsoncontract.bench.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.bench.CallSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The OpenAPI wrapper of the call contract")
class OpenApiWrapperTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CHECKED_IN = Path.of("whole/openapi-generator/call.openapi.json");

    @Test
    @DisplayName("is the file checked in for openapi-generator, so the comparison runs on the current contract")
    void matchesTheCheckedInFile() throws IOException {
        assertThat(Files.readString(CHECKED_IN))
                .as("regenerate with: java -cp bench/target/benchmarks.jar dev.jsoncontract.bench.openapi.OpenApiWrapper "
                        + "bench/whole/openapi-generator/call.openapi.json")
                .isEqualTo(OpenApiWrapper.wrap(MAPPER.readTree(CallSchema.text())));
    }

    @Test
    @DisplayName("leaves no draft-07 construct that OpenAPI 3.0 lacks, and points every $ref into components")
    void isOpenApi30() throws IOException {
        JsonNode document = MAPPER.readTree(OpenApiWrapper.wrap(MAPPER.readTree(CallSchema.text())));
        List<String> problems = new ArrayList<>();
        walk(document, "", problems);

        assertThat(problems).isEmpty();
        assertThat(document.at("/paths/~1call/get/responses/200/content/application~1json/schema/items/$ref").asText())
                .isEqualTo("#/components/schemas/Call");
        assertThat(document.at("/components/schemas").properties()).extracting(e -> e.getKey())
                .containsExactly("Call", "Analysis", "Message", "SystemMessage", "UserMessage", "BotMessage",
                        "ToolCallMessage", "ToolCallResultMessage", "ToolCall", "ToolCallFunction");
        assertThat(document.at("/components/schemas/Call/properties/started_at").toString())
                .isEqualTo("{\"description\":\"The date and time the call was started.\",\"type\":\"string\","
                        + "\"nullable\":true,\"format\":\"date-time\"}");
        assertThat(document.at("/components/schemas/BotMessage/properties/role/enum").toString()).isEqualTo("[\"bot\"]");
    }

    @Test
    @DisplayName("refuses a $ref it cannot place, naming it")
    void refusesRemoteRefs() {
        assertThatThrownBy(() -> OpenApiWrapper.convert(MAPPER.readTree("{\"$ref\":\"other.json#/x\"}"), "Call"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only local $refs (# and #/definitions/...) can be wrapped, not other.json#/x.");
    }

    private static void walk(JsonNode node, String pointer, List<String> problems) {
        if (node.isObject()) {
            node.properties().forEach(member -> {
                String key = member.getKey();
                JsonNode value = member.getValue();
                if (key.equals("const") || key.equals("definitions") || key.equals("$schema") || key.startsWith("x-")) {
                    problems.add(pointer + "/" + key);
                }
                if (key.equals("type") && value.isArray()) {
                    problems.add(pointer + "/type is an array");
                }
                if (key.equals("$ref") && !value.asText().startsWith("#/components/schemas/")) {
                    problems.add(pointer + "/$ref " + value.asText());
                }
                walk(value, pointer + "/" + key, problems);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, problems);
            }
        }
    }
}
