package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.recorded.FileBody;
import dev.jsoncontract.verify.recorded.HarReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies built to break a reader: each is a finding with its place, never an exception. */
class HostileBodiesTest {

    static final String CALL = "{\"id\": %s, \"assistant_id\": 2, \"call_status\": \"ended\", \"call_type\": \"webCall\","
            + " \"messages\": []}";

    static Contract contract;
    static Operation operation;
    static ResponseValidator validator;

    @BeforeAll
    static void load() throws Exception {
        contract = ContractLoader.loadBundled();
        operation = contract.operations().get(0);
        validator = ResponseValidator.forOperation(contract, operation);
    }

    static List<String> findings(String body, boolean streamed) {
        CheckedBody checked = validator.check(new BytesBody("x.json", body.getBytes(StandardCharsets.UTF_8)), false,
                streamed);
        return checked.findings().stream().map(f -> f.place() + ": " + f.keyword() + ": " + f.message()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e2147483648", "-1e-2147483648", "1E+2147483648", "0.1e-2147483649", "1e2147483647",
        "-1e-2147483647", "1e1001", "1.5e-1001", "1e400000"})
    @DisplayName("a number whose exponent is beyond 1000 is a finding naming it and its place, streamed or whole")
    void exponentOutOfRange(String number) {
        String body = "[" + String.format(CALL, 1) + ", " + String.format(CALL, number) + "]";
        for (boolean streamed : new boolean[] {true, false}) {
            assertThat(findings(body, streamed)).singleElement().asString()
                    .startsWith("x.json: file: has the number " + number + " at /1/id (line 1, column ")
                    .contains("whose exponent is beyond 1000: jsoncontract checks numbers exactly, up to 1e1000 and"
                            + " down to 1e-1000;");
        }
        assertThat(findings(number, false)).singleElement().asString()
                .startsWith("x.json: file: has the number " + number + " (line 1, column 1) whose exponent");
    }

