package dev.jsoncontract.testgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.GenerationException;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.codegen.client.ClientGenerator;
import dev.jsoncontract.codegen.model.ModelGenerator;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaLimits;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.generate.SourceFiles;
import dev.jsoncontract.verify.ResponseBody;
import dev.jsoncontract.verify.ResponseValidator;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.recorded.FileBody;
import dev.jsoncontract.verify.recorded.HarReader;
import dev.jsoncontract.verify.recorded.Recordings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs {@code generate-tests}: loads the contract, checks every recording with the {@code verify}
 * validator, derives the contract table and writes the JUnit 5 sources below the output directory.
 *
 * <p>Only files whose content changed are written; files an earlier run wrote that are no longer
 * produced (for instance because the recordings folder is now empty) are deleted. Which files the
 * goal wrote for an operation is kept in {@code .jsoncontract-tests-<operation>} in the output
 * directory, so that executions for several operations can share it; no other file is touched, and
 * a file another operation's run still lists (the shared support class) is never deleted.
 */
public final class GenerateTestsService {

    /** The prefix of the lists of files the last runs wrote, one per operation, one relative path per line. */
    public static final String STATE_FILE = ".jsoncontract-tests-";

    private static final String SUPPORT_NAME = "ContractTestSupport";

    /**
     * How many findings of one recording the test holds; the rest are counted. Keeps the generated
     * class far below the JVM's 64 KB limit on its initializer, however broken the recordings are.
     */
    static final int MAX_FINDINGS = 20;

    /**
     * @param request what to generate, where
     * @param log receives one line saying what was done
     * @return what was done
     * @throws GenerateTestsException when the configuration or the contract has problems, or the
     *     output cannot be written
     */
    public GenerateTestsResult generate(GenerateTestsRequest request, Consumer<String> log)
            throws GenerateTestsException {
        checkPackageName(request.packageName());
        Path out = request.outputDirectory().toAbsolutePath().normalize();
        String folder = relativeFolder(request);
        Contract contract = loadContract(request.schema());
        Operation operation = operation(contract, request.operation());
        List<Recorded> recordings = check(contract, operation, request, log);
        List<JavaFile> files = files(contract, operation, request.packageName(), folder, recordings,
                request.jackson());
        if (files.isEmpty()) {
            int removed = write(out, operation.name(), Map.of()).removed();
            log.accept("jsoncontract: no recordings in " + folder + ", so no contract tests are generated"
                    + (removed > 0 ? " (" + removed + " earlier test files removed)" : "")
                    + ". Put response bodies there (*.json, *.har) or point jsoncontract.recordings at them.");
            return new GenerateTestsResult(0, 0, 0, 0, removed);
        }
        Map<String, String> sources = new TreeMap<>();
        for (JavaFile file : files) {
            String relative = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
            sources.put(relative, GeneratedCode.source(file));
        }
        Written outcome = write(out, operation.name(), sources);
        int written = outcome.written();
        int removed = outcome.removed();
        int before = sources.size() - written;
        int violating = (int) recordings.stream().filter(r -> !r.findings().isEmpty()).count();
        log.accept("jsoncontract: contract tests of " + operation.name() + " for " + recordings.size()
                + (recordings.size() == 1 ? " recording" : " recordings") + " in " + folder
                + (violating > 0 ? " (" + violating + " breaking the contract)" : "") + ": " + sources.size()
                + " files in " + out + " (" + written + " written, " + before + " unchanged, " + removed + " removed)");
        return new GenerateTestsResult(recordings.size(), violating, sources.size(), written, removed);
    }

    /**
     * The test sources, the test class first; none when there are no recordings.
     *
     * @param folder the recordings folder relative to the project, as the tests will find it
     */
    static List<JavaFile> files(Contract contract, Operation operation, String packageName, String folder,
            List<Recorded> recordings) throws GenerateTestsException {
        return files(contract, operation, packageName, folder, recordings, JacksonVersion.JACKSON_2);
    }

    /**
     * The test sources, the test class first; none when there are no recordings.
     *
     * @param folder the recordings folder relative to the project, as the tests will find it
     * @param jackson the Jackson the tests are written for
     */
    static List<JavaFile> files(Contract contract, Operation operation, String packageName, String folder,
            List<Recorded> recordings, JacksonVersion jackson) throws GenerateTestsException {
        if (recordings.isEmpty()) {
            return List.of();
        }
        return ContractTestWriter.write(spec(contract, operation, packageName, folder, recordings, jackson));
    }

    /** Loads the contract a request names. */
    static Contract contract(GenerateTestsRequest request) throws GenerateTestsException {
        return loadContract(request.schema());
    }

