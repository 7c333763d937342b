package dev.jsoncontract.verify.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {

    static final Instant AT = Instant.parse("2026-11-24T10:15:30.987Z");

    @Test
    @DisplayName("a recording keeps numbers digit for digit, is indented with \\n line ends and ends with a newline")
    void exactNumbers(@TempDir Path folder) throws Exception {
        var body = Recorder.parse("[{\"a\": 1.20, \"b\": 10000000000000000000001, \"c\": -0.000001, \"d\": {}, \"e\": []}]"
                .getBytes(StandardCharsets.UTF_8));

        Path file = Recorder.write(folder.resolve("new/sub"), "listCalls", body, null, AT);

        assertThat(file).isEqualTo(folder.resolve("new/sub/live-listCalls-20261124T101530Z.json"));
        assertThat(Files.readString(file)).isEqualTo("""
                [
                  {
                    "a": 1.20,
                    "b": 10000000000000000000001,
                    "c": -0.000001,
                    "d": {},
                    "e": []
                  }
                ]
                """);
    }

    @Test
    @DisplayName("names already taken get -2, -3, ... and existing files keep their content")
    void suffixes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("live-listCalls-20261124T101530Z.json"), "first");
        Files.writeString(folder.resolve("live-listCalls-20261124T101530Z-2.json"), "second");
        var body = Recorder.parse("[]".getBytes(StandardCharsets.UTF_8));

        Path third = Recorder.write(folder, "listCalls", body, null, AT);
        Path fourth = Recorder.write(folder, "listCalls", body, null, AT);

        assertThat(third.getFileName()).hasToString("live-listCalls-20261124T101530Z-3.json");
        assertThat(fourth.getFileName()).hasToString("live-listCalls-20261124T101530Z-4.json");
        assertThat(Files.readString(folder.resolve("live-listCalls-20261124T101530Z.json"))).isEqualTo("first");
        assertThat(Files.readString(folder.resolve("live-listCalls-20261124T101530Z-2.json"))).isEqualTo("second");
        assertThat(Files.readString(third)).isEqualTo("[]\n");
    }

    @Test
    @DisplayName("the token is taken out of string values and member names, and the body handed in is not changed")
    void tokenScrubbed(@TempDir Path folder) throws Exception {
        var body = Recorder.parse("{\"x\": \"Bearer abc-123-tok\", \"abc-123-tok\": [\"abc-123-tok\"]}"
                .getBytes(StandardCharsets.UTF_8));

        Path file = Recorder.write(folder, "op", body, "abc-123-tok", AT);

        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "x": "Bearer [redacted]",
                  "[redacted]": [
                    "[redacted]"
                  ]
                }
                """);
        assertThat(body.get("x").textValue()).isEqualTo("Bearer abc-123-tok");
    }
}
