package dev.jsoncontract.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.Excerpt;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.baseline.BaselineOutcome;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.stats.Slot;
import dev.jsoncontract.verify.stats.Statistics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final FindingGroup ENUM = new FindingGroup(Severity.FAILURE, "call.schema.json#/properties/call_status",
            "enum", "\"<b>done</b>\"", List.of("\"queued\""), "call_status",
            "\"<b>done</b>\" is not allowed (allowed: queued)", 2, 10, "calls", List.of("page-1.json#/0/call_status"));
    private static final FindingGroup DRIFT = new FindingGroup(Severity.ACCEPTED, "call.schema.json#", "drift",
            "\"x\"", List.of(), "x", "is not described by the contract", 1, 10, "calls", List.of("page-1.json#/1/x"));

    private static VerifyResult result() {
        Slot slot = new Slot(0, Slot.Kind.ENUM, "call.schema.json#/properties/call_status", "call_status", "calls",
                List.of("\"queued\""));
        Statistics statistics = new Statistics(
                List.of(new Statistics.ValueCounts(slot, List.of(new Statistics.ValueCount("\"queued\"", 0, true),
                        new Statistics.ValueCount("\"<b>done</b>\"", 2, false)), 0)),
                List.of(new Statistics.PropertyCounts(new Slot(1, Slot.Kind.PROPERTY,
                        "call.schema.json#/properties/call_status", "call_status", "calls", List.of()), 10, 0, 0)),
                List.of(new Statistics.SourceCounts("page-1.json", 1, 2, 0, 1),
                        new Statistics.SourceCounts("export.har", 2, 0, 0, 0),
                        new Statistics.SourceCounts("https://api.example/v1/call", 1, 0, 0, 0)));
        Excerpt excerpt = new Excerpt("page-1.json#/0/call_status", List.of("{", "  \"call_status\": \"<b>done</b>\",",
                "}"), 1, "");
        return new VerifyResult("listCalls", "call.schema.json#/x", Path.of("/abs/recordings"), 4, 1, 2, 0,
                List.of(ENUM, DRIFT), List.of(), statistics, Map.of(excerpt.place(), excerpt),
                new BaselineOutcome("jsoncontract-baseline.json", 1, List.of(), false, 0, 0));
    }

    @Test
    @DisplayName("the page escapes every value, marks unknown and never-seen bars in words, and names no absolute path")
    void page() {
        String page = HtmlReport.render(result());
        assertThat(page).doesNotContain("<b>done</b>").contains("&quot;&lt;b&gt;done&lt;/b&gt;&quot; is not allowed")
                .doesNotContain("/abs/recordings");
        assertThat(page).contains("<strong>FAILED</strong> listCalls: 2 contract violations in 1 of 4 response bodies,"
                + " 1 finding accepted by the baseline</p>");
        assertThat(page).contains("4 response bodies: 1 recorded file, 2 HAR entries (1 HAR file), 1 live response");
        assertThat(page).contains("<g class=\"bar unknown\" data-value=\"&quot;&lt;b&gt;done&lt;/b&gt;&quot;\""
                + " data-count=\"2\">").contains("2 \u2014 not in the contract</text>");
        assertThat(page).contains("<g class=\"bar unseen\" data-value=\"&quot;queued&quot;\" data-count=\"0\">")
                .contains("0 \u2014 never seen</text>");
        assertThat(page).contains("<mark>  &quot;call_status&quot;: &quot;&lt;b&gt;done&lt;/b&gt;&quot;,</mark>");
        assertThat(page).contains("<article class=\"group accepted\"").contains("\u2713 accepted");
        assertThat(page).doesNotContainPattern("(?i)<link|<img|\\ssrc=|@import");
        assertThat(HtmlReport.render(result())).isEqualTo(page);
    }

    @Test
    @DisplayName("nothing verified and a clean run have their own verdicts")
    void verdicts() {
        VerifyResult nothing = new VerifyResult("listCalls", "s", Path.of("r"), 0, 0, 0, 0, List.of(), List.of());
        assertThat(HtmlReport.render(nothing)).contains("<strong>NOTHING VERIFIED</strong>")
                .contains("The response schema has no enum");
        VerifyResult clean = new VerifyResult("listCalls", "s", Path.of("r"), 3, 0, 0, 0, List.of(), List.of());
        assertThat(HtmlReport.render(clean)).contains("<strong>PASSED</strong> listCalls: 3 response bodies conform")
                .contains("No finding: every body conforms to the contract.");
    }
}
