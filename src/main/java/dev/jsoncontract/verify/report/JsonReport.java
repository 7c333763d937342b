package dev.jsoncontract.verify.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.baseline.BaselineOutcome;
import dev.jsoncontract.verify.finding.FindingGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code jsoncontract-report.json}: the counts and every group with its first examples. */
public final class JsonReport {

    /** The report's file name. */
    public static final String FILE_NAME = "jsoncontract-report.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReport() {
    }

    /** The report as text (UTF-8, {@code \n}, two-space indentation, trailing newline). */
    public static String render(VerifyResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("operation", result.operation());
        root.put("schema", result.schemaLocation());
        root.put("bodies", result.bodies());
        root.put("failedBodies", result.failedBodies());
        root.put("failures", result.failures());
        root.put("warnings", result.warnings());
        root.put("accepted", result.accepted());
        ArrayNode groups = root.putArray("groups");
        for (FindingGroup group : result.groups()) {
            ObjectNode node = groups.addObject();
            node.put("severity", group.severity().name().toLowerCase(Locale.ROOT));
            node.put("subject", group.subject());
            node.put("keyword", group.keyword());
            node.put("schemaLocation", group.schemaLocation());
            // the value the group is keyed by, else the one its message shows (format, pattern, type ...)
            node.put("value", group.value().isEmpty() ? group.firstValue() : group.value());
            ArrayNode allowed = node.putArray("allowed");
            group.allowed().forEach(allowed::add);
            node.put("message", group.message());
            node.put("count", group.count());
            node.put("checked", group.checked());
            node.put("of", group.noun());
            ArrayNode examples = node.putArray("examples");
            group.examples().forEach(examples::add);
        }
        BaselineOutcome baseline = result.baseline();
        if (!baseline.file().isEmpty()) {
            ObjectNode node = root.putObject("baseline");
            node.put("file", baseline.file());
            node.put("entries", baseline.entries());
            node.put("updated", baseline.updated());
            ArrayNode problems = node.putArray("problems");
            for (BaselineOutcome.Problem problem : baseline.problems()) {
                ObjectNode item = problems.addObject();
                item.put("entry", problem.pointer());
                item.put("kind", problem.kind().name().toLowerCase(Locale.ROOT));
                item.put("fails", problem.fails());
                item.put("message", problem.message());
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the JSON report", e);
        }
    }

    /** Writes the report into {@code directory}. */
    public static Path write(VerifyResult result, Path directory) throws IOException {
        return Xml.write(directory, FILE_NAME, render(result));
    }
}
