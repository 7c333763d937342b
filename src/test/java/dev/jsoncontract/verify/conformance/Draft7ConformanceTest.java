package dev.jsoncontract.verify.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.ResponseValidator;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the official JSON Schema Test Suite (draft-07, required tests, not {@code optional/})
 * through the code path {@code verify} uses: the schema is written to a file and loaded with
 * {@link ContractLoader} and {@link ResponseValidator}; each test's data is held as bytes and parsed
 * by the same parser; {@code refRemote} documents are served from {@code remotes/} by a loopback
 * HTTP server, with {@code http://localhost:1234/} mapped onto it.
 *
 * <p>Known failures are listed in {@code conformance/known-failures.txt} with a reason each; the
 * test fails when a case not listed fails, or a listed one passes.
 */
class Draft7ConformanceTest {

    private static final ObjectMapper SUITE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static SuiteRemotes remotes;

    @BeforeAll
    static void serveRemotes() throws IOException {
        remotes = SuiteRemotes.start();
    }

    @AfterAll
    static void stopRemotes() {
        if (remotes != null) {
            remotes.close();
        }
    }

    @Test
    @DisplayName("the required draft-07 tests pass, except the listed known failures, each with a reason")
    void requiredDraft7Tests(@TempDir Path work) throws IOException {
        Path suite = remotes.suite();
        UnaryOperator<URI> mapping = remotes.mapping();
        List<Path> files;
        try (Stream<Path> list = Files.list(suite.resolve("tests/draft7"))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("draft-07 test files").hasSizeGreaterThan(30);
        Map<String, String> failing = new TreeMap<>();
        int total = 0;
        int schemaNumber = 0;
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            for (JsonNode testCase : SUITE.readTree(file.toFile())) {
                Path schemaFile = work.resolve("schema-" + (schemaNumber++) + ".json");
                Files.write(schemaFile, SUITE.writeValueAsBytes(testCase.get("schema")));
                ResponseValidator validator = null;
                String loadProblem = null;
                try {
                    Contract contract = ContractLoader.load(schemaFile);
                    validator = ResponseValidator.forSchema(contract, SchemaNode.root(contract.roots().get(0)), mapping);
                } catch (ContractException | RuntimeException e) {
                    loadProblem = "schema not loaded: " + e.getMessage();
                }
                for (JsonNode test : testCase.get("tests")) {
                    total++;
                    String key = fileName + " / " + testCase.get("description").asText() + " / "
                            + test.get("description").asText();
                    boolean expected = test.get("valid").asBoolean();
                    String problem = loadProblem;
                    if (validator != null) {
                        byte[] bytes = SUITE.writeValueAsBytes(test.get("data"));
                        try {
                            CheckedBody checked = validator.check(new BytesBody("data.json", bytes), false);
                            boolean valid = checked.findings().stream().noneMatch(f -> f.severity() == Severity.FAILURE);
                            if (valid != expected) {
                                problem = expected ? "rejected: " + checked.findings() : "accepted";
                            }
                        } catch (RuntimeException e) {
                            problem = "threw " + e;
                        }
                    }
                    if (problem != null) {
                        failing.put(key, problem);
                    }
                }
            }
        }
        Map<String, String> known = knownFailures();
        List<String> unexpected = new ArrayList<>();
        failing.forEach((key, problem) -> {
            if (!known.containsKey(key)) {
                unexpected.add(key + "  <-- " + problem);
            }
        });
        TreeSet<String> nowPassing = new TreeSet<>(known.keySet());
        nowPassing.removeAll(failing.keySet());
        System.out.printf(java.util.Locale.ROOT, "%d of %d required draft-07 tests pass%n", total - failing.size(), total);
        assertThat(unexpected).as("draft-07 tests that fail and are not listed in known-failures.txt").isEmpty();
        assertThat(nowPassing).as("tests listed in known-failures.txt that pass now: remove them from the list").isEmpty();
        assertThat(total - failing.size()).as("passing tests").isGreaterThan(total * 9 / 10);
    }

    /** {@code file / case / test | reason} per line; {@code #} starts a comment line. */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        try (var in = Draft7ConformanceTest.class.getResourceAsStream("/conformance/known-failures.txt")) {
            assertThat(in).as("conformance/known-failures.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                assertThat(bar).as("a reason after \" | \" in: %s", line).isPositive();
                assertThat(line.substring(bar + 3).strip()).as("the reason in: %s", line).isNotEmpty();
                known.put(line.substring(0, bar).strip(), line.substring(bar + 3).strip());
            }
        }
        return known;
    }
}
