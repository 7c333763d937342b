package dev.jsoncontract.verify.report;

import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.baseline.BaselineOutcome;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The plain-text summary: the message of a build failure, and the build log. */
public final class TextSummary {

    private TextSummary() {
    }

    /**
     * A summary line, then one line per group, failures first; warning lines start with
     * {@code warning: }, lines of findings the baseline accepts with {@code accepted: }; then a line
     * per baseline entry that needs attention (expired, stale).
     */
    public static List<String> lines(VerifyResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(result));
        for (FindingGroup group : result.groups()) {
            lines.add(prefix(group.severity()) + group.line());
        }
        for (BaselineOutcome.Problem problem : result.baseline().problems()) {
            lines.add((problem.fails() ? "" : "warning: ") + problem.message());
        }
        return lines;
    }

    /** {@code ""}, {@code warning: } or {@code accepted: }. */
    static String prefix(Severity severity) {
        return switch (severity) {
            case FAILURE -> "";
            case WARNING -> "warning: ";
            case ACCEPTED -> "accepted: ";
        };
    }

    /** {@link #lines} joined with {@code \n}. */
    public static String render(VerifyResult result) {
        return String.join("\n", lines(result));
    }

    /** {@code listCalls: 38 contract violations in 3 of 6 response bodies, 2 drift warnings}. */
    public static String headline(VerifyResult result) {
        StringBuilder line = new StringBuilder(result.operation()).append(": ");
        if (result.nothingVerified()) {
            return line.append("nothing to verify (no recorded response and no live endpoint)").toString();
        }
        if (result.failures() > 0) {
            line.append(plural(result.failures(), "contract violation")).append(" in ")
                    .append(result.failedBodies()).append(" of ").append(plural(result.bodies(), "response body"));
        } else {
            line.append(plural(result.bodies(), "response body")).append(result.bodies() == 1 ? " conforms" : " conform")
                    .append(" to the contract");
        }
        if (result.warnings() > 0) {
            line.append(", ").append(plural(result.warnings(), "drift warning"));
        }
        if (result.accepted() > 0) {
            line.append(", ").append(plural(result.accepted(), "finding")).append(" accepted by the baseline");
        }
        long expired = result.baseline().problems().stream()
                .filter(p -> p.kind() == BaselineOutcome.Problem.Kind.EXPIRED).count();
        long stale = result.baseline().problems().size() - expired;
        if (expired > 0) {
            line.append(", ").append(plural(expired, "expired baseline entry"));
        }
        if (stale > 0) {
            line.append(", ").append(plural(stale, "stale baseline entry"));
        }
        return line.toString();
    }

    /** What to say when there was nothing to check, and how to provide something. */
    public static String nothingToVerify(Path recordings) {
        return "Nothing to verify: no recorded response in " + recordings + " and no live endpoint. Put response"
                + " bodies there (*.json files, or a *.har export), or point -Djsoncontract.recordings=<folder> at"
                + " them, or call the live API with -Djsoncontract.baseUrl=<url> (the token comes from the"
                + " environment or a settings.xml server named by -Djsoncontract.serverId).";
    }

    static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        boolean y = noun.endsWith("body") || noun.endsWith("entry");
        return count + " " + (y ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
