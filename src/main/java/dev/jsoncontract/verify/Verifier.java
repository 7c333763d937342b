package dev.jsoncontract.verify;

import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@code verify} service: loads the contract, checks every recorded body (and the live
 * endpoint's, when asked), aggregates the findings as it goes and writes the reports.
 */
public final class Verifier {

    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);

    private final Consumer<String> log;
    private final LiveSource live;

    /**
     * @param log where progress lines go (the build log)
     * @param live calls the live endpoint when the request asks for it
     */
    public Verifier(Consumer<String> log, LiveSource live) {
        this.log = Objects.requireNonNull(log, "log");
        this.live = Objects.requireNonNull(live, "live");
    }

    /**
     * Runs {@code verify}.
     *
     * @return what was found; a result with no body means there was nothing to verify
     * @throws VerifyException when the contract or configuration is wrong or the live endpoint
     *     cannot be called (a setup problem, not a contract violation)
     */
    public VerifyResult verify(VerifyRequest request) throws VerifyException {
        Contract contract = loadContract(request.schema());
        Operation operation = operation(contract, request.operation());
        ResponseValidator validator;
        try {
            validator = ResponseValidator.forOperation(contract, operation);
        } catch (ContractException e) {
            throw new VerifyException("The contract cannot be used for verify: " + e.getMessage(), e);
        }
        List<Recordings.Recording> recordings;
        try {
            recordings = Recordings.list(request.recordings());
        } catch (IOException e) {
            throw new VerifyException("The recordings folder " + request.recordings() + " cannot be listed ("
                    + e.getMessage() + "). Check that it is readable.", e);
        }
        String schemaLocation = operation.response().location();
        Run run = new Run(validator, request.strict(), request.reportsDirectory(), operation.name());
        try {
            if (!recordings.isEmpty()) {
                log.accept("Checking " + recordings.size() + " recorded file(s) in " + request.recordings()
                        + " against " + schemaLocation + " (operation " + operation.name() + ")");
            }
            for (Recordings.Recording recording : recordings) {
                if (recording.har()) {
                    HarReader.HarBodies har = HarReader.read(recording.file(), recording.source(), operation);
                    for (Finding problem : har.problems()) {
                        run.problem(problem);
                    }
                    if (har.skipped() > 0) {
                        log.accept(recording.source() + ": " + har.skipped() + " entr" + (har.skipped() == 1 ? "y" : "ies")
                                + " skipped (not a successful " + operation.method() + " " + operation.path() + ")");
                    }
                    for (ResponseBody body : har.bodies()) {
                        run.check(body);
                    }
                } else {
                    run.check(new FileBody(recording.source(), recording.file()));
                }
            }
            if (request.live() != null) {
                LiveRequest liveRequest = liveRequest(contract, operation, request);
                log.accept("Calling " + liveRequest);
                for (ResponseBody body : live.fetch(liveRequest, tokenOrigin(contract, operation, request.live()), log)) {
                    run.check(body);
                }
            }
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

    private VerifyResult writeReports(VerifyResult result, VerifyRequest request) throws VerifyException {
        List<Path> reports = new ArrayList<>(result.reports());
        try {
            if (request.reportsDirectory() != null) {
                reports.add(JsonReport.write(result, request.reportsDirectory()));
                reports.add(MarkdownReport.write(result, request.reportsDirectory()));
            }
            if (request.stepSummary() != null) {
                MarkdownReport.append(result, request.stepSummary());
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
        final List<Path> reports = new ArrayList<>();
        final Path junitFile;
        long index;
        long failedBodies;

        Run(ResponseValidator validator, boolean strict, Path reportsDirectory, String operation)
                throws VerifyException {
            this.validator = validator;
            this.strict = strict;
            try {
                this.junit = reportsDirectory == null ? null : new JunitXmlReport(reportsDirectory, operation);
            } catch (IOException e) {
                throw new VerifyException("The reports folder " + reportsDirectory + " cannot be written ("
                        + e.getMessage() + "). Check the jsoncontract.reportsDirectory parameter.", e);
            }
            this.junitFile = reportsDirectory == null ? null : reportsDirectory.resolve(JunitXmlReport.FILE_NAME);
        }

        void check(ResponseBody body) throws VerifyException {
            add(validator.check(body, strict));
        }

        void problem(Finding finding) throws VerifyException {
            add(new CheckedBody(finding.source(), List.of(finding), List.of(Owner.BODY), List.of()));
        }

        private void add(CheckedBody checked) throws VerifyException {
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

    private static Contract loadContract(Path schema) throws VerifyException {
        try {
            return schema == null ? ContractLoader.loadBundled() : ContractLoader.load(schema);
        } catch (ContractException e) {
            throw new VerifyException("The contract cannot be read: " + e.getMessage(), e);
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
                settings.record() ? request.recordings() : null);
    }
}
