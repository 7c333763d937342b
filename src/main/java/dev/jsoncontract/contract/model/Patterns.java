package dev.jsoncontract.contract.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The {@code patternProperties} regular expressions, compiled once each (ECMA 262 read as Java regexps). */
final class Patterns {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private Patterns() {
    }

    /** Whether the pattern matches somewhere in {@code name}; an invalid pattern matches nothing. */
    static boolean find(String pattern, String name) {
        return COMPILED.computeIfAbsent(pattern, Patterns::compile).matcher(name).find();
    }

    private static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return NEVER;
        }
    }
}
