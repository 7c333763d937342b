package dev.jsoncontract.testgen;

import java.util.List;
import java.util.Objects;

/**
 * One recorded response the generated tests check.
 *
 * @param file the file, relative to the recordings folder, with {@code /}
 * @param entry for a HAR file, the JSON Pointer of the entry ({@code /log/entries/4}), or {@code ""} when
 *     the HAR file yields no entry to read (its findings say why); else {@code null}
 * @param findings the contract violations {@code verify} finds in it, rendered
 *     ({@code page-2.json#/0/call_status: enum: "completed" is not allowed (allowed: ...)}), sorted
 */
record Recorded(String file, String entry, List<String> findings) {

    Recorded {
        Objects.requireNonNull(file, "file");
        findings = List.copyOf(findings);
    }

    /** How tests and messages name it: {@code page-2.json}, {@code export.har#/log/entries/4}. */
    String source() {
        return entry == null || entry.isEmpty() ? file : file + "#" + entry;
    }
}
