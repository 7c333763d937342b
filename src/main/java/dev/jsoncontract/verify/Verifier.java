package dev.jsoncontract.verify;

import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaLimits;
import dev.jsoncontract.contract.SchemaSource;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.verify.baseline.Baseline;
import dev.jsoncontract.verify.baseline.BaselineEntry;
import dev.jsoncontract.verify.baseline.BaselineException;
import dev.jsoncontract.verify.baseline.BaselineMatcher;
import dev.jsoncontract.verify.baseline.BaselineOutcome;
import dev.jsoncontract.verify.baseline.BaselineRequest;
import dev.jsoncontract.verify.baseline.Redaction;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.FindingAggregator;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.live.LiveRequest;
import dev.jsoncontract.verify.recorded.FileBody;
import dev.jsoncontract.verify.recorded.HarReader;
import dev.jsoncontract.verify.recorded.Recordings;
import dev.jsoncontract.verify.report.HtmlReport;
import dev.jsoncontract.verify.report.JsonReport;
import dev.jsoncontract.verify.report.JunitXmlReport;
import dev.jsoncontract.verify.report.MarkdownReport;
import dev.jsoncontract.verify.stats.Census;
import dev.jsoncontract.verify.stats.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return verify(request, null);
    }

    /**
     * Runs {@code verify} with a baseline of accepted findings.
     *
     * @param baseline the baseline to use (and, when asked, to update), or {@code null} for none
     * @return what was found; accepted findings have {@link Severity#ACCEPTED}
     * @throws VerifyException as {@link #verify(VerifyRequest)}, and when the baseline cannot be
     *     read or written
     */
    public VerifyResult verify(VerifyRequest request, BaselineRequest baseline) throws VerifyException {
        // every string that leaves the run passes through these secrets: log lines, findings (so
        // every report and the build message) and the exception with its causes
        Secrets secrets = secrets(request, null);
        try {
            Contract contract = loadContract(request.source());
            secrets = secrets(request, contract);
            return verify(request, contract, secrets, baseline);
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

    private VerifyResult verify(VerifyRequest request, Contract contract, Secrets secrets, BaselineRequest baseline)
            throws VerifyException {
        Consumer<String> log = secrets.log(this.log);
        Target target = target(contract, request);
        Operation operation = target.operation();
        BaselineMatcher matcher = baselineMatcher(baseline);
        ResponseValidator validator;
        try {
            // before everit loads anything: its loader and validator are recursive
            SchemaLimits.requireWithin(contract.registry(), List.of(target.schema()));
            // one contract model for the run, built here before the workers start; they only read it
            validator = ResponseValidator.forSchema(contract, new ContractModel(contract.registry()), target.schema(),
                    uri -> null).withHeapBudget(heapBudget);
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
        String schemaLocation = target.schema().location();
        Run run = new Run(validator, request.strict(), request.reportsDirectory(),
                JunitXmlReport.suiteName(request.module(), target.name()), fileOf(request, recordings), secrets,
                matcher, operation == null ? List.of() : operation.redact());
        List<ResponseBody> liveBodies = new ArrayList<>();
        try (Checker checker = new Checker(run, request.threads())) {
            if (!recordings.isEmpty()) {
                log.accept("Checking " + recordings.size() + " recorded file(s) in " + request.recordings()
                        + " against " + schemaLocation + (operation == null ? "" : " (operation " + operation.name() + ")"));
            }
            for (Recordings.Recording recording : recordings) {
                if (recording.har() && operation == null) {
                    log.accept(recording.source() + ": skipped (a HAR export's entries are picked by an operation's"
                            + " method and path; the contract describes none)");
                } else if (recording.har()) {
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
                if (operation == null) {
                    throw new VerifyException("A live call needs an operation to call (method and path), and the"
                            + " contract describes none. Remove jsoncontract.baseUrl, or describe the endpoint in an"
                            + " \"x-jsoncontract\" object (see the README, \"The endpoint description\").");
                }
                LiveRequest liveRequest = liveRequest(contract, operation, request);
                for (ResponseBody body : live.fetch(liveRequest, tokenOrigin(contract, operation, request.live()), log)) {
                    liveBodies.add(body);
                    checker.check(body);
                }
            }
            checker.drain();
            run.finishBaseline(baseline);
            run.finish();
        } finally {
            run.abortUnlessFinished();
        }
        FindingAggregator findings = run.findings;
        List<FindingGroup> groups = findings.groups();
        // only the report page shows excerpts: without reports no body is read again
        Map<String, Excerpt> excerpts = request.reportsDirectory() == null ? Map.of() : Excerpts.of(groups,
                run.sources, new Reopener(request.recordings(), operation, liveBodies, Excerpts.sources(groups,
                        run.sources))::reopen, operation, contract.registry(), secrets::scrub);
        Statistics statistics = run.statistics();
        VerifyResult result = new VerifyResult(target.name(), schemaLocation, request.recordings(),
                findings.bodies(), run.failedBodies, findings.count(Severity.FAILURE),
                findings.count(Severity.WARNING), groups, run.reports, statistics, excerpts, run.baselineOutcome);
        if (baseline != null && baseline.update() && !result.nothingVerified()) {
            // with no body checked every entry would look stale: the file is left as it is
            writeBaseline(log, baseline, matcher, result.baseline());
        }
        return writeReports(result, request);
    }
    private static BaselineMatcher baselineMatcher(BaselineRequest baseline) throws VerifyException {
        if (baseline == null) {
            return BaselineMatcher.none();
        }
        try {
            return BaselineMatcher.of(baseline, Baseline.read(baseline.file(), baseline.displayName()));
        } catch (BaselineException e) {
            throw new VerifyException(e.getMessage(), e);
        }
    }

    private static void writeBaseline(Consumer<String> log, BaselineRequest baseline, BaselineMatcher matcher,
            BaselineOutcome outcome) throws VerifyException {
        List<BaselineEntry> entries = matcher.updated();
        try {
            Baseline.write(baseline.file(), baseline.displayName(), entries);
        } catch (BaselineException e) {
            throw new VerifyException(e.getMessage(), e);
        }
        log.accept("Wrote the baseline " + baseline.displayName() + ": " + entries.size() + " entr"
                + (entries.size() == 1 ? "y" : "ies") + " (" + outcome.added() + " added with \"reason\": \""
                + BaselineEntry.TODO + "\", " + outcome.removed() + " stale removed). Review the diff and give each"
                + " new entry its reason.");
    }

    /**
     * Opens bodies checked earlier again, for the excerpts of the report page: a recording from its
     * file, a HAR entry from its HAR file (the last one read is kept, as examples of one file come
     * together), a live body from memory.
     */
    private static final class Reopener {
        private final Path root;
        private final Operation operation;
        private final List<ResponseBody> live;
        private final Set<String> wanted;
        private Path harFile;
        private final Map<String, ResponseBody> harBodies = new LinkedHashMap<>();

        /** @param wanted the sources that will be asked for: of a HAR file only those entries are kept */
        Reopener(Path recordings, Operation operation, List<ResponseBody> live, Set<String> wanted) {
            this.root = recordings.toAbsolutePath().normalize();
            this.operation = operation;
            this.live = live;
            this.wanted = wanted;
        }

        /** The body named {@code source}, or {@code null} when it is gone. */
        ResponseBody reopen(String source) {
            for (ResponseBody body : live) {
                if (body.source().equals(source)) {
                    return body;
                }
            }
            int entry = source.indexOf(".har#/log/entries/");
            String relative = entry >= 0 ? source.substring(0, entry + 4) : source;
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return null;
            }
            if (entry < 0) {
                return new FileBody(source, file);
            }
            if (!file.equals(harFile)) {
                harFile = file;
                harBodies.clear();
                // entry by entry, as verify read it; only the entries of examples are kept
                HarReader.read(file, relative, operation, HarReader.defaultEntryLimit(),
                        new HarReader.Sink<RuntimeException>() {
                            @Override
                            public void body(ResponseBody body) {
                                if (wanted.contains(body.source())) {
                                    harBodies.put(body.source(), body);
                                }
                            }

                            @Override
                            public void problem(Finding problem) {
                                // reported when the file was checked
                            }
                        });
            }
            return harBodies.get(source);
        }
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
                reports.add(HtmlReport.write(result, request.reportsDirectory()));
            }
            if (request.stepSummary() != null) {
                MarkdownReport.append(result, request.module(), request.stepSummary());
            }
        } catch (IOException e) {
            throw new VerifyException("The reports cannot be written (" + e.getMessage() + "). Check that "
                    + request.reportsDirectory() + " is writable.", e);
        }
        return result.withReports(reports);
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
        final BaselineMatcher baseline;
        final List<String> redact;
        final Census.Totals totals;
        /** The source of every body, to tell it from the pointer in an example's place. */
        final Set<String> sources = new HashSet<>();
        /** Per file (a HAR file once for its entries) or URL: bodies, failures, warnings, accepted. */
        final Map<String, long[]> perSource = new LinkedHashMap<>();
        /** Schema locations of findings whose value redaction hides: their chart shows no unknown value. */
        final Set<String> hidden = new HashSet<>();
        BaselineOutcome baselineOutcome = BaselineOutcome.NONE;
        long index;
        long failedBodies;

        Run(ResponseValidator validator, boolean strict, Path reportsDirectory, String suite,
                UnaryOperator<String> fileOf, Secrets secrets, BaselineMatcher baseline, List<String> redact)
                throws VerifyException {
            this.validator = validator;
            this.secrets = secrets;
            this.strict = strict;
            this.baseline = baseline;
            this.redact = redact;
            this.totals = validator.census().totals();
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
            // matched against the baseline before the secrets are scrubbed: a value holding one is hidden
            CheckedBody checked = secrets.scrub(accepted(body));
            long at = index++;
            findings.bodyChecked();
            checked.instances().forEach(findings::instanceChecked);
            totals.add(checked.tally());
            sources.add(checked.source());
            int harEntry = checked.source().indexOf(".har#/log/entries/");
            long[] row = perSource.computeIfAbsent(harEntry < 0 ? checked.source()
                    : checked.source().substring(0, harEntry + 4), s -> new long[4]);
            row[0]++;
            boolean failed = false;
            for (int i = 0; i < checked.findings().size(); i++) {
                findings.add(at, checked.findings().get(i), checked.owners().get(i));
                Severity severity = checked.findings().get(i).severity();
                failed |= severity == Severity.FAILURE;
                row[1 + severity.ordinal()]++;
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

        /** The body's findings, those the baseline accepts marked {@link Severity#ACCEPTED}. */
        private CheckedBody accepted(CheckedBody checked) {
            List<Finding> marked = new ArrayList<>(checked.findings().size());
            boolean changed = false;
            for (Finding finding : checked.findings()) {
                boolean hides = Redaction.covers(redact, finding.pointer()) || !secrets.scrub(finding.value())
                        .equals(finding.value());
                if (hides) {
                    hidden.add(finding.schemaLocation());
                }
                if (!finding.keyword().equals(Finding.KEYWORD_FILE) && baseline.accepts(finding.subject(),
                        finding.schemaLocation(), finding.keyword(), FindingAggregator.groupValue(finding), hides)) {
                    marked.add(finding.withSeverity(Severity.ACCEPTED));
                    changed = true;
                } else {
                    marked.add(finding);
                }
            }
            return changed ? checked.withFindings(marked) : checked;
        }

        /** Judges the baseline's entries once every body is in; expired and stale ones go into the JUnit report. */
        void finishBaseline(BaselineRequest request) throws VerifyException {
            baselineOutcome = baseline.outcome(strict);
            if (junit != null && request != null && !baselineOutcome.problems().isEmpty()) {
                try {
                    junit.addCase(request.displayName(),
                            baselineOutcome.problems().stream().filter(BaselineOutcome.Problem::fails)
                                    .map(BaselineOutcome.Problem::message).toList(),
                            baselineOutcome.problems().stream().filter(p -> !p.fails())
                                    .map(BaselineOutcome.Problem::message).toList());
                } catch (IOException e) {
                    throw new VerifyException("The JUnit report cannot be written (" + e.getMessage() + ").", e);
                }
            }
        }

        /** The statistics of the run; values redaction hides are not shown, the token never. */
        Statistics statistics() {
            List<Statistics.SourceCounts> rows = new ArrayList<>();
            perSource.forEach((source, row) -> rows.add(new Statistics.SourceCounts(source, row[0], row[1], row[2],
                    row[3])));
            Statistics counted = totals.statistics(rows);
            List<Statistics.ValueCounts> values = new ArrayList<>();
            for (Statistics.ValueCounts chart : counted.values()) {
                values.add(masked(chart));
            }
            return new Statistics(values, counted.properties(), rows);
        }

        private Statistics.ValueCounts masked(Statistics.ValueCounts chart) {
            boolean hides = hidden.contains(chart.slot().schemaLocation());
            List<Statistics.ValueCount> counts = new ArrayList<>();
            long hiddenCount = 0;
            for (Statistics.ValueCount count : chart.counts()) {
                if (!count.allowed() && (hides || !secrets.scrub(count.value()).equals(count.value()))) {
                    hiddenCount += count.count();
                } else {
                    counts.add(count);
                }
            }
            if (hiddenCount == 0) {
                return chart;
            }
            counts.add(new Statistics.ValueCount(BaselineEntry.HIDDEN, hiddenCount, false));
            return new Statistics.ValueCounts(chart.slot(), counts, chart.otherUnknown());
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

    private static Contract loadContract(SchemaSource source) throws VerifyException {
        try {
            return ContractLoader.load(source);
        } catch (ContractException e) {
            throw new VerifyException(e.describe("The contract cannot be read"), e);
        }
    }

    /**
     * What the bodies are held to: an operation's response schema, or in plain schema mode (the
     * contract describes no operation, or {@code schemaPointer} is set) a schema of the contract.
     *
     * @param name the name reports use: the operation's, or the schema's place ({@code order.schema.json#})
     * @param operation the operation, or {@code null} in plain schema mode
     */
    private record Target(String name, dev.jsoncontract.contract.SchemaNode schema, Operation operation) {
    }

    private static Target target(Contract contract, VerifyRequest request) throws VerifyException {
        String pointer = request.schemaPointer();
        String name = request.operation();
        boolean named = name != null && !name.isBlank();
        if (pointer != null && named) {
            throw new VerifyException("jsoncontract.operation (" + name + ") and jsoncontract.schemaPointer (" + pointer
                    + ") both pick the schema the recordings must match. Set one of them.");
        }
        if (pointer != null || (contract.operations().isEmpty() && !named)) {
            dev.jsoncontract.contract.SchemaNode schema = PlainSchema.select(contract, pointer);
            return new Target(schema.location(), schema, null);
        }
        Operation operation = operation(contract, name);
        return new Target(operation.name(), operation.response(), operation);
    }

    private static Operation operation(Contract contract, String name) throws VerifyException {
        List<String> known = contract.operations().stream().map(Operation::name).toList();
        if (known.isEmpty()) {
            throw new VerifyException("The contract " + contract.roots().get(0).displayName() + " describes no"
                    + " operation, so there is no operation \"" + name + "\". Leave jsoncontract.operation unset to"
                    + " hold the recordings to the schema itself, or add an \"x-jsoncontract\" object with"
                    + " \"operations\" (see the README, \"The endpoint description\").");
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
