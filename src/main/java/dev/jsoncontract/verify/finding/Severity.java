package dev.jsoncontract.verify.finding;

/** How much a finding matters. */
public enum Severity {
    /** The response breaks the contract; fails the build unless {@code failOnViolation=false}. */
    FAILURE,
    /** The response carries something the contract does not describe (drift); reported only. */
    WARNING
}
