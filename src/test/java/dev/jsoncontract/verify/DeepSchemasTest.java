package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schemas that overflowed everit's stack, and cycles that looped on one value: a clear error before everit loads them. */
class DeepSchemasTest {

    static final Map<String, String> SCHEMAS = Map.of(
            "300 nested inline objects", "{\"type\": \"object\", \"properties\": {\"a\": ".repeat(300) + "{}"
                    + "}}".repeat(300),
            "450 nested items", "{\"items\": ".repeat(450) + "{}" + "}".repeat(450),
            "1000 $refs in a row", chain(1000, "{\"$ref\": \"#/definitions/d%d\"}"),
            "200 objects each next to the next", chain(200, "{\"type\": \"object\", \"properties\": {\"next\":"
                    + " {\"$ref\": \"#/definitions/d%d\"}}}"),
            "a $ref to itself", "{\"$ref\": \"#\"}",
            "A to B to A", "{\"$ref\": \"#/definitions/a\", \"definitions\": {\"a\": {\"$ref\": \"#/definitions/b\"},"
                    + " \"b\": {\"$ref\": \"#/definitions/a\"}}}");

    static String chain(int length, String step) {
        StringBuilder text = new StringBuilder("{\"$ref\": \"#/definitions/d0\", \"definitions\": {");
        for (int i = 0; i < length; i++) {
            text.append("\"d").append(i).append("\": ").append(String.format(step, i + 1)).append(", ");
        }
        return text.append("\"d").append(length).append("\": {}}}").toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"300 nested inline objects", "450 nested items", "1000 $refs in a row",
        "200 objects each next to the next", "a $ref to itself", "A to B to A"})
    @DisplayName("verify stops with a file#pointer message naming the limit or the cycle, never a StackOverflowError")
    void deep(String name, @TempDir Path dir) throws Exception {
        Path schema = dir.resolve("api.schema.json");
        Files.writeString(schema, "{\"x-jsoncontract\": {\"client\": \"Deep\", \"operations\": {\"get\": {\"method\":"
                + " \"GET\", \"path\": \"/d\", \"response\": {\"schema\": {\"$ref\": \"body.json\"}}}}}}");
        Files.writeString(dir.resolve("body.json"), SCHEMAS.get(name));
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(recordings.resolve("one.json"), "{}");
        List<String> log = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> new Verifier(log::add, LiveSource.NONE).verify(
                new VerifyRequest(schema, null, recordings, false, null, null, null, 1)));

        assertThat(thrown).isInstanceOf(VerifyException.class);
        assertThat(thrown.getMessage()).matches("(?s)The contract cannot be used for verify: (body|api\\.schema)\\.json#[^ ]*: .*")
                .containsAnyOf("exceeds the depth limit of 128", "exceeds the $ref chain limit of 32",
                        "is part of a $ref cycle that never reaches a property or an item")
                .doesNotContain("bug in jsoncontract");
    }
}
