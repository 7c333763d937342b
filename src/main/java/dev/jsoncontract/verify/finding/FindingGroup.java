package dev.jsoncontract.verify.finding;

import java.util.List;
import java.util.Objects;

/**
 * Findings that share schema location, keyword and (for value-naming keywords) value, counted.
 *
 * @param severity failure or warning
 * @param schemaLocation the violated schema's location, {@code ""} for file problems
 * @param keyword the keyword
 * @param value the value the group is keyed by (JSON text), or {@code ""} when the group spans values
 * @param allowed the allowed values (JSON text), in declared order
 * @param subject the field, as {@link Finding#subject()} of the first example
 * @param message the first example's message
 * @param count how many findings the group holds
 * @param checked how many instances of the owning object were checked (the denominator)
 * @param noun what those instances are, plural ({@code calls}, {@code user messages})
 * @param examples the first few places ({@code page-3.json#/12/call_status}), first first
 * @param firstValue the value of the first example (JSON text), or {@code ""} when it has none: the
 *     value shown in {@code message}, also when the group spans values
 */
public record FindingGroup(
        Severity severity,
        String schemaLocation,
        String keyword,
        String value,
        List<String> allowed,
        String subject,
        String message,
        long count,
        long checked,
        String noun,
        List<String> examples,
        String firstValue) {

    /** A group whose first example's value is the group's value. */
    public FindingGroup(Severity severity, String schemaLocation, String keyword, String value, List<String> allowed,
            String subject, String message, long count, long checked, String noun, List<String> examples) {
        this(severity, schemaLocation, keyword, value, allowed, subject, message, count, checked, noun, examples, value);
    }

    public FindingGroup {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(value, "value");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(noun, "noun");
        examples = List.copyOf(examples);
        Objects.requireNonNull(firstValue, "firstValue");
    }

    /**
     * One line: {@code call_status: "completed" is not allowed (allowed: ...) in 37 of 1000 calls,
     * first at page-3.json#/12/call_status}.
     */
    public String line() {
        return subject + ": " + message + " in " + count + " of " + checked + " " + noun
                + ", first at " + examples.get(0);
    }
}
