package dev.jsoncontract.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.codegen.SourceCompiler;
import dev.jsoncontract.codegen.model.ModelGenerator;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.corpus.SchemaRun.Compiled;
import dev.jsoncontract.corpus.SchemaRun.Generated;
import dev.jsoncontract.generate.CapturingGenerator;
import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.contract.SchemaMapping;
import dev.jsoncontract.contract.SchemaSource;
import dev.jsoncontract.generate.GenerateRequest;
import dev.jsoncontract.generate.GenerateService;
import dev.jsoncontract.testgen.RoundTripTests;
import dev.jsoncontract.testing.Bounded;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs {@code generate} over the SchemaStore development corpus ({@code shared/corpora/schemastore-dev},
 * issue 9) and measures what came out:
 *
 * <ol>
 *   <li>every {@code schemas/<name>.json} goes through {@link GenerateService} with the request the
 *       Mojo builds (the production generator, captured by {@link CapturingGenerator}), bounded by a
 *       per-schema timeout; a {@link GenerateException} is a refusal, anything else a crash;
 *   <li>the model of every generated schema (each in its own package) is compiled in memory with
 *       {@code -Xlint:all --release 17}, in batches, one compiler for the whole run; a warning makes
 *       the outcome "compile warnings";
 *   <li>every JSON instance of {@code test/<name>/} is read into the schema's generated type and
 *       written back by the contract tests {@code generate-tests} would write for it
 *       ({@link RoundTripTests}), so numbers, nulls and undescribed properties are judged by the
 *       rule of the generated tests; YAML and TOML instances are counted and skipped;
 *   <li>the record components and type positions mapped to {@code JsonNode} or {@code Object} are
 *       counted on the compiled classes.
 * </ol>
 *
 * <p>Remote references: until {@code schemaMappings} exists, a copy of each schema is made in which
 * {@code "$ref": "https://json.schemastore.org/<file>"} and {@code https://www.schemastore.org/<file>}
 * become {@code "<file>"}, with the files of {@code referenced/} copied beside it; other hosts stay
 * remote (and are refused).
 */
final class CorpusRunner {

    /** The {@code $ref} prefixes that {@code referenced/} holds. */
    private static final Pattern REMOTE_REF =
            Pattern.compile("(\"\\$ref\"\\s*:\\s*\")https://(?:json|www)\\.schemastore\\.org/");
    private static final Set<String> OTHER_INSTANCES = Set.of("yaml", "yml", "toml");
    private static final List<String> JAVAC = List.of("-Xlint:all", "-proc:none", "--release", "17");

    /**
     * @param corpus the corpus folder (with {@code schemas/}, {@code test/}, {@code referenced/})
     * @param out where copies, generated sources and reports go; emptied first
     * @param only schemas whose name matches are run (all when {@code null})
     * @param generateTimeout the bound of one schema's {@code generate}
     * @param roundTripTimeout the bound of one schema's instances
     * @param batch how many schemas javac compiles at once
     */
    record Options(Path corpus, Path out, Pattern only, Duration generateTimeout, Duration roundTripTimeout,
            int batch) {
    }

    private final Options options;
    private final Bounded worker = new Bounded("corpus-worker");

    private CorpusRunner(Options options) {
        this.options = options;
    }

    /** Runs the corpus; the reports are written to {@code options.out()}. */
    static CorpusReport run(Options options) throws IOException {
        long start = System.nanoTime();
        CorpusRunner runner = new CorpusRunner(options);
        List<SchemaRun> runs;
        try {
            runs = runner.runAll();
        } finally {
            runner.worker.close();
        }
        CorpusReport report = new CorpusReport(options.corpus(), runs, Duration.ofNanos(System.nanoTime() - start),
                JAVAC);
        report.write(options.out());
        return report;
    }

    private List<SchemaRun> runAll() throws IOException {
        Bounded.deleteTree(options.out());
        Path work = options.out().resolve("schemas");
        Files.createDirectories(work);
        List<SchemaRun> runs = prepare(work);
        for (SchemaRun run : runs) {
            generate(run);
        }
        try (SourceCompiler javac = new SourceCompiler(JAVAC)) {
            List<SchemaRun> generated = runs.stream().filter(r -> r.generated == Generated.GENERATED).toList();
            for (int from = 0; from < generated.size(); from += options.batch()) {
                List<SchemaRun> batch = generated.subList(from, Math.min(generated.size(), from + options.batch()));
                compile(javac, batch);
                for (SchemaRun run : batch) {
                    if (run.compiledOk()) {
                        countLoose(run);
                        roundTrip(run);
                    } else {
                        run.notTried = run.jsonInstances.size();
                    }
                    run.classes = null;
                    run.contract = null;
                }
            }
        }
        runs.stream().filter(r -> r.generated != Generated.GENERATED).forEach(r -> r.notTried = r.jsonInstances.size());
        return runs;
    }

    // ---------------------------------------------------------------- preparing

    /** Lists the selected schemas (read in place) and their instances. */
    private List<SchemaRun> prepare(Path work) throws IOException {
        Path schemas = options.corpus().resolve("schemas");
        List<Path> files;
        try (Stream<Path> list = Files.list(schemas)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        List<SchemaRun> runs = new ArrayList<>();
        Set<String> packages = new HashSet<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".json".length());
            if (options.only() != null && !options.only().matcher(name).find()) {
                continue;
            }
            SchemaRun run = new SchemaRun(name, file, packageName(name, packages));
            run.remoteRefsMapped = REMOTE_REF.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().count() > 0 ? 1 : 0;
            listInstances(run, options.corpus().resolve("test").resolve(name));
            runs.add(run);
        }
        return runs;
    }

    /**
     * SchemaStore's URLs, as a user maps them: the corpus's schemas first (SchemaStore serves them
     * there), then {@code referenced/}.
     */
    private List<SchemaMapping> mappings() {
        List<SchemaMapping> mappings = new ArrayList<>();
        for (String host : List.of("https://json.schemastore.org/", "https://www.schemastore.org/")) {
            mappings.add(new SchemaMapping(host, options.corpus().resolve("schemas")));
            mappings.add(new SchemaMapping(host, options.corpus().resolve("referenced")));
        }
        return mappings;
    }

    private static void listInstances(SchemaRun run, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (extension.equals("json")) {
                    run.jsonInstances.add(name);
                } else if (OTHER_INSTANCES.contains(extension)) {
                    run.otherInstances++;
                }
            }
        }
    }

    /** {@code corpus.<name>}, lower case, every other character {@code _}, unique. */
    static String packageName(String name, Set<String> taken) {
        StringBuilder segment = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            segment.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        String base = "corpus." + (Character.isDigit(segment.charAt(0)) || SourceVersion.isKeyword(segment)
                ? "_" + segment : segment.toString());
        String candidate = base;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }

    // ---------------------------------------------------------------- generating

    private void generate(SchemaRun run) {
        CapturingGenerator generator = new CapturingGenerator();
        GenerateService service = new GenerateService(generator);
        GenerateRequest request = new GenerateRequest(new SchemaSource(run.schema, List.of(), List.of(), mappings()),
                run.packageName, options.out().resolve("generated").resolve(run.name), "corpus", false);
        try {
            worker.call(() -> service.generate(request, line -> { }), options.generateTimeout());
            run.generated = Generated.GENERATED;
            run.contract = generator.contract();
            run.model = generator.files();
            run.warnings = generator.warnings();
        } catch (TimeoutException e) {
            run.generated = Generated.TIMED_OUT;
            run.problem = "still running after " + options.generateTimeout().toSeconds() + " s";
            return;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GenerateException refused) {
                run.generated = Generated.REFUSED;
                run.detail = refused.getMessage();
                run.problem = refused.problems().isEmpty() ? firstLine(refused.getMessage())
                        : refused.problems().get(0) + (refused.problems().size() > 1
                                ? " (and " + (refused.problems().size() - 1) + " more)" : "");
                run.pointerNamed = !refused.problems().isEmpty()
                        && refused.problems().stream().allMatch(p -> p.contains("#"));
            } else {
                run.generated = Generated.CRASHED;
                run.problem = String.valueOf(cause);
                run.detail = stackTrace(cause);
            }
            return;
        }
        prepareRoundTrip(run);
    }

    /**
     * The root's generated type, as {@code generate-tests} maps a response, and the contract tests of
     * its instances; a failure here is noted (a crash of the test writer is a bug of
     * {@code generate-tests}, reported apart), not fatal.
     */
    private void prepareRoundTrip(SchemaRun run) {
        try {
            ModelGenerator model = new ModelGenerator(run.contract.registry(), run.packageName);
            model.addRoots(run.contract.roots());
            SchemaNode root = SchemaNode.root(run.contract.roots().get(0));
            run.rootType = model.map(root, true);
            if (run.jsonInstances.isEmpty()) {
                return;
            }
            Set<String> taken = new HashSet<>();
            run.model.forEach(file -> taken.add(file.typeSpec().name().toLowerCase(Locale.ROOT)));
            String suffix = "";
            for (int i = 2; taken.contains(("CorpusRoundTripTest" + suffix).toLowerCase(Locale.ROOT))
                    || taken.contains(("CorpusRoundTripSupport" + suffix).toLowerCase(Locale.ROOT)); i++) {
                suffix = Integer.toString(i);
            }
            run.testClass = ClassName.get(run.packageName, "CorpusRoundTripTest" + suffix);
            Path folder = options.corpus().resolve("test").resolve(run.name).toAbsolutePath().normalize();
            run.tests = RoundTripTests.write(run.contract, root, run.rootType, run.testClass,
                    run.testClass.peerClass("CorpusRoundTripSupport" + suffix), folder.toString(), run.jsonInstances);
        } catch (ContractException | RuntimeException e) {
            run.testsProblem = "the contract tests cannot be written: " + e;
            run.testsCrash = e instanceof RuntimeException;
            run.tests = List.of();
        }
    }

    // ---------------------------------------------------------------- compiling

    /** Who a source belongs to. */
    private record Owner(SchemaRun run, boolean test) {
    }

    /**
     * Compiles a batch; a schema whose model has an error is taken out and the rest compiled again
     * (javac writes no class when any source has an error); a contract test that does not compile is
     * dropped the same way.
     */
    private static void compile(SourceCompiler javac, List<SchemaRun> batch) {
        List<SchemaRun> pending = new ArrayList<>(batch);
        for (int round = 0; !pending.isEmpty() && round <= batch.size() + 1; round++) {
            Map<Owner, List<JavaFile>> groups = new LinkedHashMap<>();
            for (SchemaRun run : pending) {
                run.compileProblems.clear();
                run.testCompileProblems.clear();
                groups.put(new Owner(run, false), run.model);
                groups.put(new Owner(run, true), run.tests);
            }
            SourceCompiler.Grouped<Owner> compiled = javac.compileGroups(groups);
            SourceCompiler.Result result = compiled.result();
            Set<SchemaRun> modelErrors = new HashSet<>();
            Set<SchemaRun> testErrors = new HashSet<>();
            List<String> unattributed = compiled.unattributed().stream().map(SourceCompiler.Problem::toString).toList();
            compiled.problems().forEach((owner, problems) -> {
                for (SourceCompiler.Problem problem : problems) {
                    (owner.test() ? owner.run().testCompileProblems : owner.run().compileProblems).add(problem.toString());
                    if (problem.error()) {
                        (owner.test() ? testErrors : modelErrors).add(owner.run());
                    }
                }
            });
            if (result.success()) {
                for (SchemaRun run : pending) {
                    run.compiled = run.compileProblems.isEmpty() ? Compiled.CLEAN : Compiled.WARNINGS;
                    run.classes = result.classes();
                    if (!run.testCompileProblems.isEmpty() && run.testsProblem.isEmpty()) {
                        run.testsProblem = "the contract tests compile with warnings: " + run.testCompileProblems.get(0);
                    }
                }
                return;
            }
            if (modelErrors.isEmpty() && testErrors.isEmpty()) {
                for (SchemaRun run : pending) {
                    run.compiled = Compiled.FAILED;
                    run.compileProblems.addAll(unattributed);
                }
                return;
            }
            for (SchemaRun run : modelErrors) {
                run.compiled = Compiled.FAILED;
                pending.remove(run);
            }
            for (SchemaRun run : testErrors) {
                if (!modelErrors.contains(run)) {
                    run.testsProblem = "the contract tests do not compile: " + run.testCompileProblems.stream()
                            .filter(p -> p.contains("ERROR")).findFirst().orElse("");
                    run.tests = List.of();
                }
            }
        }
    }

    // ---------------------------------------------------------------- measuring

    /** Record components and the element and value types inside them that are {@code Object} or {@code JsonNode}. */
    private static void countLoose(SchemaRun run) {
        run.rootLoose = run.rootType != null && isLoose(run.rootType);
        for (JavaFile file : run.model) {
            try {
                countLoose(run, run.classes.loadClass(file.packageName() + "." + file.typeSpec().name()));
            } catch (ClassNotFoundException | LinkageError e) {
                run.instanceProblems.add("cannot load " + file.typeSpec().name() + ": " + e);
            }
        }
    }

    private static void countLoose(SchemaRun run, Class<?> type) {
        if (type.isRecord() && !isUnknownBranch(type)) {
            for (RecordComponent component : type.getRecordComponents()) {
                run.components++;
                if (isLoose(component.getGenericType())) {
                    run.looseComponents++;
                }
                countPositions(run, component.getGenericType());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            countLoose(run, nested);
        }
    }

    /** {@code UnknownMessage} keeps every property of a branch it does not know, by design: not a loosening. */
    private static boolean isUnknownBranch(Class<?> type) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (type.getSimpleName().equals("Unknown" + implemented.getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static void countPositions(SchemaRun run, Type type) {
        run.positions++;
        if (isLoose(type)) {
            run.loosePositions++;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            boolean map = parameterized.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw);
            for (int i = map ? 1 : 0; i < arguments.length; i++) {
                countPositions(run, arguments[i]);
            }
        } else if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            countPositions(run, wildcard.getUpperBounds()[0]);
        }
    }

    private static boolean isLoose(Type type) {
        return type == Object.class || (type instanceof Class<?> c && JsonNode.class.isAssignableFrom(c));
    }

    /** A root mapped to no type of its own: {@code Object}, {@code JsonNode}, or a list or map of them. */
    private static boolean isLoose(TypeName type) {
        String name = type.toString();
        return name.equals("java.lang.Object") || name.equals(JsonNode.class.getName())
                || name.equals("java.util.Map<java.lang.String, java.lang.Object>")
                || name.equals("java.util.List<java.lang.Object>");
    }

    // ---------------------------------------------------------------- round trips

    /** Runs the generated contract test of every JSON instance, classifying each by its message. */
    private void roundTrip(SchemaRun run) {
        if (run.jsonInstances.isEmpty()) {
            return;
        }
        if (run.tests.isEmpty()) {
            run.notTried = run.jsonInstances.size();
            return;
        }
        PrintStream console = System.out;
        ByteArrayOutputStream notes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(notes, true, StandardCharsets.UTF_8));
            worker.call(() -> {
                execute(run);
                return null;
            }, options.roundTripTimeout());
        } catch (TimeoutException e) {
            int done = run.roundTripOk + run.roundTripDiffers + run.readFailed + run.notJson;
            run.notTried += run.jsonInstances.size() - done;
            run.instanceProblems.add("TIMED OUT: the instances were still being read after "
                    + options.roundTripTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            run.notTried = run.jsonInstances.size() - (run.roundTripOk + run.roundTripDiffers + run.readFailed
                    + run.notJson);
            run.testsProblem = "the contract tests cannot be run: " + e.getCause();
        } finally {
            System.setOut(console);
        }
        run.undescribedNotes = (int) notes.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("jsoncontract: ")).count();
    }

    private static void execute(SchemaRun run) throws ReflectiveOperationException {
        Class<?> test = run.classes.loadClass(run.testClass.canonicalName());
        // the generated test takes JUnit's TestReporter: its report entries are the lines counted as notes
        Constructor<?> constructor = test.getDeclaredConstructor(org.junit.jupiter.api.TestReporter.class);
        constructor.setAccessible(true);
        Method recordings = test.getDeclaredMethod("recordings");
        recordings.setAccessible(true);
        org.junit.jupiter.api.TestReporter reporter = entries -> entries.values()
                .forEach(text -> System.out.println(text.startsWith("jsoncontract: ") ? text : "jsoncontract: " + text));
        @SuppressWarnings("unchecked")
        Stream<DynamicTest> tests = (Stream<DynamicTest>) recordings.invoke(constructor.newInstance(reporter));
        for (DynamicTest instance : tests.toList()) {
            try {
                instance.getExecutable().execute();
                run.roundTripOk++;
            } catch (AssertionError e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains(" round trip: ") && !message.contains("cannot be read into ")) {
                    run.roundTripDiffers++;
                } else if (message.contains("is not JSON: ")) {
                    run.notJson++;
                } else {
                    run.readFailed++;
                }
                run.instanceProblems.add(message);
            } catch (Throwable e) {
                run.readFailed++;
                run.instanceProblems.add(instance.getDisplayName() + ": CRASHED: " + stackTrace(e));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String stackTrace(Throwable e) {
        Throwable shown = e instanceof InvocationTargetException invocation && invocation.getCause() != null
                ? invocation.getCause() : e;
        StringWriter trace = new StringWriter();
        shown.printStackTrace(new PrintWriter(trace));
        List<String> lines = trace.toString().lines().limit(40).toList();
        return String.join("\n", lines);
    }
}