    @Test
    @DisplayName("an exponent at the edge of the range is a value: checked and judged, quickly")
    void exponentAtTheEdge() {
        String body = "[" + String.format(CALL, "1e1000") + ", " + String.format(CALL, "-1.5e-1000") + "]";
        for (boolean streamed : new boolean[] {true, false}) {
            // 1e1000 is an integer in mathematics; everit's verdict stands
            assertThat(findings(body, streamed)).containsExactly(
                    "x.json#/0/id: type: expected integer, found number 1E+1000",
                    "x.json#/1/id: type: expected integer, found number -1.5E-1000");
        }
        assertThat(findings("[" + CALL.formatted(1).replace("\"messages\": []", "\"messages\": [{\"role\": \"system\","
                + " \"message\": \"m\", \"time\": 1e1000, \"secondsFromStart\": -1e-1000}]") + "]", true))
                .as("a number may have any exponent up to 1000").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e1000", "-1e-1000", "123456789.123456789e990", "1e1001", "1e100000"})
    @DisplayName("multipleOf on a huge or tiny number answers at once: a value within the range, a finding beyond")
    void multipleOf(String number, @TempDir Path dir) throws Exception {
        Path schema = dir.resolve("n.schema.json");
        Files.writeString(schema, "{\"x-jsoncontract\": {\"client\": \"N\", \"operations\": {\"n\": {\"method\":"
                + " \"GET\", \"path\": \"/n\", \"response\": {\"schema\": {\"type\": \"number\", \"multipleOf\": 0.01}}}}}}");
        Contract numbers = ContractLoader.load(schema);
        ResponseValidator check = ResponseValidator.forOperation(numbers, numbers.operations().get(0));
        List<Finding> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> check.check(new BytesBody("n.json", number.getBytes(StandardCharsets.UTF_8)), false).findings());
        if (number.equals("1e1001") || number.equals("1e100000")) {
            assertThat(found).singleElement().extracting(Finding::message).asString()
                    .startsWith("has the number " + number + " (line 1, column 1) whose exponent is beyond 1000");
        } else {
            assertThat(found).allSatisfy(f -> assertThat(f.keyword()).isEqualTo("multipleOf"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[{\"id\": 1, \"id\": \"one\"}]", "{\"a\": {\"b\": 1, \"b\": 2}}"})
    @DisplayName("an object with a name twice is a finding, streamed or whole: no reader picks one silently")
    void duplicateMembers(String body) {
        for (boolean streamed : new boolean[] {true, false}) {
            assertThat(findings(body, streamed)).singleElement().asString()
                    .startsWith("x.json: file: has an object with the member \"")
                    .contains(" twice at line 1, column ")
                    .endsWith("so remove one of them");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[] {}", "[1] [2]", "{\"a\": 1} x", "[]\n\n  ]"})
    @DisplayName("content after the body's JSON value is a finding with line and column")
    void trailingContent(String body) {
        for (boolean streamed : new boolean[] {true, false}) {
            assertThat(findings(body, streamed)).singleElement().asString()
                    .matches("x\\.json: file: is not valid JSON at line \\d+, column \\d+ \\(.*\\)");
        }
    }

    @Test
    @DisplayName("a body nested beyond the limit is a finding; one just inside it is checked without running out of stack")
    void deepData(@TempDir Path dir) throws Exception {
        String tooDeep = "[".repeat(JsonBodies.MAX_NESTING + 1) + "]".repeat(JsonBodies.MAX_NESTING + 1);
        assertThat(findings(tooDeep, true)).singleElement().asString()
                .isEqualTo("x.json: file: is nested deeper than 200 levels of arrays and objects; jsoncontract checks bodies"
                        + " up to that depth");

        Path schema = dir.resolve("nest.schema.json");
        Files.writeString(schema, "{\"x-jsoncontract\": {\"client\": \"N\", \"operations\": {\"nest\": {\"method\": \"GET\","
                + " \"path\": \"/n\", \"response\": {\"schema\": {\"$ref\": \"#/definitions/node\"}}}}},"
                + " \"definitions\": {\"node\": {\"type\": \"object\", \"additionalProperties\": false,"
                + " \"properties\": {\"a\": {\"$ref\": \"#/definitions/node\"}}}}}");
        Contract nest = ContractLoader.load(schema);
        ResponseValidator deep = ResponseValidator.forOperation(nest, nest.operations().get(0));
        int levels = JsonBodies.MAX_NESTING - 1;
        String body = "{\"a\": ".repeat(levels) + "{\"b\": 1}" + "}".repeat(levels);
        List<Finding> found = deep.check(new BytesBody("deep.json", body.getBytes(StandardCharsets.UTF_8)), false)
                .findings();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.keyword()).isEqualTo("additionalProperties");
            assertThat(f.pointer()).isEqualTo("/a".repeat(levels) + "/b");
        });
    }

    @Test
    @DisplayName("a HAR file and its entries are read with the same limits: a twice-named member or a wild exponent is a finding")
    void harLimits(@TempDir Path dir) throws Exception {
        Path duplicate = dir.resolve("dup.har");
        Files.writeString(duplicate, "{\"log\": {\"entries\": [], \"entries\": []}}");
        Path number = dir.resolve("number.har");
        Files.writeString(number, "{\"log\": {\"entries\": [{\"time\": 1e2147483648}]}}");
        Path entry = dir.resolve("entry.har");
        Files.writeString(entry, "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\":"
                + " \"https://x/v1/call\"}, \"response\": {\"status\": 200, \"content\": {\"text\":"
                + " \"[{\\\"id\\\": 1, \\\"id\\\": 2}]\"}}}]}}");

        List<String> problems = new ArrayList<>();
        for (Path har : List.of(duplicate, number, entry)) {
            HarReader.HarBodies read = HarReader.read(har, har.getFileName().toString(), operation);
            read.problems().forEach(p -> problems.add(p.place() + ": " + p.message()));
            read.bodies().forEach(b -> validator.check(b, false).findings()
                    .forEach(f -> problems.add(f.place() + ": " + f.message())));
        }
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("dup.har: is not a HAR file: it has an object with the member \"entries\" twice");
        assertThat(problems.get(1)).startsWith("number.har: is not a HAR file: it has the number 1e2147483648 at /log/entries/0/time");
        assertThat(problems.get(2)).startsWith("entry.har#/log/entries/0: has an object with the member \"id\" twice");
    }

    @Test
    @DisplayName("a recorded file is read with the same limits")
    void file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.json");
        Files.writeString(file, "[" + String.format(CALL, "1e2147483648") + "]");
        assertThat(validator.check(new FileBody("page.json", file), false).findings()).singleElement()
                .extracting(Finding::message).asString().startsWith("has the number 1e2147483648 at /0/id");
    }

    @Test
    @DisplayName("a name of 60,000 characters or a number of 1,001 digits is a finding that says what is read; a string of 21 million characters is read")
    void longValues() {
        assertThat(findings("[{\"" + "n".repeat(60_000) + "\": 1}]", true)).singleElement().asString()
                .isEqualTo("x.json: file: has a value longer than jsoncontract reads (Name length (60000) exceeds the"
                        + " maximum allowed (50000)): names are read up to 50000 characters and numbers up to 1000 digits");
        assertThat(findings("[" + String.format(CALL, "1".repeat(1001)) + "]", false)).singleElement().asString()
                .startsWith("x.json: file: has a value longer than jsoncontract reads (Number value length (1001)");
        String transcript = "t".repeat(21_000_000);
        assertThat(findings("[" + String.format(CALL, 1).replace("\"messages\": []", "\"messages\": [], \"transcript\": \""
                + transcript + "\"") + "]", true)).isEmpty();
    }
}
