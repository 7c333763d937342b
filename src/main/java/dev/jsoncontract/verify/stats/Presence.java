package dev.jsoncontract.verify.stats;

/** How a declared property appeared in one object. */
public enum Presence {
    /** The member is there with a value other than {@code null}. */
    PRESENT,
    /** The member is there and {@code null}. */
    NULL,
    /** The member is not there. */
    ABSENT
}
