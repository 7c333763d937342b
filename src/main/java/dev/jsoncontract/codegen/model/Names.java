package dev.jsoncontract.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The naming rules that turn wire names into Java names. Every rule is deterministic and documented
 * in the README's mapping table.
 *
 * <ul>
 *   <li>Words are the runs of letters and digits; every other character separates words.
 *   <li>{@link #memberName}: camelCase ({@code assistant_id} → {@code assistantId}, {@code x-y} →
 *       {@code xY}, {@code secondsFromStart} stays); a leading upper-case word is lower-cased
 *       ({@code URL} → {@code url}); a name starting with a digit gets a leading underscore
 *       ({@code 2fa} → {@code _2fa}); a keyword gets a trailing underscore ({@code class} →
 *       {@code class_}); a name with no letter or digit becomes {@code property}.
 *   <li>{@link #typeName}: PascalCase ({@code call_status} → {@code CallStatus}, inner capitals
 *       kept); a name starting with a digit gets the prefix {@code Type}; no letter or digit gives
 *       {@code Type}.
 *   <li>{@link #constantName}: UPPER_SNAKE, also splitting camelCase ({@code in-progress} →
 *       {@code IN_PROGRESS}, {@code inProgress} → {@code IN_PROGRESS}); a value starting with a
 *       digit gets the prefix {@code V_} ({@code 2fa} → {@code V_2FA}); the empty value becomes
 *       {@code EMPTY}; a value with no letter or digit becomes {@code VALUE}. The result never
 *       starts with an underscore, which is what keeps {@link EnumWriter#UNKNOWN_CONSTANT} free.
 * </ul>
 */
public final class Names {

    private Names() {
    }

    /** The words of {@code text}: maximal runs of letters and digits, case kept. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The camelCase Java name of a property, e.g. {@code assistant_id} → {@code assistantId}. */
    public static String memberName(String wireName) {
        List<String> words = words(wireName);
        if (words.isEmpty()) {
            return "property";
        }
        StringBuilder name = new StringBuilder();
        String first = words.get(0);
        if (first.equals(first.toUpperCase(Locale.ROOT))) {
            name.append(first.toLowerCase(Locale.ROOT));
        } else {
            name.append(lowerFirst(first));
        }
        for (String word : words.subList(1, words.size())) {
            name.append(upperFirst(word));
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name.insert(0, '_');
        }
        if (SourceVersion.isKeyword(name)) {
            name.append('_');
        }
        return name.toString();
    }

    /** The PascalCase Java name of a type, e.g. {@code call_status} → {@code CallStatus}. */
    public static String typeName(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : words(text)) {
            name.append(upperFirst(word));
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name.insert(0, "Type");
        }
        return name.toString();
    }

    /** The UPPER_SNAKE name of an enum constant, e.g. {@code in-progress} → {@code IN_PROGRESS}. */
    public static String constantName(String wireValue) {
        if (wireValue.isEmpty()) {
            return "EMPTY";
        }
        List<String> parts = new ArrayList<>();
        for (String word : words(wireValue)) {
            parts.addAll(splitCamel(word));
        }
        if (parts.isEmpty()) {
            return "VALUE";
        }
        String name = String.join("_", parts).toUpperCase(Locale.ROOT);
        return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name : "V_" + name;
    }

    /** {@code true} when {@code text} can name a Java type or member as it is. */
    public static boolean isIdentifier(String text) {
        return SourceVersion.isIdentifier(text) && !SourceVersion.isKeyword(text);
    }

    /** Splits {@code inProgress} into {@code in}, {@code Progress} and {@code HTTPError} into {@code HTTP}, {@code Error}. */
    private static List<String> splitCamel(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char previous = word.charAt(i - 1);
            char current = word.charAt(i);
            boolean lowerToUpper = !Character.isUpperCase(previous) && Character.isUpperCase(current);
            boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
                    && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1));
            if (lowerToUpper || acronymEnd) {
                parts.add(word.substring(start, i));
                start = i;
            }
        }
        parts.add(word.substring(start));
        return parts;
    }

    private static String upperFirst(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String lowerFirst(String word) {
        return word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
    }
}
