package dev.jsoncontract.verify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report page that the IT {@code verify-enum-drift} wrote in headless Chromium: no
 * console error, no request but the page itself, the charts' bars carry the counts seen, the page
 * is reachable by keyboard and prints. Keeps a screenshot and a PDF under {@code target/}.
 *
 * <p>Runs in the {@code verify} phase, after the invoker ITs (see the pom). It installs nothing:
 * without Chromium ({@code /usr/bin/chromium}, or {@code -Djsoncontract.chromium=<path>}) it is
 * skipped, saying so; {@code .ci/run} installs Debian's {@code chromium} package so that CI runs it,
 * and sets {@code -Djsoncontract.requireBrowser=true}, under which a missing browser fails the test.
 */
class ReportPageBrowserTest {

    private static final Path PAGE = Path.of("target/it/verify-enum-drift/target/jsoncontract-reports/index.html");
    private static final Path OUTPUT = Path.of("target/report-page");

    private static final String BARS = """
            JSON.stringify(Array.from(document.querySelectorAll('figure.chart')).map(function (figure) {
              return {subject: figure.getAttribute('data-subject'),
                bars: Array.from(figure.querySelectorAll('g.bar')).map(function (g) {
                  var rect = g.querySelector('rect').getBoundingClientRect();
                  return {value: g.getAttribute('data-value'), count: Number(g.getAttribute('data-count')),
                    state: g.getAttribute('class').replace('bar ', ''), width: Math.round(rect.width),
                    text: g.querySelector('text.value').textContent};
                })};
            }))""";

    @Test
    @DisplayName("Chromium opens the enum-drift report page: no console error, no request, the bars carry the observed counts")
    void page(@TempDir Path profile) throws Exception {
        Path chromium = Path.of(System.getProperty("jsoncontract.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            // CI (.ci/run) must run this test: there a missing browser is a failure, not a skip
            assertThat(Boolean.getBoolean("jsoncontract.requireBrowser"))
                    .as("jsoncontract.requireBrowser is set and there is no Chromium at %s: install Debian's chromium"
                            + " package (apt-get install chromium)", chromium).isFalse();
            System.err.println("ReportPageBrowserTest SKIPPED: no Chromium at " + chromium + " (apt-get install chromium;"
                    + " .ci/run installs it)");
        }
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + "; apt-get install chromium (.ci/run does)");
        assumeTrue(Files.isRegularFile(PAGE), "the IT verify-enum-drift wrote no page at " + PAGE + " (ITs skipped?)");
        Files.createDirectories(OUTPUT);
        try (Chromium browser = Chromium.start(chromium, profile, OUTPUT.resolve("chromium.log"))) {
            browser.call("Runtime.enable");
            browser.call("Log.enable");
            browser.call("Network.enable");
            browser.call("Page.enable");
            String url = PAGE.toAbsolutePath().toUri().toString();
            browser.call("Page.navigate", Map.of("url", url));
            browser.await("Page.loadEventFired");
            assertThat(browser.evaluate("document.title").asText()).isEqualTo("FAILED: jsoncontract verify listCalls");

            JsonNode charts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(browser.evaluate(BARS).asText());
            Map<String, List<String>> bars = new LinkedHashMap<>();
            for (JsonNode chart : charts) {
                List<String> rows = new ArrayList<>();
                for (JsonNode bar : chart.path("bars")) {
                    rows.add(bar.path("value").asText() + " " + bar.path("count").asLong() + " " + bar.path("state").asText()
                            + " | " + bar.path("text").asText());
                    // a bar is drawn for every value seen, none for a value never seen (only its dashed outline)
                    if (bar.path("count").asLong() > 0) {
                        assertThat(bar.path("width").asInt()).as("width of %s", bar.path("value")).isGreaterThan(1);
                    }
                }
                bars.put(chart.path("subject").asText(), rows);
            }
            // counted off the three recordings: 9 ended, 2 forwarding, 1 ringing, 1 in-progress, 3 completed
            assertThat(bars.get("call_status")).containsExactly(
                    "\"queued\" 0 unseen | 0 \u2014 never seen",
                    "\"ringing\" 1 allowed | 1",
                    "\"in-progress\" 1 allowed | 1",
                    "\"forwarding\" 2 allowed | 2",
                    "\"ended\" 9 allowed | 9",
                    "\"completed\" 3 unknown | 3 \u2014 not in the contract");
            assertThat(bars.get("failure_reason")).contains("\"voicemail\" 1 unknown | 1 \u2014 not in the contract");
            assertThat(bars.get("messages[].role")).endsWith("\"assistant\" 1 unknown | 1 \u2014 not in the contract");
            assertThat(bars.keySet()).containsExactly("call_status", "failure_reason", "messages[].role");

            Chromium.save(browser.call("Page.captureScreenshot", Map.of("format", "png")), OUTPUT.resolve("top.png"));
            browser.evaluate("document.getElementById('values').scrollIntoView(), ''");
            Chromium.save(browser.call("Page.captureScreenshot", Map.of("format", "png")), OUTPUT.resolve("charts.png"));
            browser.evaluate("window.scrollTo(0, 0), ''");

            // the keyboard reaches the skip link first, and the sortable columns are buttons
            browser.call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Tab", "code", "Tab",
                    "windowsVirtualKeyCode", 9));
            browser.call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Tab", "code", "Tab",
                    "windowsVirtualKeyCode", 9));
            assertThat(browser.evaluate("document.activeElement.textContent").asText()).isEqualTo("Skip to the findings");
            browser.evaluate("document.querySelector('#sources th:nth-child(2) button').click(), ''");
            assertThat(browser.evaluate("document.querySelector('#sources th:nth-child(2)').getAttribute('aria-sort')")
                    .asText()).isEqualTo("ascending");

            // on paper: the contents and the tables behind the charts are left out, the page prints
            browser.call("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('nav')).display").asText()).isEqualTo("none");
            Path pdf = Chromium.save(browser.call("Page.printToPDF", Map.of()), OUTPUT.resolve("page.pdf"));
            assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

            List<String> errors = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            for (JsonNode event : browser.events()) {
                String method = event.path("method").asText();
                JsonNode params = event.path("params");
                if (method.equals("Runtime.exceptionThrown")
                        || (method.equals("Runtime.consoleAPICalled") && List.of("error", "assert", "warning")
                                .contains(params.path("type").asText()))
                        || (method.equals("Log.entryAdded") && List.of("error", "warning")
                                .contains(params.path("entry").path("level").asText()))) {
                    errors.add(event.toString());
                }
                if (method.equals("Network.requestWillBeSent")) {
                    requests.add(params.path("request").path("url").asText());
                }
            }
            assertThat(errors).as("console errors").isEmpty();
            assertThat(requests).as("requests: the page loads nothing").containsExactly(url);
        }
    }
}
