package dev.jsoncontract.verify.report;

import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * JUnit XML: one test case per response body, failing with the body's findings, so that CI
 * servers show them. Written as bodies are checked (test cases go to a part file; the suite
 * header, which needs the counts, is added when the report is closed), so memory stays flat.
 */
public final class JunitXmlReport implements AutoCloseable {

    /** The report's file name. */
    public static final String FILE_NAME = "TEST-jsoncontract.xml";

    private final Path target;
    private final Path part;
    private final String suite;
    private final UnaryOperator<String> fileOf;
    private final BufferedWriter cases;
    private long tests;
    private long failures;

    /**
     * Starts a report.
     *
     * @param directory the reports folder (created when missing)
     * @param suite the suite's name, also every test case's class name; see {@link #suiteName}
     * @param fileOf the file a body's source lies in, relative to the project (the {@code file}
     *     attribute CI annotations point at), or {@code null} for none (a live body)
     */
    public JunitXmlReport(Path directory, String suite, UnaryOperator<String> fileOf) throws IOException {
        Files.createDirectories(directory);
        this.target = directory.resolve(FILE_NAME);
        this.part = directory.resolve(FILE_NAME + ".part");
        this.suite = suite;
        this.fileOf = fileOf;
        this.cases = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
    }

    /**
     * The name of the suite: {@code <module>.<operation>} ({@code orders-api.listOrders}), so that
     * the reports of several modules do not collide in CI; {@code jsoncontract.<operation>} when no
     * module is known.
     */
    public static String suiteName(String module, String operation) {
        return (module == null || module.isBlank() ? "jsoncontract" : module) + "." + operation;
    }

    /** Adds the test case of one body. */
    public synchronized void add(CheckedBody body) throws IOException {
        tests++;
        StringBuilder failureText = new StringBuilder();
        StringBuilder warningText = new StringBuilder();
        long bodyFailures = 0;
        for (Finding finding : body.findings()) {
            String line = finding.place() + ": " + finding.keyword() + ": " + finding.message() + "\n";
            if (finding.severity() == Severity.FAILURE) {
                bodyFailures++;
                failureText.append(line);
            } else {
                warningText.append(finding.severity() == Severity.ACCEPTED ? "accepted: " : "warning: ").append(line);
            }
        }
        String file = fileOf.apply(body.source());
        cases.write("  <testcase name=\"" + Xml.escape(body.source()) + "\" classname=\"" + Xml.escape(suite)
                + (file == null ? "" : "\" file=\"" + Xml.escape(file)) + "\" time=\"0\"");
        if (bodyFailures == 0 && warningText.isEmpty()) {
            cases.write("/>\n");
            return;
        }
        cases.write(">\n");
        if (bodyFailures > 0) {
            failures++;
            cases.write("    <failure type=\"contract\" message=\""
                    + Xml.escape(TextSummary.plural(bodyFailures, "contract violation")) + "\">"
                    + Xml.escape(failureText.toString()) + "</failure>\n");
        }
        if (!warningText.isEmpty()) {
            cases.write("    <system-out>" + Xml.escape(warningText.toString()) + "</system-out>\n");
        }
        cases.write("  </testcase>\n");
    }

    /**
     * Adds a test case that is not a body but a file of the project (the baseline, named relative to
     * the project, which is also its {@code file}): failing with {@code failureLines},
     * {@code warningLines} in its output.
     */
    public synchronized void addCase(String name, List<String> failureLines, List<String> warningLines)
            throws IOException {
        tests++;
        cases.write("  <testcase name=\"" + Xml.escape(name) + "\" classname=\"" + Xml.escape(suite) + "\" file=\""
                + Xml.escape(name) + "\" time=\"0\"");
        if (failureLines.isEmpty() && warningLines.isEmpty()) {
            cases.write("/>\n");
            return;
        }
        cases.write(">\n");
        if (!failureLines.isEmpty()) {
            failures++;
            cases.write("    <failure type=\"baseline\" message=\"" + Xml.escape(TextSummary.plural(failureLines.size(),
                    "baseline problem")) + "\">" + Xml.escape(String.join("\n", failureLines) + "\n") + "</failure>\n");
        }
        if (!warningLines.isEmpty()) {
            cases.write("    <system-out>" + Xml.escape(warningLines.stream().map(l -> "warning: " + l + "\n")
                    .collect(java.util.stream.Collectors.joining())) + "</system-out>\n");
        }
        cases.write("  </testcase>\n");
    }

    /** Drops the report (the run failed before it could be completed). */
    public synchronized void abort() {
        try {
            cases.close();
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // nothing more to do: the run already fails with its own error
        }
    }

    /** Writes the report: suite header with the counts, the test cases, the footer. */
    @Override
    public synchronized void close() throws IOException {
        cases.close();
        Path assembled = target.resolveSibling(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(assembled); InputStream in = Files.newInputStream(part)) {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + Xml.escape(suite)
                    + "\" tests=\"" + tests + "\" failures=\"" + failures
                    + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n").getBytes(StandardCharsets.UTF_8));
            in.transferTo(out);
            out.write("</testsuite>\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.move(assembled, target, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(part);
    }
}
