package dev.jsoncontract.verify.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem with one response body, kept as data so that each reporter renders it its own way.
 *
 * @param source the body: a path relative to the recordings folder, a HAR entry
 *     ({@code export.har#/log/entries/4}) or a URL
 * @param pointer the JSON Pointer of the offending value in the body, {@code ""} for the whole body
 * @param schemaLocation where the violated schema stands ({@code call.schema.json#/properties/call_status}),
 *     {@code ""} for problems with the file itself
 * @param keyword the schema keyword that is violated ({@code enum}, {@code required}, ...), or one of
 *     {@link #KEYWORD_FILE} (the body cannot be read or parsed) and {@link #KEYWORD_DRIFT}
 *     (a property the contract does not describe)
 * @param value the value seen, as JSON text ({@code "completed"}), or {@code ""} when there is none
 * @param allowed the values the schema allows, as JSON text, in declared order; empty when not a list
 * @param severity failure or warning
 * @param message what is wrong, without the place: {@code "completed" is not allowed (allowed: ...)}
 */
public record Finding(
        String source,
        String pointer,
        String schemaLocation,
        String keyword,
        String value,
        List<String> allowed,
        Severity severity,
        String message) {

    /** The keyword of findings about a file that cannot be read or is not JSON. */
    public static final String KEYWORD_FILE = "file";

    /** The keyword of findings about properties the contract does not describe. */
    public static final String KEYWORD_DRIFT = "drift";

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(value, "value");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with a whole file (unreadable, empty, not JSON, not a HAR). */
    public static Finding ofFile(String source, String message) {
        return new Finding(source, "", "", KEYWORD_FILE, "", List.of(), Severity.FAILURE, message);
    }

    /** The same finding with another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(source, pointer, schemaLocation, keyword, value, allowed, other, message);
    }

    /** {@code source#pointer}, or just the source when the finding is about the whole body. */
    public String place() {
        return pointer.isEmpty() ? source : source + "#" + pointer;
    }

    /**
     * The field the finding is about, named the way a reader thinks of it: array indexes become
     * {@code []} ({@code /3/messages/2/role} is {@code messages[].role}); the index of the top-level
     * array is dropped. {@code response body} for the whole body, {@code item} for a top-level item.
     */
    public String subject() {
        return subject(pointer);
    }

    /** {@link #subject()} for any JSON Pointer. */
    public static String subject(String pointer) {
        if (pointer.isEmpty()) {
            return "response body";
        }
        List<String> parts = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (isIndex(token)) {
                if (parts.isEmpty()) {
                    parts.add("");
                } else {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[]");
                }
            } else {
                parts.add(token);
            }
        }
        if (!parts.isEmpty() && parts.get(0).isEmpty()) {
            parts.remove(0);
        }
        return parts.isEmpty() ? "item" : String.join(".", parts);
    }

    static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
