package dev.jsoncontract.verify.finding;

/** How much a finding matters. */
public enum Severity {
    /** The response breaks the contract; fails the build unless {@code failOnViolation=false}. */
    FAILURE,
    /** The response carries something the contract does not describe (drift); reported only. */
    WARNING,
    /**
     * A failure or warning the reviewed baseline accepts ({@code jsoncontract-baseline.json}):
     * reported, marked, never failing the build.
     */
    ACCEPTED
}
