package dev.jsoncontract.verify.report;

/** XML escaping for reports, and writing a report's text. */
final class Xml {

    private Xml() {
    }

    /** Escapes text for an element or a double-quoted attribute; drops characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        out.append("&#13;");
                    }
                }
            }
        }
        return out.toString();
    }

    /** Writes {@code text} as {@code directory/name} (UTF-8), creating the folder when missing. */
    static java.nio.file.Path write(java.nio.file.Path directory, String name, String text) throws java.io.IOException {
        java.nio.file.Files.createDirectories(directory);
        java.nio.file.Path file = directory.resolve(name);
        java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }
}
