package dev.jsoncontract.verify.report;

import dev.jsoncontract.verify.Excerpt;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.baseline.BaselineOutcome;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.stats.Slot;
import dev.jsoncontract.verify.stats.Statistics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code index.html}: the drift report page, one self-contained file (no network: style and
 * script are inline, charts are inline SVG, no font is loaded) that opens from a CI artifact with
 * a double click. It shows the verdict, what was checked, the findings grouped as in the build
 * message with their examples in context, a bar chart per enum and discriminated union (values
 * seen against values allowed), how often each property was present, {@code null} or absent, the
 * undescribed properties, and a table per source.
 *
 * <p>Readable without colour (every state is a word and a symbol, unknown and never-seen bars
 * have their own pattern and label), keyboard navigable (contents links, a skip link, sortable
 * columns as buttons, visible focus) and fit for paper (print styles open every detail). Built
 * with a {@link StringBuilder} and one escaping function: the page is one fixed layout, so a
 * template engine would add a dependency and a second language without removing any code.
 */
public final class HtmlReport {

    /** The page's file name. */
    public static final String FILE_NAME = "index.html";

    /** Marks the page as verify's, so that only this page is removed as a stale report. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"jsoncontract verify\">";

    private static final int BAR_WIDTH = 360;
    private static final int ROW_HEIGHT = 24;
    private static final int CHAR_WIDTH = 7;

    private HtmlReport() {
    }

    /** The page as text (UTF-8, {@code \n}, no timestamp, no absolute path). */
    public static String render(VerifyResult result) {
        StringBuilder out = new StringBuilder(16 * 1024);
        String verdict = verdict(result);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(GENERATOR).append('\n')
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(verdict)).append(": jsoncontract verify ").append(esc(result.operation()))
                .append("</title>\n<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n");
        patterns(out);
        header(out, result, verdict);
        out.append("<main>\n");
        findings(out, result);
        values(out, result.statistics());
        properties(out, result.statistics());
        drift(out, result);
        sources(out, result.statistics());
        out.append("</main>\n<footer><p>Written by jsoncontract verify. This page needs no network; ")
                .append("values in the examples are redacted as record mode redacts them.</p></footer>\n")
                .append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Writes the page into {@code directory}. */
    public static Path write(VerifyResult result, Path directory) throws IOException {
        return Xml.write(directory, FILE_NAME, render(result));
    }

    private static String verdict(VerifyResult result) {
        if (result.nothingVerified()) {
            return "NOTHING VERIFIED";
        }
        return result.violated() ? "FAILED" : "PASSED";
    }

    private static void header(StringBuilder out, VerifyResult result, String verdict) {
        String state = result.nothingVerified() ? "nothing" : result.violated() ? "failed" : "passed";
        String mark = result.violated() || result.nothingVerified() ? "\u2717" : "\u2713";
        out.append("<header>\n<h1>jsoncontract verify: <code>").append(esc(result.operation())).append("</code></h1>\n")
                .append("<p class=\"verdict ").append(state).append("\" id=\"verdict\"><span aria-hidden=\"true\">")
                .append(mark).append("</span> <strong>").append(verdict).append("</strong> ")
                .append(esc(TextSummary.headline(result))).append("</p>\n<dl class=\"facts\">\n")
                .append("<dt>Operation</dt><dd><code>").append(esc(result.operation())).append("</code></dd>\n")
                .append("<dt>Response schema</dt><dd><code>").append(esc(result.schemaLocation())).append("</code></dd>\n")
                .append("<dt>Checked</dt><dd>").append(esc(checked(result))).append("</dd>\n");
        BaselineOutcome baseline = result.baseline();
        if (!baseline.file().isEmpty()) {
            out.append("<dt>Baseline</dt><dd><code>").append(esc(baseline.file())).append("</code>: ")
                    .append(TextSummary.plural(baseline.entries(), "entry")).append(", ")
                    .append(TextSummary.plural(result.accepted(), "finding")).append(" accepted")
                    .append(baseline.updated() ? " (updated by this run)" : "").append("</dd>\n");
        }
        out.append("</dl>\n<nav aria-label=\"Contents\"><ol>\n")
                .append("<li><a href=\"#findings\">Findings (").append(result.groups().size()).append(")</a></li>\n")
                .append("<li><a href=\"#values\">Values seen (").append(result.statistics().values().size())
                .append(")</a></li>\n<li><a href=\"#properties\">Properties (")
                .append(result.statistics().properties().size()).append(")</a></li>\n")
                .append("<li><a href=\"#drift\">Undescribed properties</a></li>\n")
                .append("<li><a href=\"#sources\">Sources (").append(result.statistics().sources().size())
                .append(")</a></li>\n</ol></nav>\n</header>\n");
    }

