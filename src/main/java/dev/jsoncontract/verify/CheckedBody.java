package dev.jsoncontract.verify;

import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.stats.Census;
import dev.jsoncontract.verify.stats.Tally;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one response body.
 *
 * @param source the body's source name
 * @param findings every finding, sorted by JSON Pointer then keyword
 * @param owners for each finding (same index), the object it belongs to
 * @param instances every object of the body checked against a titled schema (the denominators)
 * @param tally what the body held at the contract's enums, discriminators and properties (for
 *     the report page); a tally of {@link Census#NONE} when the body could not be read
 */
public record CheckedBody(String source, List<Finding> findings, List<Owner> owners, List<Owner> instances,
        Tally tally) {

    public CheckedBody {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tally, "tally");
        findings = List.copyOf(findings);
        owners = List.copyOf(owners);
        instances = List.copyOf(instances);
        if (findings.size() != owners.size()) {
            throw new IllegalArgumentException("one owner per finding");
        }
    }

    /** A checked body that tallied nothing (it could not be read, or is not JSON). */
    public CheckedBody(String source, List<Finding> findings, List<Owner> owners, List<Owner> instances) {
        this(source, findings, owners, instances, Census.NONE.tally());
    }

    /** The same body with other findings (one owner each, as before). */
    public CheckedBody withFindings(List<Finding> others) {
        return new CheckedBody(source, others, owners, instances, tally);
    }

    /** Whether the body has no finding at all (not even a drift warning). */
    public boolean clean() {
        return findings.isEmpty();
    }
}
