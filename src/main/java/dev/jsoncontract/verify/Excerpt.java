package dev.jsoncontract.verify;

import java.util.List;
import java.util.Objects;

/**
 * A few lines of a body around the value a finding example points at, redacted as record mode
 * redacts and scrubbed of the token, for the report page.
 *
 * @param place the example ({@code page-2.json#/1/call_status})
 * @param lines the lines, pretty-printed (long lines cut)
 * @param highlight the index of the line holding the value, or {@code -1} when none does (the
 *     value is absent, or the whole body is meant)
 * @param note what to know about the lines ({@code endTime is absent here}), or {@code ""}
 */
public record Excerpt(String place, List<String> lines, int highlight, String note) {

    public Excerpt {
        Objects.requireNonNull(place, "place");
        lines = List.copyOf(lines);
        Objects.requireNonNull(note, "note");
    }
}
