package dev.jsoncontract.verify.live;

import java.util.Map;
import java.util.Objects;

/** Reads a bearer token from where a build may hold it. Never logs or returns it in a message. */
public final class Tokens {

    private Tokens() {
    }

    /**
     * The token held by an environment variable.
     *
     * @param name the variable's name, e.g. {@code CLARION_API_TOKEN}
     * @param environment the environment ({@code System.getenv()} in a build, a plain map in tests)
     * @return the value without surrounding white space, or {@code null} when the variable is unset
     *     or blank
     */
    public static String fromEnvironment(String name, Map<String, String> environment) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Replaces every occurrence of the token in a text with {@code ****}, so that a message, a log
     * line or an excerpt of a response body that echoes the token can be shown.
     *
     * @param text the text, may be {@code null}
     * @param token the token, may be {@code null}
     */
    public static String scrub(String text, String token) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, "****");
    }
}
