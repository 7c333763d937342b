package dev.jsoncontract.verify.report;

import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.finding.FindingGroup;
import java.util.Locale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code jsoncontract-summary.md}: a table of the groups, also fit for {@code $GITHUB_STEP_SUMMARY}. */
public final class MarkdownReport {

    /** The report's file name. */
    public static final String FILE_NAME = "jsoncontract-summary.md";

    private MarkdownReport() {
    }

    /** The summary as Markdown, headed with the operation alone. */
    public static String render(VerifyResult result) {
        return render(result, null);
    }

    /**
     * The summary as Markdown, headed {@code ## jsoncontract verify: <module>.<operation>} so that
     * the step summaries of several modules can be told apart.
     *
     * @param module the module (Maven artifactId), or {@code null}
     */
    public static String render(VerifyResult result, String module) {
        StringBuilder out = new StringBuilder();
        out.append("## jsoncontract verify: ")
                .append(module == null || module.isBlank() ? result.operation() : module + "." + result.operation())
                .append("\n\n");
        out.append(TextSummary.headline(result)).append(" (schema `").append(result.schemaLocation())
                .append("`).\n");
        if (!result.groups().isEmpty()) {
            out.append("\n| | field | problem | how often | first at |\n|---|---|---|---|---|\n");
            for (FindingGroup group : result.groups()) {
                out.append("| ").append(group.severity().name().toLowerCase(Locale.ROOT))
                        .append(" | `").append(cell(group.subject())).append("` | ")
                        .append(cell(group.message())).append(" | ")
                        .append(group.count()).append(" of ").append(group.checked()).append(' ').append(group.noun())
                        .append(" | `").append(cell(group.examples().get(0))).append("` |\n");
            }
        }
        if (!result.baseline().problems().isEmpty()) {
            out.append('\n');
            result.baseline().problems().forEach(p -> out.append("- ").append(p.fails() ? "" : "warning: ")
                    .append(p.message().replace("\n", " ")).append('\n'));
        }
        return out.toString();
    }

    /** Writes the summary into {@code directory}; {@code module} as for {@link #render(VerifyResult, String)}. */
    public static Path write(VerifyResult result, String module, Path directory) throws IOException {
        return Xml.write(directory, FILE_NAME, render(result, module));
    }

    /** Appends the summary to a file such as {@code $GITHUB_STEP_SUMMARY}; {@code module} may be {@code null}. */
    public static void append(VerifyResult result, String module, Path file) throws IOException {
        Files.writeString(file, render(result, module) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }
}
