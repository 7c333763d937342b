package dev.jsoncontract.codegen.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns schema {@code description}s into text that is safe inside a Javadoc comment. */
final class Javadocs {

    private Javadocs() {
    }

    /**
     * Cleans a description: line endings become {@code \n}, trailing blanks go, {@code &}, {@code <}
     * and {@code >} become HTML entities (so that text is shown as written), and {@code * /},
     * {@code @} and {@code \} are escaped so that they can neither end the comment, start a tag nor
     * form a unicode escape.
     *
     * @return the cleaned text, or {@code ""} when there is nothing to say
     */
    static String clean(String description) {
        if (description == null) {
            return "";
        }
        String text = description.replace("\r\n", "\n").replace('\r', '\n')
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;");
        return Arrays.stream(text.split("\n", -1))
                .map(Javadocs::stripTrailing)
                .collect(Collectors.joining("\n"))
                .strip();
    }

    /**
     * Text set as code in Javadoc: {@code {@code text}} when that shows it as written, else
     * {@code <code>} around the {@linkplain #clean cleaned} text (entities are shown as characters
     * there, and no brace can end an inline tag early).
     */
    static String code(String text) {
        if (text.matches("[A-Za-z0-9_.$:/ #+=-]*") && !text.contains("*/")) {
            return "{@code " + text + "}";
        }
        return "<code>" + clean(text).replace("{", "&#123;").replace("}", "&#125;") + "</code>";
    }

    /** Javadoc lines are wrapped to this many characters (the comment's {@code " * "} comes on top). */
    static final int WIDTH = 92;

    /**
     * Wraps cleaned text at spaces to {@link #WIDTH} columns, keeping its own line breaks; lines
     * after the first of each paragraph start with {@code continuation}.
     */
    static String wrap(String text, String continuation) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int lineStart = out.length();
            boolean firstWord = true;
            for (String word : paragraph.split(" ")) {
                if (!firstWord && out.length() - lineStart + 1 + word.length() > WIDTH) {
                    out.append('\n');
                    lineStart = out.length();
                    out.append(continuation).append(word);
                } else {
                    out.append(firstWord ? "" : " ").append(word);
                }
                firstWord = false;
            }
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