    /** The spec of the test class, with type names that do not clash with the generated main sources. */
    static TestSpec spec(Contract contract, Operation operation, String packageName, String folder,
            List<Recorded> recordings, JacksonVersion jackson) throws GenerateTestsException {
        Set<String> taken = new HashSet<>();
        Set<String> packageTypes = new HashSet<>();
        ContractModel model = new ContractModel(contract.registry());
        try {
            for (JavaFile file : JavaGenerator.generate(contract, model, packageName, false, jackson).files()) {
                taken.add(file.typeSpec().name().toLowerCase(Locale.ROOT));
                packageTypes.add(file.typeSpec().name());
            }
        } catch (GenerationException e) {
            throw new GenerateTestsException("jsoncontract: the contract cannot be turned into Java, so no tests"
                    + " can be generated for it. " + e.getMessage(), e);
        }
        String base = Character.toUpperCase(operation.name().charAt(0)) + operation.name().substring(1);
        ClassName test = ClassName.get(packageName, free(taken, base + "ContractTest"));
        ClassName support = ClassName.get(packageName, free(taken, SUPPORT_NAME));
        packageTypes.add(test.simpleName());
        packageTypes.add(support.simpleName());
        List<Place> places = ContractPlaces.derive(model, operation.response());
        return new TestSpec(test, support, operation.name(),
                GeneratedCode.sourceName(operation.response().file().displayName()), folder,
                responseType(contract, model, operation, packageName), places, recordings, jackson, packageTypes);
    }

    /** The generated type of the operation's response, mapped as {@link JavaGenerator} maps it. */
    private static TypeName responseType(Contract contract, ContractModel contractModel, Operation operation,
            String packageName) throws GenerateTestsException {
        ModelGenerator model = new ModelGenerator(contractModel, packageName);
        model.addRoots(contract.roots());
        try {
            for (Api api : contract.apis()) {
                ClientGenerator.generate(api, packageName, model);
            }
            return model.map(operation.response(), true);
        } catch (ContractException e) {
            throw new GenerateTestsException("jsoncontract: the response of " + operation.name()
                    + " cannot be mapped to Java: " + e.getMessage(), e);
        }
    }

    /** Every recording, checked: the failures verify finds, rendered as verify's JUnit report does. */
    static List<Recorded> check(Contract contract, Operation operation, GenerateTestsRequest request)
            throws GenerateTestsException {
        return check(contract, operation, request, line -> { });
    }

    /** As {@link #check(Contract, Operation, GenerateTestsRequest)}; files skipped are named in {@code log}. */
    static List<Recorded> check(Contract contract, Operation operation, GenerateTestsRequest request,
            Consumer<String> log) throws GenerateTestsException {
        ResponseValidator validator;
        try {
            SchemaLimits.requireWithin(contract.registry(), List.of(operation.response()));
            validator = ResponseValidator.forOperation(contract, operation);
        } catch (ContractException e) {
            throw new GenerateTestsException("jsoncontract: the contract cannot be used to validate responses: "
                    + e.getMessage(), e);
        }
        List<Recordings.Recording> files;
        try {
            Recordings.Listing listing = Recordings.scan(request.recordings());
            listing.skipped().forEach(skipped -> log.accept("jsoncontract: warning: " + skipped));
            files = listing.recordings();
        } catch (IOException e) {
            throw new GenerateTestsException("jsoncontract: the recordings folder " + request.recordings()
                    + " cannot be listed (" + e.getMessage() + "). Check that it is readable.", e);
        }
        List<Recorded> recordings = new ArrayList<>();
        for (Recordings.Recording file : files) {
            if (!file.har()) {
                recordings.add(new Recorded(file.source(), null,
                        failures(validator, new FileBody(file.source(), file.file()), request.strict())));
                continue;
            }
            // entry by entry: each body is checked as it is read and only its findings are kept
            HarReader.read(file.file(), file.source(), operation, HarReader.defaultEntryLimit(),
                    new HarReader.Sink<RuntimeException>() {
                        @Override
                        public void body(ResponseBody body) {
                            String entry = body.source().substring(body.source().indexOf('#') + 1);
                            recordings.add(new Recorded(file.source(), entry,
                                    failures(validator, body, request.strict())));
                        }

                        @Override
                        public void problem(Finding problem) {
                            String entry = problem.source().contains("#")
                                    ? problem.source().substring(problem.source().indexOf('#') + 1) : "";
                            recordings.add(new Recorded(file.source(), entry, List.of(render(problem))));
                        }
                    });
        }
        recordings.sort((a, b) -> a.source().compareTo(b.source()));
        return List.copyOf(recordings);
    }