    /** {@code 3 recorded files, 2 HAR entries (1 HAR file), 1 live response}. */
    static String checked(VerifyResult result) {
        long files = 0;
        long harFiles = 0;
        long harEntries = 0;
        long live = 0;
        for (Statistics.SourceCounts row : result.statistics().sources()) {
            String source = row.source().toLowerCase(Locale.ROOT);
            if (source.startsWith("http://") || source.startsWith("https://")) {
                live += row.bodies();
            } else if (source.endsWith(".har")) {
                harFiles++;
                harEntries += row.bodies();
            } else {
                files++;
            }
        }
        StringBuilder text = new StringBuilder(TextSummary.plural(result.bodies(), "response body")).append(": ");
        text.append(files).append(files == 1 ? " recorded file" : " recorded files");
        if (harFiles > 0) {
            text.append(", ").append(harEntries).append(harEntries == 1 ? " HAR entry" : " HAR entries").append(" (")
                    .append(harFiles).append(harFiles == 1 ? " HAR file)" : " HAR files)");
        }
        if (live > 0) {
            text.append(", ").append(live).append(live == 1 ? " live response" : " live responses");
        }
        return text.toString();
    }

    private static void findings(StringBuilder out, VerifyResult result) {
        out.append("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n");
        if (result.groups().isEmpty() && result.baseline().problems().isEmpty()) {
            out.append("<p>No finding: every body conforms to the contract.</p>\n");
        }
        int number = 0;
        for (FindingGroup group : result.groups()) {
            number++;
            String severity = group.severity().name().toLowerCase(Locale.ROOT);
            out.append("<article class=\"group ").append(severity).append("\" id=\"group-").append(number).append("\">\n")
                    .append("<h3><span class=\"sev\">").append(symbol(group.severity())).append(' ').append(severity)
                    .append("</span> <code>").append(esc(group.subject())).append("</code>: ")
                    .append(esc(group.message())).append("</h3>\n<p class=\"count\">in <strong>")
                    .append(group.count()).append("</strong> of ").append(group.checked()).append(' ')
                    .append(esc(group.noun())).append(" (").append(percent(group.count(), group.checked()))
                    .append(")</p>\n<p class=\"where\">schema <code>").append(esc(group.schemaLocation()))
                    .append("</code>, keyword <code>").append(esc(group.keyword())).append("</code>");
            if (group.severity() == Severity.ACCEPTED) {
                out.append(", accepted by the baseline");
            }
            out.append("</p>\n<ol class=\"examples\" aria-label=\"first examples\">\n");
            for (String example : group.examples()) {
                out.append("<li><p><code>").append(esc(example)).append("</code></p>\n");
                Excerpt excerpt = result.excerpts().get(example);
                if (excerpt != null && !excerpt.lines().isEmpty()) {
                    out.append("<pre tabindex=\"0\" aria-label=\"").append(esc(example)).append(" in context\">");
                    for (int i = 0; i < excerpt.lines().size(); i++) {
                        String line = esc(excerpt.lines().get(i));
                        out.append(i == excerpt.highlight() ? "<mark>" + line + "</mark> \u25c0" : line).append('\n');
                    }
                    out.append("</pre>\n");
                    if (!excerpt.note().isEmpty()) {
                        out.append("<p class=\"note\">").append(esc(excerpt.note())).append("</p>\n");
                    }
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n</article>\n");
        }
        if (!result.baseline().problems().isEmpty()) {
            out.append("<h3 id=\"baseline\">Baseline entries that need attention</h3>\n<ul class=\"problems\">\n");
            for (BaselineOutcome.Problem problem : result.baseline().problems()) {
                out.append("<li class=\"").append(problem.fails() ? "failure" : "warning").append("\"><span class=\"sev\">")
                        .append(problem.fails() ? "\u2717 failure" : "! warning").append("</span> ")
                        .append(esc(problem.message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void values(StringBuilder out, Statistics statistics) {
        out.append("<section id=\"values\" aria-labelledby=\"values-h\">\n<h2 id=\"values-h\">Values seen at the")
                .append(" contract's enums and discriminated unions</h2>\n<p class=\"legend\">")
                .append("<svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect class=\"b-allowed\" width=\"16\"")
                .append(" height=\"12\"/></svg> allowed value, seen &#8195;")
                .append("<svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect class=\"b-unknown\" width=\"16\"")
                .append(" height=\"12\"/></svg> not in the contract &#8195;")
                .append("<svg width=\"16\" height=\"12\" aria-hidden=\"true\"><rect class=\"b-unseen\" width=\"15\"")
                .append(" height=\"11\" x=\"0.5\" y=\"0.5\"/></svg> allowed, never seen</p>\n");
        if (statistics.values().isEmpty()) {
            out.append("<p>The response schema has no enum and no discriminated union.</p>\n");
        }
        int number = 0;
        for (Statistics.ValueCounts chart : statistics.values()) {
            number++;
            chart(out, chart, number);
        }
        out.append("</section>\n");
    }

    private static void chart(StringBuilder out, Statistics.ValueCounts chart, int number) {
        Slot slot = chart.slot();
        List<Statistics.ValueCount> counts = chart.counts();
        long max = 1;
        int labelChars = 8;
        for (Statistics.ValueCount count : counts) {
            max = Math.max(max, count.count());
            labelChars = Math.max(labelChars, Math.min(36, count.value().length()));
        }
        long unseen = counts.stream().filter(c -> c.allowed() && c.count() == 0).count();
        int rows = counts.size() + (chart.otherUnknown() > 0 ? 1 : 0);
        int labelWidth = labelChars * CHAR_WIDTH + 12;
        int width = labelWidth + BAR_WIDTH + 220;
        int height = rows * ROW_HEIGHT + 4;
        String id = "chart-" + number;
        String kind = slot.kind() == Slot.Kind.DISCRIMINATOR ? "discriminator" : "enum";
        String summary = slot.subject() + " (" + kind + "): " + chart.total() + " values seen in " + slot.noun() + ", "
                + chart.unknown() + " not in the contract, " + unseen + " allowed " + (unseen == 1 ? "value" : "values")
                + " never seen";
        out.append("<figure class=\"chart\" id=\"").append(id).append("\" data-subject=\"").append(esc(slot.subject()))
                .append("\">\n<figcaption><code>").append(esc(slot.subject())).append("</code> <span class=\"kind\">")
                .append(kind).append(" of ").append(esc(slot.noun())).append("</span>: ").append(chart.total())
                .append(" values seen, <strong>").append(chart.unknown()).append(" not in the contract</strong>, ")
                .append(unseen).append(" allowed never seen <span class=\"loc\"><code>").append(esc(slot.schemaLocation()))
                .append("</code></span></figcaption>\n<svg class=\"bars\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-t\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\">\n<title id=\"").append(id).append("-t\">")
                .append(esc(summary)).append("</title>\n");
        int row = 0;
        for (Statistics.ValueCount count : counts) {
            bar(out, count.value(), count.count(), count.allowed() ? (count.count() == 0 ? "unseen" : "allowed")
                    : "unknown", row++, labelWidth, max);
        }
        if (chart.otherUnknown() > 0) {
            bar(out, "(other values)", chart.otherUnknown(), "unknown", row, labelWidth, max);
        }
        out.append("</svg>\n<details><summary>the values as a table</summary>\n<table>\n<thead><tr><th scope=\"col\">value")
                .append("</th><th scope=\"col\">seen</th><th scope=\"col\">in the contract</th></tr></thead>\n<tbody>\n");
        for (Statistics.ValueCount count : counts) {
            out.append("<tr><td><code>").append(esc(count.value())).append("</code></td><td>").append(count.count())
                    .append("</td><td>").append(count.allowed() ? (count.count() == 0 ? "yes, never seen" : "yes")
                            : "no").append("</td></tr>\n");
        }
        if (chart.otherUnknown() > 0) {
            out.append("<tr><td>(other values)</td><td>").append(chart.otherUnknown()).append("</td><td>no</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    private static void bar(StringBuilder out, String value, long count, String state, int row, int labelWidth,
            long max) {
        int y = row * ROW_HEIGHT + 2;
        int width = count == 0 ? 0 : (int) Math.max(2, Math.round((double) count * BAR_WIDTH / max));
        String label = value.length() > 36 ? value.substring(0, 33) + "..." : value;
        String note = switch (state) {
            case "unknown" -> " \u2014 not in the contract";
            case "unseen" -> " \u2014 never seen";
            default -> "";
        };
        out.append("<g class=\"bar ").append(state).append("\" data-value=\"").append(esc(value))
                .append("\" data-count=\"").append(count).append("\">")
                .append("<text class=\"label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
                .append("\">").append(esc(label)).append("</text>");
        if (count == 0) {
            out.append("<rect class=\"b-unseen\" x=\"").append(labelWidth).append(".5\" y=\"").append(y + 3)
                    .append(".5\" width=\"12\" height=\"15\"/>");
        } else {
            out.append("<rect class=\"b-").append(state).append("\" x=\"").append(labelWidth).append("\" y=\"")
                    .append(y + 3).append("\" width=\"").append(width).append("\" height=\"16\"/>");
        }
        int after = labelWidth + Math.max(width, 12) + 6;
        out.append("<text class=\"value\" x=\"").append(after).append("\" y=\"").append(y + 16).append("\">")
                .append(count).append(note).append("</text></g>\n");
    }

    private static void properties(StringBuilder out, Statistics statistics) {
        out.append("<section id=\"properties\" aria-labelledby=\"properties-h\">\n<h2 id=\"properties-h\">")
                .append("How often each declared property was present, null or absent</h2>\n");
        if (statistics.properties().isEmpty()) {
            out.append("<p>The response schema declares no property.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"sortable\">\n<thead><tr>");
        for (String column : List.of("field", "of", "objects", "present", "null", "absent")) {
            header(out, column, !column.equals("field") && !column.equals("of"));
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Statistics.PropertyCounts row : statistics.properties()) {
            long objects = row.objects();
            out.append("<tr><td><code>").append(esc(row.slot().subject())).append("</code></td><td>")
                    .append(esc(row.slot().noun())).append("</td><td class=\"n\">").append(objects).append("</td>");
            presence(out, row.present(), objects);
            presence(out, row.nulls(), objects);
            presence(out, row.absent(), objects);
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void presence(StringBuilder out, long count, long objects) {
        out.append("<td class=\"n\" data-sort=\"").append(count).append("\">").append(count);
        if (objects > 0) {
            out.append(" <span class=\"pct\">(").append(percent(count, objects)).append(")</span>");
        }
        out.append("</td>");
    }

    private static void drift(StringBuilder out, VerifyResult result) {
        out.append("<section id=\"drift\" aria-labelledby=\"drift-h\">\n<h2 id=\"drift-h\">Properties the contract")
                .append(" does not describe</h2>\n");
        List<FindingGroup> drift = result.groups().stream().filter(g -> g.keyword().equals(Finding.KEYWORD_DRIFT))
                .toList();
        if (drift.isEmpty()) {
            out.append("<p>None: every property seen is described by the contract.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"sortable\">\n<thead><tr>");
        for (String column : List.of("property", "severity", "seen in", "of", "first at")) {
            header(out, column, column.equals("seen in"));
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (FindingGroup group : drift) {
            out.append("<tr><td><code>").append(esc(group.subject())).append("</code></td><td>")
                    .append(symbol(group.severity())).append(' ').append(group.severity().name().toLowerCase(Locale.ROOT))
                    .append("</td><td class=\"n\" data-sort=\"").append(group.count()).append("\">").append(group.count())
                    .append("</td><td>").append(group.checked()).append(' ').append(esc(group.noun()))
                    .append("</td><td><code>").append(esc(group.examples().get(0))).append("</code></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void sources(StringBuilder out, Statistics statistics) {
        out.append("<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n")
                .append("<p>In the order checked; a column's button sorts the table by it.</p>\n");
        out.append("<table class=\"sortable\">\n<thead><tr>");
        for (String column : List.of("source", "bodies", "failures", "warnings", "accepted")) {
            header(out, column, !column.equals("source"));
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Statistics.SourceCounts row : statistics.sources()) {
            out.append("<tr><td><code>").append(esc(row.source())).append("</code></td><td class=\"n\">")
                    .append(row.bodies()).append("</td><td class=\"n\">").append(row.failures())
                    .append("</td><td class=\"n\">").append(row.warnings()).append("</td><td class=\"n\">")
                    .append(row.accepted()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void header(StringBuilder out, String column, boolean numeric) {
        out.append("<th scope=\"col\"").append(numeric ? " class=\"n\" data-type=\"number\"" : "")
                .append("><button type=\"button\">").append(column).append("</button></th>");
    }

    /** The patterns of the bars, defined once for every chart of the page. */
    private static void patterns(StringBuilder out) {
        out.append("<svg width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\" class=\"defs\"><defs>")
                .append("<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-bg\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern>")
                .append("</defs></svg>\n");
    }

    private static String symbol(Severity severity) {
        return switch (severity) {
            case FAILURE -> "\u2717";
            case WARNING -> "!";
            case ACCEPTED -> "\u2713";
        };
    }

    private static String percent(long count, long of) {
        if (of == 0) {
            return "0%";
        }
        double share = 100.0 * count / of;
        return share > 0 && share < 1 ? "<1%" : String.format(Locale.ROOT, "%.0f%%", share);
    }

    /** Escapes text for an element or a double-quoted attribute (the page is served as HTML, XML rules suffice). */
    static String esc(String text) {
        return Xml.escape(text);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the plugin jar", e);
        }
    }
}
