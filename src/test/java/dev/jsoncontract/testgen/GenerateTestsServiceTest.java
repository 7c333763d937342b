package dev.jsoncontract.testgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The contract tests generated from the call contract and the recordings")
class GenerateTestsServiceTest {

    private static final Path DEMO = Path.of("demo/src/test/resources/recordings");

    @TempDir
    Path project;

    private Path recordings() throws IOException {
        Path folder = project.resolve("src/test/resources/recordings");
        Files.createDirectories(folder);
        return folder;
    }

    private Path withDemoRecordings() throws IOException {
        Path folder = recordings();
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    private GenerateTestsRequest request(Path folder) {
        return new GenerateTestsRequest(null, null, "example.calls", folder, project, false,
                project.resolve("target/generated-test-sources/jsoncontract"));
    }

    private GeneratedContractTests compiled(Path folder) throws Exception {
        return compiled(folder, false);
    }

    private GeneratedContractTests compiled(Path folder, boolean strict) throws Exception {
        Contract contract = ContractLoader.loadBundled();
        Operation operation = contract.operations().get(0);
        GenerateTestsRequest request = new GenerateTestsRequest(null, null, "example.calls", folder, project, strict,
                project.resolve("target/generated-test-sources/jsoncontract"));
        List<Recorded> recorded = GenerateTestsService.check(contract, operation, request);
        List<JavaFile> files = GenerateTestsService.files(contract, operation, "example.calls",
                "src/test/resources/recordings", recorded);
        return GeneratedContractTests.compile(contract, files);
    }

    private static String call(String extra) {
        return """
                [{"id": 1, "assistant_id": 2, "call_status": "ended", "call_type": "inbound",
                  "started_at": "2026-11-01T10:00:00.000+02:00", "ended_reason": null,
                  "messages": [{"role": "user", "message": "hi", "time": 1793628000523,
                                "endTime": 1793628004323, "secondsFromStart": 0}]%s}]
                """.formatted(extra);
    }

    @Test
    @DisplayName("with the bundled example recordings every recording's test passes")
    void demoRecordingsPass() throws Exception {
        Path folder = withDemoRecordings();

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures()).containsOnlyKeys("export.har#/log/entries/1", "page-1.json", "page-2.json",
                "page-3.json");
        assertThat(run.failures().values()).containsOnlyNulls();
    }

