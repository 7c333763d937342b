package dev.jsoncontract.codegen.client;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names and Javadoc text for the generated client. */
final class Names {

    /** Names a record component or method cannot take without clashing with {@code Object} or records. */
    static final Set<String> OBJECT_METHODS = Set.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private Names() {
    }

    /**
     * A lower camel case Java identifier for a wire name: {@code created_at.ge} → {@code createdAtGe},
     * {@code 2fa} → {@code _2fa}, {@code class} → {@code class_}.
     */
    static String lowerCamel(String wire) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < wire.length(); ) {
            int c = wire.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                upperNext = out.length() > 0;
                continue;
            }
            if (out.length() == 0) {
                out.appendCodePoint(Character.isDigit(c) ? c : Character.toLowerCase(c));
            } else {
                out.appendCodePoint(upperNext ? Character.toUpperCase(c) : c);
            }
            upperNext = false;
        }
        String name = out.length() == 0 ? "value" : out.toString();
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "_" + name;
        }
        if (SourceVersion.isKeyword(name) || OBJECT_METHODS.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    /** {@code listCalls} → {@code ListCalls}. */
    static String upperFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** {@code limit} → {@code LIMIT}, {@code createdAtGe} → {@code CREATED_AT_GE}. */
    static String constant(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * A schema description made safe for Javadoc: HTML special characters escaped, comment
     * terminators broken, surrounding blanks trimmed and a final period added when missing.
     */
    static String javadoc(String description) {
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            return "";
        }
        text = text.replace("&", "&amp;").replace("\\", "&#92;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "{@literal @}").replace("\r\n", "\n");
        if (!text.endsWith(".") && !text.endsWith("!") && !text.endsWith("?")) {
            text = text + ".";
        }
        return text;
    }
}
