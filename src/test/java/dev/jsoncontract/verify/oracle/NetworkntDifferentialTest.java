package dev.jsoncontract.verify.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.EveritSchemas;
import dev.jsoncontract.verify.JsonBodies;
import dev.jsoncontract.verify.ResponseValidator;
import dev.jsoncontract.verify.accept.CallPages;
import dev.jsoncontract.verify.conformance.SuiteRemotes;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.oracle.Networknt.Verdict;
import dev.jsoncontract.verify.recorded.BytesBody;
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
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds {@code verify}'s verdicts to a second, independent validator, networknt
 * json-schema-validator, on the same bodies: the draft-07 suite (required tests), the SchemaStore
 * development corpus's valid ({@code test/}) and invalid ({@code negative_test/}) JSON instances,
 * and generated call pages with their seeded mutations. jsoncontract's verdict is what
 * {@code verify} reports (a failure finding or none), through the same loader, fast path,
 * streaming and translator.
 *
 * <p>Two rules. verify and everit always agree (everit is the authority; no exception list). Every
 * disagreement with networknt fails the test unless {@code oracle/networknt-differences.txt} lists
 * it with a reason; a listed case that agrees now fails the test too (the list is kept exact).
 */
class NetworkntDifferentialTest {

    /** Reads and writes the suite's data with decimals kept exact. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Validator EVERIT = Validator.builder().build();
    /** The SchemaStore development corpus: {@code -Djsoncontract.corpus}, as the corpus run reads it. */
    private static final Path CORPUS = Path.of(System.getProperty("jsoncontract.corpus",
            Path.of(System.getProperty("jsoncontract.sharedDir", "../shared")).resolve("corpora/schemastore-dev")
                    .toString())).toAbsolutePath().normalize();

    /** What one source of bodies gave. */
    private static final class Tally {
        final String name;
        int judged;
        int agreeing;
        int expectedMet;
        int expectedKnown;
        final Map<String, String> disagreements = new TreeMap<>();
        final List<String> everitDisagreements = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        void judge(String key, Verdict jsoncontract, Verdict everit, Verdict networknt, Boolean expectedValid) {
            judged++;
            if (jsoncontract != everit) {
                everitDisagreements.add(key + ": verify " + jsoncontract + ", everit " + everit);
            }
            if (jsoncontract == networknt) {
                agreeing++;
            } else {
                disagreements.put(key, "verify " + jsoncontract + ", networknt " + networknt);
            }
            if (expectedValid != null) {
                expectedKnown++;
                if ((jsoncontract == Verdict.VALID) == expectedValid) {
                    expectedMet++;
                }
            }
        }

        void print(String extra) {
            System.out.printf(Locale.ROOT, "networknt differential, %s: %d judged, verify and networknt agree on %d,"
                    + " disagree on %d (listed)%s; verify matches the expected verdict on %d of %d%n", name, judged,
                    agreeing, disagreements.size(), extra, expectedMet, expectedKnown);
        }

        /** Fails on a disagreement with everit, an unlisted disagreement with networknt, or a stale listing. */
        void check() throws IOException {
            assertThat(everitDisagreements).as("%s: bodies where verify and everit disagree (never allowed)", name)
                    .isEmpty();
            Map<String, String> listed = listed(name);
            Map<String, String> unlisted = new TreeMap<>(disagreements);
            unlisted.keySet().removeAll(listed.keySet());
            TreeSet<String> stale = new TreeSet<>(listed.keySet());
            stale.removeAll(disagreements.keySet());
            assertThat(first(unlisted)).as("%s: disagreements with networknt not listed in oracle/networknt-differences.txt",
                    name).isEmpty();
            assertThat(stale).as("%s: listed in oracle/networknt-differences.txt but agreeing now: remove them", name)
                    .isEmpty();
        }
    }

    /** At most 40 entries, for a readable failure. */
    private static Map<String, String> first(Map<String, String> all) {
        Map<String, String> shown = new TreeMap<>();
        all.entrySet().stream().limit(40).forEach(e -> shown.put(e.getKey(), e.getValue()));
        return shown;
    }

