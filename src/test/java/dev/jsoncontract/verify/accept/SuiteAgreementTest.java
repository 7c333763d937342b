package dev.jsoncontract.verify.accept;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.EveritSchemas;
import dev.jsoncontract.verify.conformance.SuiteRemotes;
import dev.jsoncontract.verify.JsonBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the fast accept path to everit on every test of the JSON Schema Test Suite for draft-07,
 * required and {@code optional/} (formats included): for each test, {@code accepts(data)} must equal
 * everit's verdict on the same data (everit's, not the suite's expected one: agreement with the
 * authority is the property). Saying "valid" where everit says "invalid" is never allowed; saying
 * "not proven" where everit says "valid" only for the cases listed in {@code accept/declines.txt},
 * and the test fails when that list is stale.
 */
class SuiteAgreementTest {

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
    @DisplayName("the fast path agrees with everit on every draft-07 suite test, required and optional")
    void agreesWithEveritOnTheSuite(@TempDir Path work) throws Exception {
        Path suite = remotes.suite();
        UnaryOperator<URI> mapping = remotes.mapping();
        Path tests = suite.resolve("tests/draft7");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tests)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("draft-07 test files").hasSizeGreaterThan(50);
        List<String> unsound = new ArrayList<>();
        Map<String, String> declined = new TreeMap<>();
        int total = 0;
        int notLoaded = 0;
        int everitAccepts = 0;
        int everitRejects = 0;
        int everitThrows = 0;
        int fastAccepts = 0;
        int schemaNumber = 0;
        for (Path file : files) {
            String fileName = tests.relativize(file).toString().replace('\\', '/');
            for (JsonNode testCase : SUITE.readTree(file.toFile())) {
                Path schemaFile = work.resolve("schema-" + (schemaNumber++) + ".json");
                Files.write(schemaFile, SUITE.writeValueAsBytes(testCase.get("schema")));
                Schema schema;
                try {
                    Contract contract = ContractLoader.load(schemaFile);
                    schema = EveritSchemas.load(contract.registry(), SchemaNode.root(contract.roots().get(0)), mapping);
                } catch (ContractException | RuntimeException e) {
                    notLoaded += testCase.get("tests").size();
                    continue;
                }
                FastAccept fast = FastAccept.compile(schema);
                for (JsonNode test : testCase.get("tests")) {
                    total++;
                    String key = fileName + " / " + testCase.get("description").asText() + " / "
                            + test.get("description").asText();
                    JsonNode data = JsonBodies.parse(new ByteArrayInputStream(SUITE.writeValueAsBytes(test.get("data"))));
                    Authority authority = Authority.of(schema, data);
                    boolean accepted = fast.accepts(data);
                    switch (authority) {
                        case ACCEPTS -> everitAccepts++;
                        case REJECTS -> everitRejects++;
                        case THROWS -> everitThrows++;
                    }
                    if (accepted) {
                        fastAccepts++;
                        if (authority != Authority.ACCEPTS) {
                            unsound.add(key + "  <-- fast accepts, everit " + authority);
                        }
                    } else if (authority == Authority.ACCEPTS) {
                        declined.put(key, "declined");
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "suite: %d tests (%d more not loaded); everit accepts %d, rejects %d, throws %d;"
                + " fast accepts %d, declines %d%n", total, notLoaded, everitAccepts, everitRejects, everitThrows,
                fastAccepts, declined.size());
        Map<String, String> listed = listedDeclines();
        TreeSet<String> unlisted = new TreeSet<>(declined.keySet());
        unlisted.removeAll(listed.keySet());
        TreeSet<String> stale = new TreeSet<>(listed.keySet());
        stale.removeAll(declined.keySet());
        assertThat(unsound).as("tests the fast path accepts and everit does not (never allowed)").isEmpty();
        assertThat(unlisted).as("tests everit accepts and the fast path declines, not listed in accept/declines.txt")
                .isEmpty();
        assertThat(stale).as("tests listed in accept/declines.txt that the fast path accepts now: remove them")
                .isEmpty();
        assertThat(everitAccepts).as("tests everit accepts").isGreaterThan(total / 3);
        assertThat(everitRejects).as("tests everit rejects").isGreaterThan(total / 3);
        assertThat(total).as("tests run").isGreaterThan(1000);
    }

    /** {@code file / case / test | reason} per line; {@code #} starts a comment line. */
    static Map<String, String> listedDeclines() throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        try (var in = SuiteAgreementTest.class.getResourceAsStream("/accept/declines.txt")) {
            assertThat(in).as("accept/declines.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                assertThat(bar).as("a reason after \" | \" in: %s", line).isPositive();
                assertThat(line.substring(bar + 3).strip()).as("the reason in: %s", line).isNotEmpty();
                listed.put(line.substring(0, bar).strip(), line.substring(bar + 3).strip());
            }
        }
        return listed;
    }
}
