package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.verify.conformance.SuiteRemotes;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.recorded.FileBody;
import dev.jsoncontract.verify.recorded.HarReader;
import dev.jsoncontract.verify.recorded.Recordings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTest {

    private static final String CALL = "{\"id\": %d, \"assistant_id\": 2, \"call_status\": \"%s\", \"call_type\": \"webCall\","
            + " \"messages\": [%s]%s}";

    private static String call(int id, String status, String messages, String more) {
        return String.format(Locale.ROOT, CALL, id, status, messages, more);
    }

    private static BytesBody body(String json) {
        return new BytesBody("page-1.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a body element by element and whole, asserts both agree, and returns the result. */
    private static CheckedBody both(ResponseValidator validator, ResponseBody body, boolean strict) {
        CheckedBody streamed = validator.check(body, strict, true);
        CheckedBody whole = validator.check(body, strict, false);
        assertThat(streamed).as("%s checked element by element and whole (strict=%s)", body.source(), strict)
                .isEqualTo(whole);
        return streamed;
    }

    /** Every body of a recordings folder: the *.json files and the matching HAR entries. */
    private static List<ResponseBody> bodies(Path folder, Contract contract) throws Exception {
        List<ResponseBody> bodies = new ArrayList<>();
        for (Recordings.Recording recording : Recordings.list(folder)) {
            if (recording.har()) {
                bodies.addAll(HarReader.read(recording.file(), recording.source(), contract.operations().get(0)).bodies());
            } else {
                bodies.add(new FileBody(recording.source(), recording.file()));
            }
        }
        return bodies;
    }

    @Test
    @DisplayName("the call contract's response schema is checked element by element")
    void callContractStreams() throws Exception {
        assertThat(Schemas.bundled().streamsArrays()).isTrue();
    }

    @Test
    @DisplayName("the demo's and the ITs' recordings give the same result element by element as whole")
    void recordingsAgree() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        ResponseValidator validator = ResponseValidator.forOperation(contract, contract.operations().get(0));
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("demo/src/test/resources/recordings"));
        try (Stream<Path> its = Files.list(Path.of("it"))) {
            its.map(it -> it.resolve("src/test/resources/recordings")).filter(Files::isDirectory).sorted()
                    .forEach(folders::add);
        }
        int bodies = 0;
        int findings = 0;
        for (Path folder : folders) {
            for (ResponseBody body : bodies(folder, contract)) {
                for (boolean strict : new boolean[] {false, true}) {
                    findings += both(validator, body, strict).findings().size();
                }
                bodies++;
            }
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(6);
        // 36 on main, and the 4 bodies of it/generate-jackson3's recordings
        assertThat(bodies).as("bodies compared").isEqualTo(40);
        assertThat(findings).as("findings compared").isGreaterThanOrEqualTo(10);
    }

    @Test
    @DisplayName("violations at several elements, an unknown role, drift and a wrong element type agree, with indexed pointers")
    void violationsAtSeveralElements() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        String json = "[" + String.join(",\n",
                call(1, "ended", "", ""),
                call(2, "completed", "{\"role\": \"assistant\", \"message\": \"hi\"}", ""),
                "3",
                "null",
                call(5, "ended", "{\"role\": \"bot\", \"message\": \"hi\", \"time\": 1, \"endTime\": 2,"
                        + " \"secondsFromStart\": 0, \"mood\": \"happy\"}", ", \"extra\": true"),
                call(6, "queued", "{\"message\": \"no role\"}", ", \"started_at\": \"yesterday\"")) + "]";
        for (boolean strict : new boolean[] {false, true}) {
            CheckedBody checked = both(validator, body(json), strict);
            assertThat(checked.findings()).extracting(Finding::pointer, Finding::keyword).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("/1/call_status", "enum"),
                    org.assertj.core.groups.Tuple.tuple("/1/messages/0/role", "oneOf"),
                    org.assertj.core.groups.Tuple.tuple("/2", "type"),
                    org.assertj.core.groups.Tuple.tuple("/3", "type"),
                    org.assertj.core.groups.Tuple.tuple("/4/extra", "drift"),
                    org.assertj.core.groups.Tuple.tuple("/4/messages/0/mood", "drift"),
                    org.assertj.core.groups.Tuple.tuple("/5/messages/0/role", "required"),
                    org.assertj.core.groups.Tuple.tuple("/5/started_at", "format"));
            assertThat(checked.instances()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("small contracts: oneOf without discriminator, alternatives by type, additionalProperties false agree")
    void smallContracts(@TempDir Path dir) throws Exception {
        List<String[]> cases = List.of(
                new String[] {"\"oneOf\": [{\"minimum\": 2}, {\"multipleOf\": 3}]", "[3, 1, 6, 2, 9]"},
                new String[] {"\"anyOf\": [{\"type\": \"integer\"}, {\"type\": \"string\", \"maxLength\": 2}]",
                        "[1, \"ab\", \"abc\", true, {\"x\": 1}]"},
                new String[] {"\"type\": \"object\", \"title\": \"Item\", \"properties\": {\"a\": {}, \"b\": {}},"
                        + " \"additionalProperties\": false, \"required\": [\"a\"]",
                        "[{\"a\": 1, \"c\": 2, \"b\": 3}, {}, {\"a\": [1, 2]}, {\"d\": {\"e\": 1}}]"},
                new String[] {"\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"number\", \"maximum\": 1.5}}",
                        "[{\"n\": 1.50}, {\"n\": 1.51}, {\"n\": 12345678901234567890}, {\"m\": 1}]"});
        int at = 0;
        for (String[] c : cases) {
            Path sub = Files.createDirectories(dir.resolve("c" + at++));
            ResponseValidator validator = Schemas.validator(sub, c[0]);
            assertThat(validator.streamsArrays()).isTrue();
            assertThat(both(validator, body(c[1]), false).findings()).as(c[0]).isNotEmpty();
            both(validator, body(c[1]), true);
        }
    }

    @Test
    @DisplayName("an empty array, nested arrays and whitespace agree")
    void edgeShapes() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        assertThat(both(validator, body(" \n[ ]\n "), false).findings()).isEmpty();
        assertThat(both(validator, body("[[1], []]"), false).findings()).extracting(Finding::pointer)
                .containsExactly("/0", "/1");
    }

    @Test
    @DisplayName("a syntax error after some elements is only the file finding, with line and column")
    void syntaxErrorAfterElements() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        String json = "[" + call(1, "completed", "", "") + ",\n" + call(2, "done", "", "") + ",\n{\"id\": 3,]";
        CheckedBody checked = both(validator, body(json), false);
        assertThat(checked.findings()).singleElement().satisfies(f -> {
            assertThat(f.keyword()).isEqualTo(Finding.KEYWORD_FILE);
            assertThat(f.message()).isEqualTo("is not valid JSON at line 3, column 10 (Unexpected character (']'"
                    + " (code 93)): was expecting double-quote to start field name)");
        });
        assertThat(checked.instances()).isEmpty();
        assertThat(both(validator, body("[" + call(1, "completed", "", "")), false).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("is not valid JSON at line 1, column "));
    }

    @Test
    @DisplayName("content after the array is the same finding as when the body is read whole")
    void trailingContent() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        CheckedBody checked = both(validator, body("[" + call(1, "completed", "", "") + "] [1]"), false);
        assertThat(checked.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("is not valid JSON at line 1, column " + (call(1, "completed", "", "").length() + 4)
                        + " (Trailing token (of type START_ARRAY) found after value (bound as `com.fasterxml.jackson"
                        + ".databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`)"));
        assertThat(both(validator, body("[] x"), false).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("is not valid JSON at line 1, column 4 (Unrecognized token 'x'"));
    }

    @Test
    @DisplayName("a body that is not an array is read whole: one type finding")
    void notAnArray() throws Exception {
        ResponseValidator validator = Schemas.bundled();
        CheckedBody checked = both(validator, body(call(1, "ended", "", "")), false);
        assertThat(checked.findings()).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEmpty();
            assertThat(f.keyword()).isEqualTo("type");
        });
    }

    @Test
    @DisplayName("an array schema with more than items (minItems, uniqueItems, tuples, contains) is checked whole")
    void otherArraySchemas(@TempDir Path dir) throws Exception {
        for (String extra : List.of("\"minItems\": 1", "\"maxItems\": 2", "\"uniqueItems\": true", "\"contains\": {}")) {
            Path sub = Files.createDirectories(dir.resolve("s" + Math.abs(extra.hashCode())));
            ResponseValidator validator = withResponse(sub, "{\"type\": \"array\", \"items\": {\"$ref\": \"#\"}, "
                    + extra + "}");
            assertThat(validator.streamsArrays()).as(extra).isFalse();
        }
        Path tuple = Files.createDirectories(dir.resolve("tuple"));
        assertThat(withResponse(tuple, "{\"type\": \"array\", \"items\": [{}, {}]}").streamsArrays()).isFalse();
        Path described = Files.createDirectories(dir.resolve("described"));
        assertThat(withResponse(described, "{\"type\": \"array\", \"title\": \"Page\", \"description\": \"d\","
                + " \"items\": {\"$ref\": \"#\"}}").streamsArrays()).isTrue();
        Path object = Files.createDirectories(dir.resolve("object"));
        assertThat(withResponse(object, "{\"$ref\": \"#\"}").streamsArrays()).isFalse();
        ResponseValidator unique = withResponse(dir.resolve("s" + Math.abs("\"uniqueItems\": true".hashCode())),
                "{\"type\": \"array\", \"items\": {\"$ref\": \"#\"}, \"uniqueItems\": true}");
        assertThat(unique.check(body("[{\"id\": 1}, {\"id\": 1}]"), false).findings()).extracting(Finding::keyword)
                .containsExactly("uniqueItems");
    }

    private static ResponseValidator withResponse(Path dir, String responseSchema) throws Exception {
        String json = "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"type\": \"object\",\n"
                + "  \"x-jsoncontract\": {\"client\": \"Items\", \"operations\": {\"listItems\": {\"method\": \"GET\","
                + " \"path\": \"/item\", \"response\": {\"schema\": " + responseSchema + "}}}}\n}\n";
        Path file = dir.resolve("item.schema.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Contract contract = ContractLoader.load(file);
        return ResponseValidator.forOperation(contract, contract.operations().get(0));
    }

    @Test
    @DisplayName("every draft-07 suite case whose schema is a plain array gives the same result element by element as whole")
    void draft7SuiteAgrees(@TempDir Path work) throws Exception {
        Path tests = SuiteRemotes.folder().resolve("tests/draft7");
        List<Path> files;
        try (Stream<Path> list = Files.list(tests)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int streamable = 0;
        int compared = 0;
        int number = 0;
        for (Path file : files) {
            for (com.fasterxml.jackson.databind.JsonNode testCase : JsonBodies.JSON.readTree(file.toFile())) {
                Path schemaFile = work.resolve("schema-" + number++ + ".json");
                Files.write(schemaFile, JsonBodies.JSON.writeValueAsBytes(testCase.get("schema")));
                ResponseValidator validator;
                try {
                    Contract contract = ContractLoader.load(schemaFile);
                    validator = ResponseValidator.forSchema(contract,
                            dev.jsoncontract.contract.SchemaNode.root(contract.roots().get(0)), uri -> null);
                } catch (dev.jsoncontract.contract.ContractException | RuntimeException e) {
                    continue;
                }
                if (!validator.streamsArrays()) {
                    continue;
                }
                streamable++;
                for (com.fasterxml.jackson.databind.JsonNode test : testCase.get("tests")) {
                    both(validator, new BytesBody(file.getFileName() + ": " + test.get("description").asText(),
                            JsonBodies.JSON.writeValueAsBytes(test.get("data"))), false);
                    compared++;
                }
            }
        }
        assertThat(streamable).as("suite schemas that are plain arrays").isGreaterThanOrEqualTo(3);
        assertThat(compared).as("suite tests compared").isGreaterThanOrEqualTo(10);
    }
}
