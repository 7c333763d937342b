package dev.jsoncontract.verify;

import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaLimits;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.FindingAggregator;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.live.LiveRequest;
import dev.jsoncontract.verify.recorded.FileBody;
import dev.jsoncontract.verify.recorded.HarReader;
import dev.jsoncontract.verify.recorded.Recordings;
import dev.jsoncontract.verify.report.JsonReport;
import dev.jsoncontract.verify.report.JunitXmlReport;
import dev.jsoncontract.verify.report.MarkdownReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The {@code verify} service: loads the contract, checks every recorded body (and the live
 * endpoint's, when asked), aggregates the findings as it goes and writes the reports.
 *
 * <p>Bodies are checked on {@link VerifyRequest#threads()} workers, at most two per worker in
 * flight so that memory stays bounded, and their results are taken in the order the bodies come
 * (recordings sorted by path, a HAR's entries in order, then live bodies): the reports are the
 * same whatever the number of threads.
 */
public final class Verifier {

    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);

    /** Bodies in flight per worker: enough to keep every worker busy, few enough to bound memory. */
    private static final int IN_FLIGHT_PER_THREAD = 2;

    private final Consumer<String> log;
    private final LiveSource live;
    private final long heapBudget;

    /**
     * @param log where progress lines go (the build log)
     * @param live calls the live endpoint when the request asks for it
     */
    public Verifier(Consumer<String> log, LiveSource live) {
        this(log, live, Runtime.getRuntime().maxMemory());
    }

    /** A verifier whose bodies' trees may take {@code heapBudget} bytes; tests make it small. */
    Verifier(Consumer<String> log, LiveSource live, long heapBudget) {
        this.log = Objects.requireNonNull(log, "log");
        this.live = Objects.requireNonNull(live, "live");
        this.heapBudget = heapBudget;
    }

    /**
     * Runs {@code verify}.
     *
     * @return what was found; a result with no body means there was nothing to verify
     * @throws VerifyException when the contract or configuration is wrong or the live endpoint
     *     cannot be called (a setup problem, not a contract violation)
     */
    public VerifyResult verify(VerifyRequest request) throws VerifyException {
        // every string that leaves the run passes through these secrets: log lines, findings (so
        // every report and the build message) and the exception with its causes
        Secrets secrets = secrets(request, null);
        try {
            Contract contract = loadContract(request.schema());
            secrets = secrets(request, contract);
            return verify(request, contract, secrets);
        } catch (VerifyException e) {
            throw secrets.scrub(e);
        } catch (RuntimeException e) {
            throw secrets.scrub(new VerifyException("verify stopped on an unexpected " + e.getClass().getSimpleName()
                    + "; this is a bug in jsoncontract, please report it with the build log (mvn -e).", e));
        }
    }

    /** The secrets a run may meet: the live token wherever it may come from, and the proxy password. */
    private static Secrets secrets(VerifyRequest request, Contract contract) {
        VerifyRequest.Live live = request.live();
        if (live == null) {
            return Secrets.NONE;
        }
        List<String> known = new ArrayList<>();
        known.add(live.token());
        if (live.proxy() != null) {
            known.add(live.proxy().password());
        }
        if (live.tokenEnvironmentVariable() != null) {
            known.add(live.environment().apply(live.tokenEnvironmentVariable()));
        }
        if (contract != null) {
            for (Api api : contract.apis()) {
                if (api.auth().tokenEnvironmentVariable() != null) {
                    known.add(live.environment().apply(api.auth().tokenEnvironmentVariable()));
                }
            }
        }
        return Secrets.of(known.toArray(String[]::new));
    }

    private VerifyResult verify(VerifyRequest request, Contract contract, Secrets secrets) throws VerifyException {
        Consumer<String> log = secrets.log(this.log);
        Operation operation = operation(contract, request.operation());
        ResponseValidator validator;
        try {
            // before everit loads anything: its loader and validator are recursive
            SchemaLimits.requireWithin(contract.registry(), List.of(operation.response()));
            validator = ResponseValidator.forOperation(contract, operation).withHeapBudget(heapBudget);
        } catch (ContractException e) {
            throw new VerifyException("The contract cannot be used for verify: " + e.getMessage(), e);
        }
        List<Recordings.Recording> recordings;
        try {
            Recordings.Listing listing = Recordings.scan(request.recordings());
            listing.skipped().forEach(skipped -> log.accept("Warning: " + skipped));
            recordings = listing.recordings();
        } catch (IOException e) {
            throw new VerifyException("The recordings folder " + request.recordings() + " cannot be listed ("
                    + e.getMessage() + "). Check that it is readable.", e);
        }
        String schemaLocation = operation.response().location();
        Run run = new Run(validator, request.strict(), request.reportsDirectory(),
                JunitXmlReport.suiteName(request.module(), operation.name()), fileOf(request, recordings), secrets);
        try (Checker checker = new Checker(run, request.threads())) {
            if (!recordings.isEmpty()) {
                log.accept("Checking " + recordings.size() + " recorded file(s) in " + request.recordings()
                        + " against " + schemaLocation + " (operation " + operation.name() + ")");
            }
            for (Recordings.Recording recording : recordings) {
                if (recording.har()) {
                    // entry by entry, each checked as it is read: the heap holds a few entries, not the file
                    int skipped = HarReader.read(recording.file(), recording.source(), operation,
                            Math.max(1, heapBudget / ResponseValidator.HEAP_PER_BYTE), new HarReader.Sink<VerifyException>() {
                                @Override
                                public void body(ResponseBody body) throws VerifyException {
                                    checker.check(body);
                                }

                                @Override
                                public void problem(Finding problem) throws VerifyException {
                                    checker.problem(problem);
                                }
                            });
                    if (skipped > 0) {
                        log.accept(recording.source() + ": " + skipped + " entr" + (skipped == 1 ? "y" : "ies")
                                + " skipped (not a successful " + operation.method() + " " + operation.path() + ")");
                    }
                } else {
                    checker.check(new FileBody(recording.source(), recording.file()));
                }
            }
            if (request.live() != null) {
                LiveRequest liveRequest = liveRequest(contract, operation, request);
                for (ResponseBody body : live.fetch(liveRequest, tokenOrigin(contract, operation, request.live()), log)) {
                    checker.check(body);
                }
            }
            checker.drain();
            run.finish();
        } finally {
            run.abortUnlessFinished();
        }
        FindingAggregator findings = run.findings;
        VerifyResult result = new VerifyResult(operation.name(), schemaLocation, request.recordings(),
                findings.bodies(), run.failedBodies, findings.count(Severity.FAILURE),
                findings.count(Severity.WARNING), findings.groups(), run.reports);
        return writeReports(result, request);
    }

    /**
     * The file of a body's source relative to the project ({@code src/test/resources/recordings/page-1.json},
     * also for a HAR entry {@code export.har#/log/entries/4}), or {@code null} for a live body; relative
     * to the recordings folder when that lies outside the project, so that reports hold no absolute path.
     */
    private static UnaryOperator<String> fileOf(VerifyRequest request, List<Recordings.Recording> recordings) {
        Set<String> recorded = new HashSet<>();
        recordings.forEach(recording -> recorded.add(recording.source()));
        String prefix = "";
        if (request.projectDirectory() != null) {
            Path project = request.projectDirectory().toAbsolutePath().normalize();
            Path folder = project.resolve(request.recordings()).normalize();
            if (folder.startsWith(project) && !folder.equals(project)) {
                prefix = project.relativize(folder).toString().replace('\\', '/') + "/";
            }
        }
        String folderPrefix = prefix;
        return source -> {
            int hash = source.indexOf('#');
            String file = hash < 0 ? source : source.substring(0, hash);
            return recorded.contains(file) ? folderPrefix + file : null;
        };
    }

    private VerifyResult writeReports(VerifyResult result, VerifyRequest request) throws VerifyException {
        List<Path> reports = new ArrayList<>(result.reports());
        try {
            if (request.reportsDirectory() != null) {
                reports.add(JsonReport.write(result, request.reportsDirectory()));
                reports.add(MarkdownReport.write(result, request.module(), request.reportsDirectory()));
            }
            if (request.stepSummary() != null) {
                MarkdownReport.append(result, request.module(), request.stepSummary());
            }
        } catch (IOException e) {
            throw new VerifyException("The reports cannot be written (" + e.getMessage() + "). Check that "
                    + request.reportsDirectory() + " is writable.", e);
        }
        return new VerifyResult(result.operation(), result.schemaLocation(), result.recordings(), result.bodies(),
                result.failedBodies(), result.failures(), result.warnings(), result.groups(), reports);
    }

    /** One run's state: the aggregate and the streaming JUnit report. */
    private static final class Run {
        final ResponseValidator validator;
        final boolean strict;
        final FindingAggregator findings = new FindingAggregator();
        final JunitXmlReport junit;
        final Secrets secrets;
        final List<Path> reports = new ArrayList<>();
        final Path junitFile;
        long index;
        long failedBodies;

        Run(ResponseValidator validator, boolean strict, Path reportsDirectory, String suite,
                UnaryOperator<String> fileOf, Secrets secrets) throws VerifyException {
            this.validator = validator;
            this.secrets = secrets;
            this.strict = strict;
            try {
                this.junit = reportsDirectory == null ? null : new JunitXmlReport(reportsDirectory, suite, fileOf);
            } catch (IOException e) {
                throw new VerifyException("The reports folder " + reportsDirectory + " cannot be written ("
                        + e.getMessage() + "). Check the jsoncontract.reportsDirectory parameter.", e);
            }
            this.junitFile = reportsDirectory == null ? null : reportsDirectory.resolve(JunitXmlReport.FILE_NAME);
        }

        /** Checks one body; never throws: whatever goes wrong is a finding on the body. Any thread. */
        CheckedBody check(ResponseBody body) {
            try {
                return validator.check(body, strict);
            } catch (OutOfMemoryError e) {
                return fileProblem(body.source(), validator.outOfHeap(body.size()));
            } catch (RuntimeException | StackOverflowError e) {
                return failed(body.source(), e);
            }
        }

        static CheckedBody failed(String source, Throwable e) {
            return fileProblem(source, "could not be checked (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); this is a bug in jsoncontract,"
                    + " please report it with the file");
        }

        private static CheckedBody fileProblem(String source, String message) {
            return new CheckedBody(source, List.of(Finding.ofFile(source, message)), List.of(Owner.BODY), List.of());
        }

        /** Takes one body's result; only the thread that runs {@code verify} calls it, in body order. */
        void add(CheckedBody body) throws VerifyException {
            CheckedBody checked = secrets.scrub(body);
            long at = index++;
            findings.bodyChecked();
            checked.instances().forEach(findings::instanceChecked);
            boolean failed = false;
            for (int i = 0; i < checked.findings().size(); i++) {
                findings.add(at, checked.findings().get(i), checked.owners().get(i));
                failed |= checked.findings().get(i).severity() == Severity.FAILURE;
            }
            if (failed) {
                failedBodies++;
            }
            if (junit != null) {
                try {
                    junit.add(checked);
                } catch (IOException e) {
                    throw new VerifyException("The JUnit report cannot be written (" + e.getMessage() + ").", e);
                }
            }
        }

        void finish() throws VerifyException {
            if (junit != null) {
                try {
                    junit.close();
                } catch (IOException e) {
                    throw new VerifyException("The JUnit report cannot be written (" + e.getMessage() + ").", e);
                }
                reports.add(junitFile);
            }
        }

        void abortUnlessFinished() {
            if (junit != null && reports.isEmpty()) {
                junit.abort();
            }
        }
    }

    /**
     * Checks bodies on a pool of workers and hands their results to the {@link Run} in the order
     * the bodies were given, keeping at most {@value #IN_FLIGHT_PER_THREAD} per worker in flight.
     * With one thread, bodies are checked on the calling thread, one after another.
     */
    private static final class Checker implements AutoCloseable {

        private record Pending(String source, Future<CheckedBody> result) {
        }

        private final Run run;
        private final ExecutorService pool;
        private final int window;
        private final Deque<Pending> inFlight = new ArrayDeque<>();

        Checker(Run run, int threads) {
            this.run = run;
            this.window = threads * IN_FLIGHT_PER_THREAD;
            if (threads == 1) {
                this.pool = null;
            } else {
                AtomicInteger number = new AtomicInteger();
                this.pool = Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, "jsoncontract-verify-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
        }

        void check(ResponseBody body) throws VerifyException {
            if (pool == null) {
                run.add(run.check(body));
                return;
            }
            makeRoom();
            inFlight.addLast(new Pending(body.source(), pool.submit(() -> run.check(body))));
        }

        void problem(Finding finding) throws VerifyException {
            CheckedBody checked = new CheckedBody(finding.source(), List.of(finding), List.of(Owner.BODY), List.of());
            if (pool == null) {
                run.add(checked);
                return;
            }
            makeRoom();
            inFlight.addLast(new Pending(finding.source(), CompletableFuture.completedFuture(checked)));
        }

        /** Hands every result still in flight to the run, in order. */
        void drain() throws VerifyException {
            while (!inFlight.isEmpty()) {
                takeFirst();
            }
        }

        private void makeRoom() throws VerifyException {
            while (inFlight.size() >= window) {
                takeFirst();
            }
        }

        private void takeFirst() throws VerifyException {
            Pending pending = inFlight.removeFirst();
            CheckedBody checked;
            try {
                checked = pending.result().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VerifyException("verify was interrupted while checking " + pending.source() + ".", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                checked = cause instanceof OutOfMemoryError
                        ? Run.fileProblem(pending.source(), run.validator.outOfHeap(-1))
                        : Run.failed(pending.source(), cause);
            }
            run.add(checked);
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static Contract loadContract(Path schema) throws VerifyException {
        try {
            return schema == null ? ContractLoader.loadBundled() : ContractLoader.load(schema);
        } catch (ContractException e) {
            throw new VerifyException(e.describe("The contract cannot be read"), e);
        }
    }

    private static Operation operation(Contract contract, String name) throws VerifyException {
        List<String> known = contract.operations().stream().map(Operation::name).toList();
        if (known.isEmpty()) {
            throw new VerifyException("The contract " + contract.roots().get(0).displayName() + " describes no"
                    + " operation, so verify does not know which schema a response must match. Add an"
                    + " \"x-jsoncontract\" object with \"operations\" (see the README, \"The endpoint description\").");
        }
        if (name == null || name.isBlank()) {
            return contract.operations().get(0);
        }
        return contract.operation(name).orElseThrow(() -> new VerifyException("The contract has no operation \""
                + name + "\". Set -Djsoncontract.operation to one of: " + String.join(", ", known) + "."));
    }

    private static String tokenOrigin(Contract contract, Operation operation, VerifyRequest.Live settings) {
        if (settings.token() != null) {
            return settings.tokenOrigin();
        }
        String variable = tokenVariable(contract, operation, settings);
        return variable == null ? null : "the environment variable " + variable;
    }

    private static String tokenVariable(Contract contract, Operation operation, VerifyRequest.Live settings) {
        Api api = contract.apis().stream().filter(a -> a.operations().contains(operation)).findFirst().orElseThrow();
        return settings.tokenEnvironmentVariable() != null
                ? settings.tokenEnvironmentVariable() : api.auth().tokenEnvironmentVariable();
    }

    private static LiveRequest liveRequest(Contract contract, Operation operation, VerifyRequest request)
            throws VerifyException {
        VerifyRequest.Live settings = request.live();
        Api api = contract.apis().stream().filter(a -> a.operations().contains(operation)).findFirst().orElseThrow();
        String token = settings.token();
        String variable = tokenVariable(contract, operation, settings);
        if (token == null && variable != null) {
            token = settings.environment().apply(variable);
            token = token == null ? null : token.strip();
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token == null && api.auth().bearer()) {
            throw new VerifyException("The live endpoint needs a bearer token and none was found: "
                    + (variable == null ? "" : "set the environment variable " + variable + ", or ")
                    + "name a settings.xml <server> holding it with -Djsoncontract.serverId=<id>."
                    + " (The token is never read from the pom.)");
        }
        return new LiveRequest(operation, settings.baseUrl(), token, new java.util.TreeMap<>(settings.query()), settings.connectTimeout(),
                settings.requestTimeout(), settings.maxRetries(), INITIAL_BACKOFF,
                settings.record() ? request.recordings() : null, settings.proxy());
    }
}
