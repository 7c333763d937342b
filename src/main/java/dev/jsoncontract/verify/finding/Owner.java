package dev.jsoncontract.verify.finding;

import java.util.Objects;

/**
 * The object a finding belongs to, for the denominator of "in 37 of 1000 calls": the schema
 * location of the object's schema and the plural noun that names its instances.
 *
 * @param schemaLocation the owning schema's location; {@code ""} for the response body itself
 * @param noun plural, lower case: {@code calls}, {@code user messages}, {@code response bodies}
 */
public record Owner(String schemaLocation, String noun) {

    /** The response body as a whole: findings on bodies count against the bodies checked. */
    public static final Owner BODY = new Owner("", "response bodies");

    public Owner {
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(noun, "noun");
    }

    /**
     * The owner named after a schema title: {@code Call} gives {@code calls},
     * {@code ToolCallResultMessage} gives {@code tool call result messages}.
     */
    public static Owner titled(String schemaLocation, String title) {
        return new Owner(schemaLocation, plural(words(title)));
    }

    static String words(String title) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(title.charAt(i - 1))
                        || (i + 1 < title.length() && Character.isLowerCase(title.charAt(i + 1))));
            if (c == '_' || c == '-' || c == ' ') {
                out.append(' ');
                continue;
            }
            if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().trim().replaceAll(" +", " ");
    }

    static String plural(String noun) {
        if (noun.isEmpty()) {
            return "objects";
        }
        if (noun.endsWith("is")) {
            return noun.substring(0, noun.length() - 2) + "es";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
                || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
