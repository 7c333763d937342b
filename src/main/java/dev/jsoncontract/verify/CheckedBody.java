package dev.jsoncontract.verify;

import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one response body.
 *
 * @param source the body's source name
 * @param findings every finding, sorted by JSON Pointer then keyword
 * @param owners for each finding (same index), the object it belongs to
 * @param instances every object of the body checked against a titled schema (the denominators)
 */
public record CheckedBody(String source, List<Finding> findings, List<Owner> owners, List<Owner> instances) {

    public CheckedBody {
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
        owners = List.copyOf(owners);
        instances = List.copyOf(instances);
        if (findings.size() != owners.size()) {
            throw new IllegalArgumentException("one owner per finding");
        }
    }

    /** Whether the body has no finding at all (not even a drift warning). */
    public boolean clean() {
        return findings.isEmpty();
    }
}
