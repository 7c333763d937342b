package dev.jsoncontract.generate.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.SourceCompiler;
import dev.jsoncontract.generate.CapturingGenerator;
import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.generate.GenerateRequest;
import dev.jsoncontract.generate.GenerateService;
import dev.jsoncontract.testing.Bounded;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Generator fuzzing (issue 12): random contracts made by {@link SchemaArbitraries} go through
 * {@link GenerateService} as the Mojo calls it; each must yield code that javac compiles without a
 * warning ({@code -Xlint:all}), or be refused by a {@link GenerateException} whose every problem is
 * {@code schema.json#<pointer>: ...} with a pointer that exists in the schema. Anything else (another
 * exception, a hang, a compile error or warning, a problem without a place) fails the property with
 * its seed and the shrunk schema, unless it is one of the {@link #KNOWN_GAPS}. The counts per outcome
 * are printed as jqwik statistics.
 */
class GenerateFuzzTest {

    /**
     * Failures the current generator is known to have, each with the reason it is left for now. A
     * failure matching one is counted under its name instead of failing the property; remove an
     * entry when it is fixed, and the property holds the fix.
     */
    static final List<KnownGap> KNOWN_GAPS = List.of();

    /** A known failure: a name for the statistics, why it is open, and which outcomes it covers. */
    record KnownGap(String name, String reason, Predicate<Outcome> matches) {
    }

    /** What one contract gave. {@code detail} holds the problem lines, diagnostics or stack trace. */
    record Outcome(String kind, boolean ok, String detail, Throwable crash) {
    }

    /** Writes the schemas; deeper than Jackson's default of 1,000 levels, so that generate is the one to refuse. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
            .build()).build();
    /**
     * How long one generate may take before it counts as a hang: generous, since a loaded machine
     * (a full build beside others) stretched a 3,000-$ref chain past 20 s; speed is measured in
     * bench/, not here.
     */
    private static final Duration GENERATE_TIMEOUT = Duration.ofSeconds(120);
    /** The random contracts' limit while the known gap "generate runs past its time limit" is open. */
    private static final long RANDOM_TIMEOUT_SECONDS = 15;
    /** Contracts per try on average, compiled together. */
    static final int BATCH = 10;

    /**
     * {@code -Djsoncontract.fuzz.survey=<file>}: failures are appended to the file (kind, detail,
     * schema) instead of failing the property, so that one run lists every kind of failure.
     */
    private static final Path SURVEY = System.getProperty("jsoncontract.fuzz.survey", "").isBlank() ? null
            : Path.of(System.getProperty("jsoncontract.fuzz.survey"));

    private static SourceCompiler javac;
    private static Path work;
    private static Bounded worker;
    /** CPU time (ns) of generate and of javac, printed at the end: wall time says little on a shared machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong GENERATE_CPU = new AtomicLong();
    private static final AtomicLong COMPILE_CPU = new AtomicLong();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger RANDOM_CONTRACTS = new AtomicInteger();

    @BeforeContainer
    static void start() throws IOException {
        javac = new SourceCompiler(List.of("-Xlint:all", "-proc:none", "--release", "17"));
        work = Files.createTempDirectory("jsoncontract-fuzz");
        worker = new Bounded("fuzz-generate");
    }

    @AfterContainer
    static void stop() throws IOException {
        javac.close();
        worker.close();
        Bounded.deleteTree(work);
        System.out.println("generator fuzzing: " + RANDOM_CONTRACTS.get() + " random contracts checked; CPU time: generate "
                + GENERATE_CPU.get() / 1_000_000 + " ms, javac " + COMPILE_CPU.get() / 1_000_000 + " ms");
        if (RANDOM_CONTRACTS.get() > 0 && RANDOM_CONTRACTS.get() < 1000) {
            throw new AssertionError("only " + RANDOM_CONTRACTS.get() + " random contracts were checked; raise the"
                    + " tries of randomContracts so that at least 1,000 are");
        }
    }

    /**
     * 120 tries of 1 to 19 contracts (about 1,200; {@link #stop()} checks that at least 1,000 ran):
     * each try compiles its generated models in one javac call, each in its own package, which
     * keeps the property near a minute; a failing try shrinks its list to the contract that fails,
     * then that contract.
     */
    @Property(tries = 120, seed = "20261201", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Label("a random contract generates code that compiles without warnings, or is refused with a file#pointer")
    void randomContracts(@ForAll("contracts") List<JsonNode> schemas) throws Exception {
        RANDOM_CONTRACTS.addAndGet(schemas.size());
        check(schemas, Duration.ofSeconds(RANDOM_TIMEOUT_SECONDS));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    @Label("deep nesting and long $ref chains generate compiling code, or are refused with a file#pointer")
    void deepContracts(@ForAll("deep") JsonNode schema) throws Exception {
        check(List.of(schema), GENERATE_TIMEOUT);
    }

    @Provide
    Arbitrary<List<JsonNode>> contracts() {
        return SchemaArbitraries.contracts().list().ofMinSize(1).ofMaxSize(2 * BATCH - 1)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<JsonNode> deep() {
        return SchemaArbitraries.deepContracts();
    }

    private static void check(List<JsonNode> schemas, Duration limit) throws IOException {
        List<Outcome> outcomes = run(schemas, limit);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < schemas.size(); i++) {
            Outcome outcome = outcomes.get(i);
            Optional<KnownGap> gap = outcome.ok() ? Optional.empty()
                    : KNOWN_GAPS.stream().filter(g -> g.matches().test(outcome)).findFirst();
            Statistics.label("outcome").collect(gap.map(g -> "known gap: " + g.name()).orElse(outcome.kind()));
            if (outcome.ok() || gap.isPresent()) {
                continue;
            }
            String failure = outcome.kind() + "\n" + outcome.detail() + "\nschema:\n"
                    + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schemas.get(i));
            if (SURVEY != null) {
                Files.writeString(SURVEY, "== " + outcome.kind() + "\n" + outcome.detail().lines().limit(6)
                        .collect(Collectors.joining("\n")) + "\n" + JSON.writeValueAsString(schemas.get(i)) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            AssertionError failure = new AssertionError(String.join("\n\n", failures));
            outcomes.stream().map(Outcome::crash).filter(c -> c != null).findFirst().ifPresent(failure::initCause);
            throw failure;
        }
    }

    /** Generates each contract (bounded in time), then compiles what was generated in one call; classifies each. */
    static List<Outcome> run(List<JsonNode> schemas, Duration limit) throws IOException {
        Path folder = work.resolve("t" + TRIES.incrementAndGet());
        Outcome[] outcomes = new Outcome[schemas.size()];
        Map<Integer, List<JavaFile>> generated = new LinkedHashMap<>();
        try {
            for (int i = 0; i < schemas.size(); i++) {
                List<JavaFile> files = new ArrayList<>();
                outcomes[i] = generate(schemas.get(i), folder.resolve("c" + i), "fuzz.c" + i, files, limit);
                if (outcomes[i] == null) {
                    generated.put(i, files);
                }
            }
            if (!generated.isEmpty()) {
                compile(generated, outcomes);
            }
        } finally {
            Bounded.deleteTree(folder);
        }
        return List.of(outcomes);
    }

    /** {@code null} when sources were generated (into {@code files}), else the outcome. */
    private static Outcome generate(JsonNode schema, Path folder, String packageName, List<JavaFile> files,
            Duration limit) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("schema.json");
        Files.writeString(file, JSON.writeValueAsString(schema), StandardCharsets.UTF_8);
        CapturingGenerator generator = new CapturingGenerator();
        GenerateRequest request = new GenerateRequest(file, packageName, folder.resolve("out"), "fuzz");
        try {
            worker.call(() -> {
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    return new GenerateService(generator).generate(request, line -> { });
                } finally {
                    GENERATE_CPU.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
                }
            }, limit);
        } catch (TimeoutException e) {
            return new Outcome("timed out", false, "generate still ran after " + limit.toSeconds() + " s",
                    null);
        } catch (ExecutionException e) {
            return refusalOrCrash(schema, e.getCause());
        }
        if (generator.files().isEmpty()) {
            return new Outcome("generated no type (a scalar, list or map)", true, "", null);
        }
        files.addAll(generator.files());
        return null;
    }

    private static void compile(Map<Integer, List<JavaFile>> generated, Outcome[] outcomes) {
        long start = THREADS.getCurrentThreadCpuTime();
        SourceCompiler.Grouped<Integer> compiled = javac.compileGroups(generated);
        COMPILE_CPU.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        for (int index : generated.keySet()) {
            List<SourceCompiler.Problem> own = compiled.of(index);
            String detail = own.stream().map(SourceCompiler.Problem::toString).collect(Collectors.joining("\n"));
            if (own.stream().anyMatch(SourceCompiler.Problem::error)) {
                outcomes[index] = new Outcome("compile error", false, detail, null);
            } else if (!own.isEmpty()) {
                outcomes[index] = new Outcome("compile warning", false, detail, null);
            } else if (!compiled.unattributed().isEmpty()) {
                outcomes[index] = new Outcome(compiled.result().success() ? "compile warning" : "compile error", false,
                        "javac reported without a source: " + compiled.unattributed(), null);
            } else {
                outcomes[index] = new Outcome("compiled", true, "", null);
            }
        }
    }

    private static Outcome refusalOrCrash(JsonNode schema, Throwable cause) {
        if (!(cause instanceof GenerateException refused)) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            return new Outcome("crashed: " + cause.getClass().getSimpleName(), false,
                    trace.toString().lines().limit(30).collect(Collectors.joining("\n")), cause);
        }
        if (refused.problems().isEmpty()) {
            return new Outcome("refused without a file#pointer", false, refused.getMessage(), null);
        }
        for (String problem : refused.problems()) {
            String pointer = pointer(problem);
            if (pointer == null) {
                return new Outcome("refused without a file#pointer", false, refused.getMessage(), null);
            }
            if (schema.at(JsonPointer.compile(pointer)).isMissingNode()) {
                return new Outcome("refused at a pointer the schema does not have", false, refused.getMessage(), null);
            }
        }
        return new Outcome("refused with a file#pointer", true, refused.getMessage(), null);
    }

    /** The pointer of {@code schema.json#/a/b: problem}, or {@code null} when the problem has no such place. */
    static String pointer(String problem) {
        String prefix = "schema.json#";
        if (!problem.startsWith(prefix)) {
            return null;
        }
        int end = problem.indexOf(": ", prefix.length());
        if (end < 0 || end + 2 >= problem.length()) {
            return null;
        }
        String pointer = problem.substring(prefix.length(), end);
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return null;
        }
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return pointer;
    }

    private static String problems(SourceCompiler.Result result) {
        return result.problems().stream().map(SourceCompiler.Problem::toString).collect(Collectors.joining("\n"));
    }
}
