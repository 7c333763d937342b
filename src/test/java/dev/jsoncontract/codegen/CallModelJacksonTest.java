package dev.jsoncontract.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jsoncontract.codegen.model.ModelGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated call model, compiled in memory, read and written by a plain {@code ObjectMapper} with
 * only the {@code JavaTimeModule}, as a user would.
 */
class CallModelJacksonTest {

    private static final String CALL = """
            {
              "id": 7, "assistant_id": 3, "call_status": "in-progress", "call_type": "inbound",
              "started_at": "2026-11-01T10:00:00Z", "duration_ms": 1500, "brand_new_field": {"x": 1},
              "analysis": {"repetition_count": 2, "custom": {"score": 0.5, "nothing": null}},
              "messages": [
                {"role": "system", "message": "be nice", "time": 1.0, "secondsFromStart": 0.0},
                {"role": "user", "message": "hi", "time": 2.0, "endTime": 3.0, "secondsFromStart": 1.5},
                {"role": "bot", "message": "hello", "time": 4.0, "endTime": 5.0, "secondsFromStart": 3.5},
                {"role": "tool_calls", "message": "", "time": 6.0, "secondsFromStart": 5.5,
                 "toolCalls": [{"id": "t1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]},
                {"role": "tool_call_result", "toolCallId": "t1", "name": "lookup", "result": "42",
                 "time": 7.0, "secondsFromStart": 6.5},
                {"role": "hologram", "message": "from the future", "depth": 3}
              ]
            }
            """;

    private static ClassLoader loader;
    private static ObjectMapper mapper;

    @BeforeAll
    static void compileTheCallModel() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        ModelGenerator model = new ModelGenerator(contract.registry(), "example.calls");
        model.addRoots(contract.roots());
        loader = InMemoryCompiler.compile(model.files());
        mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return loader.loadClass("example.calls." + simpleName);
    }

    private static Object get(Object target, String accessor) throws Exception {
        Method method = target.getClass().getMethod(accessor);
        return method.invoke(target);
    }

    private static Object readCall(String json) throws Exception {
        return mapper.readValue(json, type("Call"));
    }

    @Test
    @DisplayName("a call reads into the records, with every message kind, typed values and wire names")
    void readsACall() throws Exception {
        Object call = readCall(CALL);

        assertThat(get(call, "id")).isEqualTo(7L);
        assertThat(get(call, "assistantId")).isEqualTo(3L);
        assertThat(get(call, "durationMs")).isEqualTo(1500L);
        assertThat(get(call, "startedAt")).isEqualTo(OffsetDateTime.parse("2026-11-01T10:00:00Z"));
        assertThat(get(call, "callStatus")).hasToString("IN_PROGRESS");
        assertThat(get(call, "failureReason")).isNull();
        @SuppressWarnings("unchecked") Map<String, Object> custom = (Map<String, Object>) get(get(call, "analysis"), "custom");
        assertThat(custom.keySet()).containsExactly("score", "nothing");
        assertThat(custom.get("score")).isEqualTo(0.5);
        assertThat(custom.get("nothing")).isNull();
        assertThat(get(get(call, "analysis"), "interruptionCount")).isNull();
        List<?> messages = (List<?>) get(call, "messages");
        assertThat(messages).extracting(m -> m.getClass().getSimpleName()).containsExactly(
                "SystemMessage", "UserMessage", "BotMessage", "ToolCallMessage", "ToolCallResultMessage",
                "UnknownMessage");
        assertThat(messages).allMatch(type("Message")::isInstance);
        assertThat(get(messages.get(1), "secondsFromStart")).isEqualTo(1.5);
        Object result = messages.get(4);
        assertThat(get(result, "name")).isEqualTo("lookup");
        assertThat(get(result, "result")).isEqualTo("42");
        Object toolCall = ((List<?>) get(messages.get(3), "toolCalls")).get(0);
        assertThat(get(get(toolCall, "function"), "name")).isEqualTo("lookup");
    }

    @Test
    @DisplayName("an unknown role does not throw: it becomes UnknownMessage keeping the role and every property")
    void unknownRoleIsKept() throws Exception {
        List<?> messages = (List<?>) get(readCall(CALL), "messages");
        Object unknown = messages.get(5);

        assertThat(get(unknown, "role")).isEqualTo("hologram");
        @SuppressWarnings("unchecked") Map<String, Object> properties = (Map<String, Object>) get(unknown, "properties");
        assertThat(properties.keySet()).containsExactly("role", "message", "depth");
        assertThat(properties.values()).containsExactly("hologram", "from the future", 3);
    }

    @Test
    @DisplayName("every message kind, the unknown one included, is written back as it was read")
    void messagesRoundTrip() throws Exception {
        Object call = readCall(CALL);
        JavaType listOfMessages = mapper.getTypeFactory().constructCollectionType(List.class, type("Message"));

        String written = mapper.writerFor(listOfMessages).writeValueAsString(get(call, "messages"));

        JsonNode expected = mapper.readTree(CALL).get("messages");
        JsonNode actual = mapper.readTree(written);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode original = expected.get(i);
            JsonNode back = actual.get(i);
            original.fieldNames().forEachRemaining(field -> assertThat(back.get(field))
                    .as("message %s field %s", original.get("role"), field)
                    .isEqualTo(original.get(field)));
        }
        List<?> reread = mapper.readValue(written, listOfMessages);
        assertThat(reread).isEqualTo(get(call, "messages"));
    }

    @Test
    @DisplayName("an unknown call_status is the dedicated _UNKNOWN constant, never null, never an exception")
    void unknownEnumValue() throws Exception {
        Object call = readCall(CALL.replace("\"in-progress\"", "\"teleporting\""));

        Object status = get(call, "callStatus");
        assertThat(status).hasToString("_UNKNOWN");
        assertThat(get(status, "value")).isNull();
    }

    @Test
    @DisplayName("enum values are written back exactly as on the wire")
    void enumWireValues() throws Exception {
        Object call = readCall(CALL.replace("\"started_at\"", "\"failure_reason\": \"opt-out\", \"started_at\""));

        assertThat(get(call, "failureReason")).hasToString("OPT_OUT");
        JsonNode written = mapper.readTree(mapper.writeValueAsString(call));
        assertThat(written.get("call_status").asText()).isEqualTo("in-progress");
        assertThat(written.get("failure_reason").asText()).isEqualTo("opt-out");
        assertThat(written.has("assistant_id")).isTrue();
        assertThat(written.has("assistantId")).isFalse();
    }

    @Test
    @DisplayName("an absent optional field is written back absent, not as null; free-form nulls are kept")
    void absentStaysAbsent() throws Exception {
        JsonNode written = mapper.readTree(mapper.writeValueAsString(readCall(CALL)));

        assertThat(written.has("failure_reason")).isFalse();
        assertThat(written.get("analysis").has("interruption_count")).isFalse();
        assertThat(written.get("analysis").get("custom").get("nothing").isNull()).isTrue();
        assertThat(written.get("messages").get(0).has("duration")).isFalse();
    }

    @Test
    @DisplayName("a required field that is missing fails with a message naming the wire field")
    void requiredFieldMissing() {
        assertThatThrownBy(() -> readCall(CALL.replace("\"call_type\": \"inbound\",", "")))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("call_type is required");
    }

    @Test
    @DisplayName("lists in the model cannot be changed")
    void listsAreUnmodifiable() throws Exception {
        List<?> messages = (List<?>) get(readCall(CALL), "messages");

        assertThatThrownBy(messages::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