    @Test
    @DisplayName("coverage lines name the enum values and oneOf branches the recordings never use")
    void coverage() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("one.json"), call(", \"failure_reason\": \"opt-out\""));

        GeneratedContractTests.Run run = compiled(folder).run("coverage", folder);

        assertThat(run.failures()).containsOnlyKeys("call_status", "messages[].role", "failure_reason");
        assertThat(run.failures().values()).containsOnlyNulls();
        assertThat(run.lines()).containsExactly(
                "coverage call_status: never seen: queued, ringing, in-progress, forwarding",
                "coverage messages[].role: never seen: system, bot, tool_calls, tool_call_result",
                "coverage failure_reason: never seen: declined, escalated, requested-callback, customer-dropped,"
                        + " assistant-ended");
    }

    @Test
    @DisplayName("the generated tests are Javadoc lint clean: javac -Xlint:all -Xdoclint:all/package -Werror")
    void javadocLintClean() throws Exception {
        Path folder = withDemoRecordings();
        Contract contract = ContractLoader.loadBundled();
        Operation operation = contract.operations().get(0);
        List<JavaFile> files = new ArrayList<>(JavaGenerator.generate(contract, "example.calls"));
        files.addAll(GenerateTestsService.files(contract, operation, "example.calls", "src/test/resources/recordings",
                GenerateTestsService.check(contract, operation, request(folder))));
        List<String> options = new ArrayList<>(InMemoryCompiler.STRICT);
        options.add("-Xdoclint:all/package");

        assertThatCode(() -> InMemoryCompiler.compile(files, options)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the tests written for Jackson 3 compile as strictly, and name only tools.jackson")
    void jackson3() throws Exception {
        Path folder = withDemoRecordings();
        Contract contract = ContractLoader.loadBundled();
        Operation operation = contract.operations().get(0);
        List<JavaFile> tests = GenerateTestsService.files(contract, operation, "example.calls",
                "src/test/resources/recordings", GenerateTestsService.check(contract, operation, request(folder)),
                JacksonVersion.JACKSON_3);
        List<JavaFile> files = new ArrayList<>(JavaGenerator.generate(contract, "example.calls",
                JacksonVersion.JACKSON_3));
        files.addAll(tests);
        List<String> options = new ArrayList<>(InMemoryCompiler.STRICT);
        options.add("-Xdoclint:all/package");

        assertThatCode(() -> InMemoryCompiler.compile(files, options)).doesNotThrowAnyException();
        for (JavaFile test : tests) {
            assertThat(GeneratedCode.source(test)).as(test.typeSpec().name())
                    .contains("import tools.jackson.databind.")
                    .doesNotContain("com.fasterxml.jackson.databind");
        }
    }

    @Test
    @DisplayName("the generated tests print nothing (mvn -q stays quiet): notes and coverage are report entries")
    void silent() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("one.json"), call(", \"recording_url\": \"https://x\""));
        GeneratedContractTests tests = compiled(folder);

        GeneratedContractTests.Run recordings = tests.run("recordings", folder);
        GeneratedContractTests.Run coverage = tests.run("coverage", folder);

        assertThat(recordings.printed()).isEmpty();
        assertThat(coverage.printed()).isEmpty();
        assertThat(recordings.lines()).containsExactly("jsoncontract: one.json#/0/recording_url: is not described by"
                + " the contract; the model drops it");
        assertThat(coverage.lines()).hasSize(3).allMatch(line -> line.startsWith("coverage "));
    }

    @Test
    @DisplayName("-Djsoncontract.print=true also prints what the tests report, as before")
    void printOnRequest() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("one.json"), call(""));
        GeneratedContractTests tests = compiled(folder);
        System.setProperty("jsoncontract.print", "true");
        GeneratedContractTests.Run coverage;
        try {
            coverage = tests.run("coverage", folder);
        } finally {
            System.clearProperty("jsoncontract.print");
        }

        assertThat(coverage.printed().lines().toList()).isEqualTo(coverage.lines()).hasSize(3);
    }

    @Test
    @DisplayName("exponents beyond what a double or BigDecimal holds are a clear failure, never an exception")
    void hugeExponents() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("a.json"), call(""));
        Files.writeString(folder.resolve("b.json"), call(""));
        GeneratedContractTests tests = compiled(folder);
        // written after generating, so that only the generated support code meets them
        Files.writeString(folder.resolve("a.json"), call("").replace("1793628000523", "1e2147483647"));
        Files.writeString(folder.resolve("b.json"), call("").replace("1793628000523", "1e2147483648"));

        GeneratedContractTests.Run run = tests.run("recordings", folder);
        GeneratedContractTests.Run coverage = tests.run("coverage", folder);

        assertThat(run.failures().get("a.json")).isEqualTo("a.json: 1 problem\n"
                + "  List<Call> round trip: a.json#/0/messages/0/time: 1E+2147483647 became \"Infinity\"");
        assertThat(run.failures().get("b.json")).startsWith("""
                b.json: 1 problem
                  cannot be read exactly: Value "1e2147483648" can not be deserialized as `java.math.BigDecimal`""");
        assertThat(coverage.failures().values()).containsOnlyNulls();
    }

    @Test
    @DisplayName("a key given twice fails the recording's test, whichever value the model would have kept")
    void duplicateKeys() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("twice.json"), call(""));
        GeneratedContractTests tests = compiled(folder);
        Files.writeString(folder.resolve("twice.json"), call("").replace("\"call_type\": \"inbound\"",
                "\"call_type\": \"inbound\", \"call_type\": \"outbound\""));

        GeneratedContractTests.Run run = tests.run("recordings", folder);

        assertThat(run.failures().get("twice.json")).startsWith("twice.json: 1 problem\n"
                + "  is not JSON: Duplicate field 'call_type'");
    }

    @Test
    @DisplayName("invalid base64 in a HAR entry fails that entry's test, naming it, never with IllegalArgumentException")
    void invalidBase64() throws Exception {
        Path folder = recordings();
        String har = """
                {"log": {"version": "1.2", "entries": [{
                  "request": {"method": "GET", "url": "https://api.example.com/v1/call"},
                  "response": {"status": 200, "content": {"encoding": "base64", "text": "%s"}}}]}}
                """;
        Files.writeString(folder.resolve("export.har"), har.formatted(
                java.util.Base64.getEncoder().encodeToString(call("").getBytes(StandardCharsets.UTF_8))));
        GeneratedContractTests tests = compiled(folder);
        Files.writeString(folder.resolve("export.har"), har.formatted("W3sia@@@!!"));

        GeneratedContractTests.Run run = tests.run("recordings", folder);

        assertThat(run.failures().get("export.har#/log/entries/0")).isEqualTo("export.har#/log/entries/0: 1 problem\n"
                + "  export.har#/log/entries/0: the entry's response/content/text is not valid base64 (Last unit does"
                + " not have enough valid bits); export the HAR again or remove the entry");
        assertThat(tests.run("coverage", folder).failures().values()).containsOnlyNulls();
    }

    @Test
    @DisplayName("a number with more digits than a double holds fails its test, naming file, pointer and change")
    void lostPrecision() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("precise.json"), call("").replace("1793628000523", "1793628000523.0000001"));

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures()).containsEntry("precise.json", """
                precise.json: 1 problem
                  List<Call> round trip: precise.json#/0/messages/0/time: 1793628000523.0000001 became 1793628000523""");
    }

    @Test
    @DisplayName("an unknown enum value fails with verify's finding and what the model made of it")
    void unknownEnumValue() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("page-2.json"), call("").replace("\"ended\"", "\"completed\""));

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures()).containsEntry("page-2.json", """
                page-2.json: 2 problems
                  contract: page-2.json#/0/call_status: enum: "completed" is not allowed (allowed: queued, ringing,\
                 in-progress, forwarding, ended)
                  List<Call> round trip: page-2.json#/0/call_status: "completed" became null""");
    }

    @Test
    @DisplayName("absent and null are alike only where the property is optional and nullable")
    void absentAndNull() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("a.json"), call(", \"outcome\": null, \"analysis\": {\"custom\": {}}"));
        Files.writeString(folder.resolve("b.json"), call(", \"analysis\": null"));

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures()).containsEntry("a.json", null);
        assertThat(run.failures().get("b.json")).isEqualTo("""
                b.json: 2 problems
                  contract: b.json#/0/analysis: type: expected object, found null
                  List<Call> round trip: b.json#/0/analysis: null became absent""");
    }

    @Test
    @DisplayName("properties the contract does not describe are printed, not failed")
    void undescribedProperties() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("drift.json"), call(", \"brand_new\": {\"x\": 1}"));

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures()).containsEntry("drift.json", null);
        assertThat(run.lines()).containsExactly(
                "jsoncontract: drift.json#/0/brand_new: is not described by the contract; the model drops it");
    }

    @Test
    @DisplayName("an integer written with a fraction is changed by the model, and says so")
    void integerWithFraction() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("i.json"), call(", \"duration_ms\": 1500.0"));

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures().get("i.json")).endsWith(
                "List<Call> round trip: i.json#/0/duration_ms: 1500.0 became 1500");
    }

    @Test
    @DisplayName("strict: a property the contract does not describe fails the test with verify's drift finding")
    void strict() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("drift.json"), call(", \"brand_new\": 1"));

        GeneratedContractTests.Run run = compiled(folder, true).run("recordings", folder);

        assertThat(run.failures().get("drift.json")).isEqualTo("""
                drift.json: 1 problem
                  contract: drift.json#/0/brand_new: drift: is not described by the contract""");
    }

    @Test
    @DisplayName("HAR entries are read from the HAR file at test time, base64 bodies included; a file that is no"
            + " HAR fails with verify's finding")
    void harFiles() throws Exception {
        Path folder = recordings();
        String body = java.util.Base64.getEncoder().encodeToString(call("").getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("export.har"), """
                {"log": {"version": "1.2", "entries": [{
                  "request": {"method": "GET", "url": "https://api.example.com/v1/call?limit=5"},
                  "response": {"status": 200, "content": {"encoding": "base64", "text": "%s"}}}]}}
                """.formatted(body));
        Files.writeString(folder.resolve("other.har"), "{\"log\": {}}");

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures()).containsEntry("export.har#/log/entries/0", null);
        assertThat(run.failures().get("other.har")).isEqualTo("""
                other.har: 1 problem
                  contract: other.har: file: is not a HAR 1.2 file: it has no /log/entries array. Export it again as\
                 HAR from the browser, Postman or proxy""");
    }

    @Test
    @DisplayName("a recording gone since the tests were generated fails with what to do")
    void recordingGone() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("gone.json"), call(""));
        GeneratedContractTests tests = compiled(folder);
        Files.delete(folder.resolve("gone.json"));

        GeneratedContractTests.Run run = tests.run("recordings", folder);

        assertThat(run.failures().get("gone.json")).isEqualTo("gone.json: 1 problem\n  gone.json cannot be read from "
                + folder.toAbsolutePath() + " (NoSuchFileException: " + folder.toAbsolutePath().resolve("gone.json")
                + "); regenerate the tests (mvn test) or point -Djsoncontract.recordings at the recordings");
    }

    @Test
    @DisplayName("a test holds at most 20 findings of its recording and counts the rest")
    void manyFindings() throws Exception {
        Path folder = recordings();
        String one = call("").strip();
        String calls = String.join(",", java.util.Collections.nCopies(25,
                one.substring(1, one.length() - 1).replace("\"ended\"", "\"completed\"")));
        Files.writeString(folder.resolve("many.json"), "[" + calls + "]");
        Contract contract = ContractLoader.loadBundled();

        List<Recorded> recorded = GenerateTestsService.check(contract, contract.operations().get(0), request(folder));

        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.findings()).hasSize(GenerateTestsService.MAX_FINDINGS + 1);
            assertThat(r.findings().get(0)).startsWith("many.json#/0/call_status: enum: \"completed\" is not allowed");
            assertThat(r.findings().get(20)).isEqualTo("... and 5 more; mvn jsoncontract:verify lists them all");
        });
    }

    @Test
    @DisplayName("a message of a role the contract does not know is kept as read, and the test says so")
    void unknownRole() throws Exception {
        Path folder = recordings();
        Files.writeString(folder.resolve("role.json"), call("").replace("\"role\": \"user\"", "\"role\": \"hologram\""));

        GeneratedContractTests.Run run = compiled(folder).run("recordings", folder);

        assertThat(run.failures().get("role.json")).isEqualTo("""
                role.json: 1 problem
                  contract: role.json#/0/messages/0/role: oneOf: "hologram" is not a known role (known: system, user,\
                 bot, tool_calls, tool_call_result)""");
        assertThat(run.lines()).containsExactly("jsoncontract: role.json#/0/messages/0: role \"hologram\" is none the"
                + " contract describes (system, user, bot, tool_calls, tool_call_result); compared as read");
    }

    @Test
    @DisplayName("any contract: a recursive tree of a user's own schema, with a map and a date")
    void ownRecursiveContract() throws Exception {
        Path schema = project.resolve("tree.schema.json");
        Files.writeString(schema, """
                {"title": "Node", "type": "object", "required": ["name"],
                 "properties": {
                   "name": {"type": "string"},
                   "born": {"type": ["string", "null"], "format": "date"},
                   "weights": {"type": "object", "additionalProperties": {"type": "integer"}},
                   "children": {"type": "array", "items": {"$ref": "#"}}},
                 "x-jsoncontract": {"client": "Trees", "operations": {"listTrees": {"method": "GET", "path": "/tree",
                   "response": {"schema": {"type": "array", "items": {"$ref": "#"}}}}}}}
                """);
        Path folder = recordings();
        Files.writeString(folder.resolve("trees.json"), """
                [{"name": "a", "born": "2026-01-02", "weights": {"x": 1},
                  "children": [{"name": "b", "weights": {"y": 2.0}, "children": [{"name": "c", "born": null}]}]}]
                """);
        Contract contract = ContractLoader.load(schema);
        GenerateTestsRequest request = new GenerateTestsRequest(schema, null, "example.trees", folder, project, false,
                project.resolve("out"));
        List<Recorded> recorded = GenerateTestsService.check(contract, contract.operations().get(0), request);
        List<JavaFile> files = GenerateTestsService.files(contract, contract.operations().get(0), "example.trees",
                "src/test/resources/recordings", recorded);

        GeneratedContractTests.Run run = GeneratedContractTests.compile(contract, files).run("recordings", folder);

        assertThat(files.get(0).typeSpec().name()).isEqualTo("ListTreesContractTest");
        assertThat(files.get(0).toString()).contains("same(\"/*/children/*\", false, \"/*\")");
        // the contract line is verify's (its wording for a map value is verify's business); the round trip is ours
        assertThat(run.failures().get("trees.json"))
                .startsWith("trees.json: 2 problems\n  contract: trees.json#/0/children/0/weights/y: type: ")
                .endsWith("\n  List<Node> round trip: trees.json#/0/children/0/weights/y: 2.0 became 2");
    }

    @Test
    @DisplayName("generating twice gives byte-identical files")
    void deterministic() throws Exception {
        Path folder = withDemoRecordings();
        GenerateTestsService service = new GenerateTestsService();
        Path out = request(folder).outputDirectory();

        service.generate(request(folder), line -> { });
        List<byte[]> first = contents(out);
        Files.writeString(out.resolve("example/calls/ListCallsContractTest.java"), "changed");
        List<String> log = new ArrayList<>();
        GenerateTestsResult second = service.generate(request(folder), log::add);

        assertThat(contents(out)).usingRecursiveComparison().isEqualTo(first);
        assertThat(second).isEqualTo(new GenerateTestsResult(4, 0, 2, 1, 0));
        assertThat(new String(first.get(0), StandardCharsets.UTF_8)).doesNotContain(project.toString());
        assertThat(log).singleElement().asString().startsWith("jsoncontract: contract tests of listCalls for 4"
                + " recordings in src/test/resources/recordings: 2 files in ");
    }

    @Test
    @DisplayName("no recordings: no test, one log line, and the tests of an earlier run are removed")
    void noRecordings() throws Exception {
        Path folder = withDemoRecordings();
        GenerateTestsService service = new GenerateTestsService();
        service.generate(request(folder), line -> { });
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        List<String> log = new ArrayList<>();

        GenerateTestsResult result = service.generate(request(folder), log::add);

        assertThat(result).isEqualTo(new GenerateTestsResult(0, 0, 0, 0, 2));
        assertThat(log).containsExactly("jsoncontract: no recordings in src/test/resources/recordings, so no"
                + " contract tests are generated (2 earlier test files removed). Put response bodies there (*.json,"
                + " *.har) or point jsoncontract.recordings at them.");
        assertThat(request(folder).outputDirectory().resolve("example/calls")).isEmptyDirectory();
    }

    @Test
    @DisplayName("executions for two operations share the output folder: one without recordings keeps the other's")
    void twoOperations() throws Exception {
        Path schema = project.resolve("thing.schema.json");
        Files.writeString(schema, """
                {"title": "Thing", "type": "object", "properties": {"name": {"type": "string"}},
                 "x-jsoncontract": {"client": "Things", "operations": {
                   "listThings": {"method": "GET", "path": "/thing", "response": {"schema": {"type": "array", "items": {"$ref": "#"}}}},
                   "getThing": {"method": "GET", "path": "/thing/one", "response": {"schema": {"$ref": "#"}}}}}}
                """);
        Path many = project.resolve("many");
        Path one = project.resolve("one");
        Files.createDirectories(many);
        Files.createDirectories(one);
        Files.writeString(many.resolve("a.json"), "[{\"name\": \"a\"}]");
        Files.writeString(one.resolve("b.json"), "{\"name\": \"b\"}");
        Path out = project.resolve("out");
        GenerateTestsService service = new GenerateTestsService();
        service.generate(new GenerateTestsRequest(schema, "listThings", "example.things", many, project, false, out),
                line -> { });
        service.generate(new GenerateTestsRequest(schema, "getThing", "example.things", one, project, false, out),
                line -> { });
        Files.delete(one.resolve("b.json"));

        GenerateTestsResult result = service.generate(
                new GenerateTestsRequest(schema, "getThing", "example.things", one, project, false, out), line -> { });

        assertThat(result.removed()).isEqualTo(1);
        assertThat(out.resolve("example/things/GetThingContractTest.java")).doesNotExist();
        assertThat(out.resolve("example/things/ListThingsContractTest.java")).isRegularFile();
        assertThat(out.resolve("example/things/ContractTestSupport.java")).isRegularFile();
    }

    @Test
    @DisplayName("a response that is one object, not an array, reads into its record")
    void singleObjectResponse() throws Exception {
        Path schema = project.resolve("thing.schema.json");
        Files.writeString(schema, """
                {"title": "Thing", "type": "object", "required": ["size"],
                 "properties": {"size": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}}},
                 "x-jsoncontract": {"client": "Things", "operations": {
                   "getThing": {"method": "GET", "path": "/thing", "response": {"schema": {"$ref": "#"}}}}}}
                """);
        Path folder = recordings();
        Files.writeString(folder.resolve("ok.json"), "{\"size\": 3, \"tags\": [\"a\"]}");
        Files.writeString(folder.resolve("huge.json"), "{\"size\": 123456789012345678901234567890}");
        Contract contract = ContractLoader.load(schema);
        Operation operation = contract.operations().get(0);
        List<Recorded> recorded = GenerateTestsService.check(contract, operation,
                new GenerateTestsRequest(schema, null, "example.things", folder, project, false, project.resolve("out")));
        List<JavaFile> files = GenerateTestsService.files(contract, operation, "example.things",
                "src/test/resources/recordings", recorded);

        GeneratedContractTests.Run run = GeneratedContractTests.compile(contract, files).run("recordings", folder);

        assertThat(run.failures()).containsEntry("ok.json", null);
        assertThat(run.failures().get("huge.json")).startsWith("huge.json: 1 problem\n  cannot be read into Thing: "
                + "Numeric value (123456789012345678901234567890) out of range of long");
    }

    private static List<byte[]> contents(Path out) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                contents.add(Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
