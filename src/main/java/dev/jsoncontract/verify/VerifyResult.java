package dev.jsoncontract.verify;

import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Severity;
import java.nio.file.Path;
import java.util.List;
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
        List<Path> reports) {

    public VerifyResult {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(recordings, "recordings");
        groups = List.copyOf(groups);
        reports = List.copyOf(reports);
    }

    /** No body was found to check: no recordings and no live endpoint. */
    public boolean nothingVerified() {
        return bodies == 0;
    }

    /** Whether any body breaks the contract. */
    public boolean violated() {
        return failures > 0;
    }

    /** The groups of one severity. */
    public List<FindingGroup> groups(Severity severity) {
        return groups.stream().filter(g -> g.severity() == severity).toList();
    }
}