    @Test
    @DisplayName("on the draft-07 suite verify agrees with everit always and with networknt except the listed cases")
    void suite(@TempDir Path work) throws Exception {
        Path tests = SuiteRemotes.folder().resolve("tests/draft7");
        Tally tally = new Tally("suite");
        try (SuiteRemotes remotes = SuiteRemotes.start()) {
            Networknt networknt = new Networknt(Map.of("http://localhost:1234/",
                    List.of(remotes.suite().resolve("remotes"))));
            List<Path> files;
            try (Stream<Path> list = Files.list(tests)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            int schemaNumber = 0;
            for (Path file : files) {
                for (JsonNode testCase : JSON.readTree(file.toFile())) {
                    Path schemaFile = work.resolve("schema-" + (schemaNumber++) + ".json");
                    Files.write(schemaFile, JSON.writeValueAsBytes(testCase.get("schema")));
                    Judges judges = Judges.load(schemaFile, "", remotes.mapping(), networknt);
                    for (JsonNode test : testCase.get("tests")) {
                        String key = file.getFileName() + " / " + testCase.get("description").asText() + " / "
                                + test.get("description").asText();
                        judges.judge(tally, key, JSON.writeValueAsBytes(test.get("data")), test.get("valid").asBoolean());
                    }
                }
            }
        }
        tally.print("");
        assertThat(tally.judged).as("suite tests judged").isGreaterThan(900);
        tally.check();
    }

    @Test
    @DisplayName("on SchemaStore's valid and invalid instances verify agrees with everit always and with networknt except the listed cases")
    void corpus() throws Exception {
        Path corpus = CORPUS;
        assumePresent(corpus.resolve("schemas"));
        // SchemaStore's own addresses are served from the corpus: the referenced copies, then the schemas
        List<Path> copies = List.of(corpus.resolve("referenced"), corpus.resolve("schemas"));
        List<String> hosts = List.of("https://json.schemastore.org/", "https://www.schemastore.org/");
        UnaryOperator<URI> mapping = uri -> {
            for (String host : hosts) {
                if (uri.toString().startsWith(host)) {
                    String name = uri.toString().substring(host.length());
                    for (Path folder : copies) {
                        for (String candidate : List.of(name, name + ".json")) {
                            Path file = folder.resolve(candidate);
                            if (Files.isRegularFile(file)) {
                                return file.toAbsolutePath().normalize().toUri();
                            }
                        }
                    }
                }
            }
            return null;
        };
        Networknt networknt = new Networknt(Map.of(hosts.get(0), copies, hosts.get(1), copies));
        Tally tally = new Tally("corpus");
        int skipped = 0;
        List<Path> schemas;
        try (Stream<Path> list = Files.list(corpus.resolve("schemas"))) {
            schemas = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<String> mustFail = new ArrayList<>();
        for (Path schemaFile : schemas) {
            String name = schemaFile.getFileName().toString().replaceFirst("\\.json$", "");
            Judges judges = null;
            for (String folder : List.of("test", "negative_test")) {
                Path instances = corpus.resolve(folder).resolve(name);
                if (!Files.isDirectory(instances)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> list = Files.list(instances)) {
                    files = list.sorted().toList();
                }
                for (Path instance : files) {
                    if (!instance.getFileName().toString().endsWith(".json")) {
                        skipped++;
                        continue;
                    }
                    if (judges == null) {
                        judges = Judges.load(schemaFile, "", mapping, networknt);
                    }
                    String key = folder + "/" + name + "/" + instance.getFileName();
                    Verdict verdict = judges.judge(tally, key, Files.readAllBytes(instance), folder.equals("test"));
                    if (folder.equals("negative_test") && (name.equals("dependabot-2.0")
                            || name.equals("mail-servers-config")) && verdict == Verdict.VALID) {
                        mustFail.add(key);
                    }
                }
            }
        }
        for (String name : List.of("dependabot-2.0", "mail-servers-config")) {
            if (!Files.isDirectory(corpus.resolve("negative_test").resolve(name))) {
                System.out.println("networknt differential, corpus: negative_test/" + name + " is not in "
                        + corpus + "; SchemaPlacesTest holds the shape instead");
            }
        }
        tally.print(", " + skipped + " YAML/TOML instances skipped");
        assertThat(mustFail).as("dependabot-2.0 and mail-servers-config negative tests that pass verify").isEmpty();
        assertThat(tally.judged).as("corpus instances judged").isGreaterThan(500);
        tally.check();
    }

    @Test
    @DisplayName("on generated call pages and their seeded mutations verify agrees with everit and networknt")
    void callPages() throws Exception {
        Path contractFile = Path.of("schemas/call.schema.json");
        assertThat(contractFile).isRegularFile();
        Contract contract = ContractLoader.load(contractFile);
        Operation listCalls = contract.operations().stream()
                .filter(operation -> operation.name().equals("listCalls")).findFirst().orElseThrow();
        Judges judges = Judges.load(contract, listCalls.response(), contractFile, uri -> null, new Networknt(Map.of()));
        Tally tally = new Tally("calls");
        CallPages pages = new CallPages(20261201);
        ObjectMapper json = new ObjectMapper();
        int valid = 0;
        for (int i = 0; i < 2000; i++) {
            JsonNode page = i % 4 == 0 ? pages.page(3) : pages.mutate(pages.page(3));
            Verdict verdict = judges.judge(tally, "page " + i + (i % 4 == 0 ? "" : " (mutated)"),
                    json.writeValueAsBytes(page), i % 4 == 0 ? Boolean.TRUE : null);
            valid += verdict == Verdict.VALID ? 1 : 0;
        }
        tally.print("");
        assertThat(valid).as("pages verify finds valid").isBetween(500, 1500);
        tally.check();
    }

    /** The three judges of one schema. */
    private record Judges(ResponseValidator verify, Schema everit, com.networknt.schema.Schema networknt,
            String verifyProblem, String networkntProblem) {

        static Judges load(Path schemaFile, String pointer, UnaryOperator<URI> mapping, Networknt networknt) {
            try {
                Contract contract = ContractLoader.load(schemaFile);
                return load(contract, SchemaNode.root(contract.roots().get(0)), schemaFile, mapping, networknt);
            } catch (Exception e) {
                return new Judges(null, null, loadNetworknt(networknt, schemaFile, pointer), e.getMessage(), null);
            }
        }

        static Judges load(Contract contract, SchemaNode node, Path file, UnaryOperator<URI> mapping,
                Networknt networknt) {
            ResponseValidator verify = null;
            Schema everit = null;
            String problem = null;
            try {
                verify = ResponseValidator.forSchema(contract, node, mapping);
                everit = EveritSchemas.load(contract.registry(), node, mapping);
            } catch (Exception e) {
                problem = e.getMessage();
            }
            com.networknt.schema.Schema other = loadNetworknt(networknt, file, node.pointer());
            return new Judges(verify, everit, other, problem, other == null ? "not loaded" : null);
        }

        private static com.networknt.schema.Schema loadNetworknt(Networknt networknt, Path file, String pointer) {
            try {
                return networknt.load(file, pointer);
            } catch (RuntimeException | StackOverflowError e) {
                return null;
            }
        }

        /** Judges one body three ways and tallies it; returns verify's verdict. */
        Verdict judge(Tally tally, String key, byte[] body, Boolean expectedValid) {
            Verdict jsoncontract = verify == null ? Verdict.ERROR : verify(body);
            Verdict authority = everit == null ? Verdict.ERROR : everit(body);
            Verdict other = networknt == null ? Verdict.ERROR
                    : Networknt.judge(networknt, new String(body, StandardCharsets.UTF_8));
            tally.judge(key, jsoncontract, authority, other, expectedValid);
            if (jsoncontract != other && Boolean.getBoolean("jsoncontract.explainDifferences")) {
                System.out.println("DIFF " + key + ": verify " + (verify == null ? verifyProblem
                        : verify.check(new BytesBody("body.json", body), false).findings().stream().limit(3).toList())
                        + "\n  networknt " + (networknt == null ? networkntProblem
                        : Networknt.explain(networknt, new String(body, StandardCharsets.UTF_8))));
            }
            return jsoncontract;
        }

        private Verdict verify(byte[] body) {
            try {
                CheckedBody checked = verify.check(new BytesBody("body.json", body), false);
                return checked.findings().stream().anyMatch(f -> f.severity() == Severity.FAILURE)
                        ? Verdict.INVALID : Verdict.VALID;
            } catch (RuntimeException | StackOverflowError e) {
                return Verdict.ERROR;
            }
        }

        private Verdict everit(byte[] body) {
            Object value;
            try {
                value = JsonBodies.toOrgJson(JsonBodies.parse(new ByteArrayInputStream(body)));
            } catch (JsonBodies.NotJsonException | IOException e) {
                return Verdict.INVALID; // verify: a file finding
            }
            try {
                EVERIT.performValidation(everit, value);
                return Verdict.VALID;
            } catch (ValidationException e) {
                return Verdict.INVALID;
            } catch (RuntimeException | StackOverflowError e) {
                return Verdict.ERROR;
            }
        }
    }

    private static void assumePresent(Path folder) {
        if (!Files.isDirectory(folder)) {
            System.out.println("networknt differential: " + folder + " is absent, so the corpus comparison is skipped"
                    + " (run with -Djsoncontract.corpus=<the SchemaStore development corpus>)");
        }
        Assumptions.assumeTrue(Files.isDirectory(folder), folder + " is absent");
    }

    /** The listed differences of one source: {@code source: key | reason}, {@code #} starts a comment. */
    static Map<String, String> listed(String source) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        try (var in = NetworkntDifferentialTest.class.getResourceAsStream("/oracle/networknt-differences.txt")) {
            assertThat(in).as("oracle/networknt-differences.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || !line.startsWith(source + ": ")) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                assertThat(bar).as("a reason after \" | \" in: %s", line).isPositive();
                assertThat(line.substring(bar + 3).strip()).as("the reason in: %s", line).isNotEmpty();
                listed.put(line.substring(source.length() + 2, bar).strip(), line.substring(bar + 3).strip());
            }
        }
        return listed;
    }
}
