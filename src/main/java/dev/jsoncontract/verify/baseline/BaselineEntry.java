package dev.jsoncontract.verify.baseline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One accepted group of findings.
 *
 * @param subject the field, as findings name it ({@code call_status}); for the reader, not matched
 * @param schemaLocation the violated schema's location, as findings name it
 * @param keyword the keyword ({@code enum}, {@code required}, {@code drift}, ...)
 * @param value the value the group is keyed by, as JSON text ({@code "completed"}); {@code ""}
 *     for groups that span values; {@value #HIDDEN} for a value redaction hides, which accepts
 *     any value at that place
 * @param reason why the drift is accepted (a ticket, a date the provider promised); {@code TODO}
 *     when the update wrote the entry
 * @param expires from this date (UTC) on the entry accepts nothing and fails the build, or
 *     {@code null} for never
 */
public record BaselineEntry(String subject, String schemaLocation, String keyword, String value, String reason,
        LocalDate expires) {

    /** The value of an entry whose value redaction hides (or that holds the token): any value matches. */
    public static final String HIDDEN = "[redacted]";

    /** The reason the update writes into new entries. */
    public static final String TODO = "TODO";

    public BaselineEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the entry has expired on {@code today}. */
    public boolean expired(LocalDate today) {
        return expires != null && !today.isBefore(expires);
    }

    /** {@code call_status, enum "completed"}: how messages name the entry. */
    public String describe() {
        return (subject.isEmpty() ? schemaLocation : subject) + ", " + keyword + (value.isEmpty() ? "" : " " + value);
    }
}
