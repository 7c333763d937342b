package dev.jsoncontract.verify.baseline;

import java.util.List;

/**
 * Which places of a body record mode redacts: the operation's {@code redact} patterns are JSON
 * Pointers whose {@code *} matches any one member name or array index, and a pattern selects the
 * value at its place and everything inside it.
 */
public final class Redaction {

    private Redaction() {
    }

    /** Whether one of the patterns selects {@code pointer} or a value holding it. */
    public static boolean covers(List<String> patterns, String pointer) {
        for (String pattern : patterns) {
            if (covers(pattern, pointer)) {
                return true;
            }
        }
        return false;
    }

    static boolean covers(String pattern, String pointer) {
        if (!pattern.startsWith("/") || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            return false;
        }
        String[] wanted = pattern.substring(1).split("/", -1);
        String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        if (tokens.length < wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!wanted[i].equals("*") && !wanted[i].equals(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value (JSON text) must not be kept: it holds the token. */
    public static boolean holdsToken(String value, String token) {
        return token != null && !token.isEmpty() && value.contains(token);
    }
}