    private static List<String> failures(ResponseValidator validator, ResponseBody body, boolean strict) {
        List<String> failures = validator.check(body, strict).findings().stream()
                .filter(finding -> finding.severity() == Severity.FAILURE)
                .map(GenerateTestsService::render)
                .toList();
        if (failures.size() <= MAX_FINDINGS) {
            return failures;
        }
        List<String> kept = new ArrayList<>(failures.subList(0, MAX_FINDINGS));
        kept.add("... and " + (failures.size() - MAX_FINDINGS) + " more; mvn jsoncontract:verify lists them all");
        return kept;
    }

    /** A finding as verify's JUnit report writes it: {@code place: keyword: message}. */
    static String render(Finding finding) {
        return finding.place() + ": " + finding.keyword() + ": " + finding.message();
    }

    private static Contract loadContract(Path schema) throws GenerateTestsException {
        try {
            return schema == null ? ContractLoader.loadBundled() : ContractLoader.load(schema);
        } catch (ContractException e) {
            throw new GenerateTestsException(e.describe("jsoncontract: the contract cannot be read"), e);
        }
    }

    private static Operation operation(Contract contract, String name) throws GenerateTestsException {
        List<String> known = contract.operations().stream().map(Operation::name).toList();
        if (known.isEmpty()) {
            throw new GenerateTestsException("jsoncontract: the contract " + contract.roots().get(0).displayName()
                    + " describes no operation, so there is no response type to test recordings against. Add an"
                    + " \"x-jsoncontract\" object with \"operations\" (see the README, \"The endpoint description\").",
                    null);
        }
        if (name == null || name.isBlank()) {
            return contract.operations().get(0);
        }
        return contract.operation(name).orElseThrow(() -> new GenerateTestsException("jsoncontract: the contract"
                + " has no operation \"" + name + "\". Set -Djsoncontract.operation to one of: "
                + String.join(", ", known) + ".", null));
    }

    /** The recordings folder relative to the project, with {@code /}; {@code .} for the project itself. */
    private static String relativeFolder(GenerateTestsRequest request) throws GenerateTestsException {
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        Path recordings = base.resolve(request.recordings()).normalize();
        try {
            String relative = base.relativize(recordings).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        } catch (IllegalArgumentException e) {
            throw new GenerateTestsException("jsoncontract: the recordings folder " + recordings + " cannot be named"
                    + " relative to the project " + base + " (another drive?), and generated tests hold no absolute"
                    + " paths. Move the recordings below the project.", e);
        }
    }

    private static String free(Set<String> taken, String wanted) {
        String candidate = wanted;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = wanted + i;
        }
        return candidate;
    }

    private static void checkPackageName(String packageName) throws GenerateTestsException {
        if (!SourceFiles.isPackageName(packageName)) {
            throw new GenerateTestsException("jsoncontract: packageName \"" + packageName + "\" is not a Java package"
                    + " name; set it to the package of the generated model, e.g. example.calls", null);
        }
    }

    // ---------------------------------------------------------------- writing

    /** How many files one run wrote (changed or new) and deleted (no longer produced). */
    private record Written(int written, int removed) {
    }

    /** Writes the changed sources and deletes the earlier ones no longer produced. */
    private static Written write(Path out, String operation, Map<String, String> sources)
            throws GenerateTestsException {
        try {
            Path state = out.resolve(STATE_FILE + operation);
            List<String> previous = Files.isRegularFile(state)
                    ? Files.readAllLines(state, StandardCharsets.UTF_8) : List.of();
            Set<String> listedElsewhere = new HashSet<>();
            if (Files.isDirectory(out)) {
                try (DirectoryStream<Path> states = Files.newDirectoryStream(out, STATE_FILE + "*")) {
                    for (Path other : states) {
                        if (!other.equals(state)) {
                            listedElsewhere.addAll(Files.readAllLines(other, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            int removed = 0;
            for (String old : previous) {
                Path target = out.resolve(old).normalize();
                if (!old.isBlank() && !sources.containsKey(old) && !listedElsewhere.contains(old)
                        && target.startsWith(out) && old.endsWith(".java") && Files.deleteIfExists(target)) {
                    removed++;
                }
            }
            if (sources.isEmpty()) {
                Files.deleteIfExists(state);
                return new Written(0, removed);
            }
            int written = 0;
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path target = out.resolve(source.getKey()).normalize();
                if (!target.startsWith(out)) {
                    throw new IOException(source.getKey() + " lies outside the output directory");
                }
                if (SourceFiles.writeIfChanged(target, source.getValue())) {
                    written++;
                }
            }
            Files.writeString(state, String.join("\n", sources.keySet()) + "\n", StandardCharsets.UTF_8);
            return new Written(written, removed);
        } catch (IOException e) {
            throw new GenerateTestsException("jsoncontract: cannot write the generated tests to " + out + " ("
                    + e.getMessage() + "). Check that the test output directory is writable.", e);
        }
    }
}
