package dev.jsoncontract.verify;

import dev.jsoncontract.verify.baseline.BaselineOutcome;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.stats.Statistics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code verify} found, as data; reporters render it.
 *
 * @param operation the operation checked
 * @param schemaLocation where its response schema stands ({@code bundled:call.schema.json#/x-jsoncontract/...})
 * @param recordings the recordings folder, as the user configured it
 * @param bodies how many response bodies were checked (recorded and live)
 * @param failedBodies how many of them have at least one failure
 * @param failures how many failures were found
 * @param warnings how many warnings were found
 * @param groups the findings, grouped and counted, failures first
 * @param reports the reports written
 * @param statistics what the bodies held at the contract's enums, discriminators and properties,
 *     and per source
 * @param excerpts for group examples (by place, {@code page-2.json#/1/call_status}), the value in
 *     its context
 * @param baseline what the run made of the baseline of accepted findings
 */
public record VerifyResult(
        String operation,
        String schemaLocation,
        Path recordings,
        long bodies,
        long failedBodies,
        long failures,
        long warnings,
        List<FindingGroup> groups,
        List<Path> reports,
        Statistics statistics,
        Map<String, Excerpt> excerpts,
        BaselineOutcome baseline) {

    public VerifyResult {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(recordings, "recordings");
        groups = List.copyOf(groups);
        reports = List.copyOf(reports);
        Objects.requireNonNull(statistics, "statistics");
        excerpts = Map.copyOf(excerpts);
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A result without statistics, excerpts or baseline. */
    public VerifyResult(String operation, String schemaLocation, Path recordings, long bodies, long failedBodies,
            long failures, long warnings, List<FindingGroup> groups, List<Path> reports) {
        this(operation, schemaLocation, recordings, bodies, failedBodies, failures, warnings, groups, reports,
                Statistics.EMPTY, Map.of(), BaselineOutcome.NONE);
    }

    /** No body was found to check: no recordings and no live endpoint. */
    public boolean nothingVerified() {
        return bodies == 0;
    }

    /** Whether any body breaks the contract (outside the baseline), or the baseline has an entry that fails. */
    public boolean violated() {
        return failures > 0 || baseline.fails();
    }

    /** How many findings the baseline accepted. */
    public long accepted() {
        return groups(Severity.ACCEPTED).stream().mapToLong(FindingGroup::count).sum();
    }

    /** The groups of one severity. */
    public List<FindingGroup> groups(Severity severity) {
        return groups.stream().filter(g -> g.severity() == severity).toList();
    }

    /** The same result with other reports. */
    public VerifyResult withReports(List<Path> others) {
        return new VerifyResult(operation, schemaLocation, recordings, bodies, failedBodies, failures, warnings, groups,
                others, statistics, excerpts, baseline);
    }
}
