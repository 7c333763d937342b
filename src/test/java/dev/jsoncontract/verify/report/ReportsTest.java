package dev.jsoncontract.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final FindingGroup ENUM = new FindingGroup(Severity.FAILURE, "call.schema.json#/properties/call_status",
            "enum", "\"completed\"", List.of("\"queued\"", "\"ended\""), "call_status",
            "\"completed\" is not allowed (allowed: queued, ended)", 37, 1000, "calls",
            List.of("page-3.json#/12/call_status", "page-3.json#/40/call_status", "page-4.json#/1/call_status"));
    private static final FindingGroup DRIFT = new FindingGroup(Severity.WARNING, "call.schema.json#", "drift",
            "\"recording_url\"", List.of(), "recording_url", "is not described by the contract", 2, 1000, "calls",
            List.of("page-1.json#/0/recording_url", "page-1.json#/5/recording_url"));

    private static VerifyResult result() {
        return new VerifyResult("listCalls", "call.schema.json#/x-jsoncontract/operations/listCalls/response/schema",
                Path.of("recordings"), 10, 3, 37, 2, List.of(ENUM, DRIFT), List.of());
    }

    @Test
    @DisplayName("the text summary is a summary line, then one line per group, warnings marked")
    void text() {
        assertThat(TextSummary.render(result())).isEqualTo("""
                listCalls: 37 contract violations in 3 of 10 response bodies, 2 drift warnings
                call_status: "completed" is not allowed (allowed: queued, ended) in 37 of 1000 calls, first at page-3.json#/12/call_status
                warning: recording_url: is not described by the contract in 2 of 1000 calls, first at page-1.json#/0/recording_url""");
        VerifyResult clean = new VerifyResult("listCalls", "s", Path.of("r"), 1, 0, 0, 0, List.of(), List.of());
        assertThat(TextSummary.render(clean)).isEqualTo("listCalls: 1 response body conforms to the contract");
    }

    @Test
    @DisplayName("the JSON report holds counts and groups with examples, in a stable layout")
    void json() {
        assertThat(JsonReport.render(result())).isEqualTo("""
                {
                  "operation" : "listCalls",
                  "schema" : "call.schema.json#/x-jsoncontract/operations/listCalls/response/schema",
                  "bodies" : 10,
                  "failedBodies" : 3,
                  "failures" : 37,
                  "warnings" : 2,
                  "accepted" : 0,
                  "groups" : [
                    {
                      "severity" : "failure",
                      "subject" : "call_status",
                      "keyword" : "enum",
                      "schemaLocation" : "call.schema.json#/properties/call_status",
                      "value" : "\\"completed\\"",
                      "allowed" : [
                        "\\"queued\\"",
                        "\\"ended\\""
                      ],
                      "message" : "\\"completed\\" is not allowed (allowed: queued, ended)",
                      "count" : 37,
                      "checked" : 1000,
                      "of" : "calls",
                      "examples" : [
                        "page-3.json#/12/call_status",
                        "page-3.json#/40/call_status",
                        "page-4.json#/1/call_status"
                      ]
                    },
                    {
                      "severity" : "warning",
                      "subject" : "recording_url",
                      "keyword" : "drift",
                      "schemaLocation" : "call.schema.json#",
                      "value" : "\\"recording_url\\"",
                      "allowed" : [ ],
                      "message" : "is not described by the contract",
                      "count" : 2,
                      "checked" : 1000,
                      "of" : "calls",
                      "examples" : [
                        "page-1.json#/0/recording_url",
                        "page-1.json#/5/recording_url"
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    @DisplayName("the Markdown summary is a table of the groups; it is appended to the step summary file")
    void markdown(@TempDir Path dir) throws Exception {
        String expected = """
                ## jsoncontract verify: listCalls

                listCalls: 37 contract violations in 3 of 10 response bodies, 2 drift warnings (schema `call.schema.json#/x-jsoncontract/operations/listCalls/response/schema`).

                | | field | problem | how often | first at |
                |---|---|---|---|---|
                | failure | `call_status` | "completed" is not allowed (allowed: queued, ended) | 37 of 1000 calls | `page-3.json#/12/call_status` |
                | warning | `recording_url` | is not described by the contract | 2 of 1000 calls | `page-1.json#/0/recording_url` |
                """;
        assertThat(MarkdownReport.render(result())).isEqualTo(expected);
        Path summary = Files.writeString(dir.resolve("step-summary.md"), "earlier step\n");
        MarkdownReport.append(result(), null, summary);
        assertThat(Files.readString(summary)).isEqualTo("earlier step\n" + expected + "\n");
    }

    @Test
    @DisplayName("JUnit XML has one test case per body, failures carrying the findings, warnings in system-out")
    void junit(@TempDir Path dir) throws Exception {
        try (JunitXmlReport report = new JunitXmlReport(dir, JunitXmlReport.suiteName(null, "listCalls"),
                source -> null)) {
            report.add(new CheckedBody("page-1.json", List.of(), List.of(), List.of()));
            report.add(new CheckedBody("page-2.json", List.of(
                    new Finding("page-2.json", "/0/call_status", "s", "enum", "\"<x>\"", List.of(), Severity.FAILURE,
                            "\"<x>\" is not allowed (allowed: a & b)"),
                    new Finding("page-2.json", "/0/extra", "s", "drift", "\"extra\"", List.of(), Severity.WARNING,
                            "is not described by the contract")), List.of(Owner.BODY, Owner.BODY), List.of()));
        }
        assertThat(Files.readString(dir.resolve("TEST-jsoncontract.xml"), StandardCharsets.UTF_8)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="jsoncontract.listCalls" tests="2" failures="1" errors="0" skipped="0" time="0">
                  <testcase name="page-1.json" classname="jsoncontract.listCalls" time="0"/>
                  <testcase name="page-2.json" classname="jsoncontract.listCalls" time="0">
                    <failure type="contract" message="1 contract violation">page-2.json#/0/call_status: enum: &quot;&lt;x&gt;&quot; is not allowed (allowed: a &amp; b)
                </failure>
                    <system-out>warning: page-2.json#/0/extra: drift: is not described by the contract
                </system-out>
                  </testcase>
                </testsuite>
                """);
        assertThat(dir.resolve("TEST-jsoncontract.xml.part")).doesNotExist();
    }

    @Test
    @DisplayName("with a module, the suite, the class names and the Markdown heading carry it, and cases their file")
    void module(@TempDir Path dir) throws Exception {
        try (JunitXmlReport report = new JunitXmlReport(dir, JunitXmlReport.suiteName("orders-api", "listCalls"),
                source -> source.startsWith("http") ? null : "src/test/resources/recordings/" + source.replaceAll("#.*", ""))) {
            report.add(new CheckedBody("page-1.json", List.of(), List.of(), List.of()));
            report.add(new CheckedBody("export.har#/log/entries/4", List.of(), List.of(), List.of()));
            report.add(new CheckedBody("https://api.example.com/v1/call", List.of(), List.of(), List.of()));
        }
        assertThat(Files.readString(dir.resolve("TEST-jsoncontract.xml"), StandardCharsets.UTF_8)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="orders-api.listCalls" tests="3" failures="0" errors="0" skipped="0" time="0">
                  <testcase name="page-1.json" classname="orders-api.listCalls" file="src/test/resources/recordings/page-1.json" time="0"/>
                  <testcase name="export.har#/log/entries/4" classname="orders-api.listCalls" file="src/test/resources/recordings/export.har" time="0"/>
                  <testcase name="https://api.example.com/v1/call" classname="orders-api.listCalls" time="0"/>
                </testsuite>
                """);
        assertThat(MarkdownReport.render(result(), "orders-api")).startsWith("## jsoncontract verify: orders-api.listCalls\n\n");
    }
}
