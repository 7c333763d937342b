package dev.jsoncontract.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleReportsTest {

    @Test
    @DisplayName("removes exactly the files verify writes, whatever else shares the folder")
    void removesVerifyReportsOnly(@TempDir Path dir) throws Exception {
        for (String name : new String[] {JunitXmlReport.FILE_NAME, JsonReport.FILE_NAME, MarkdownReport.FILE_NAME,
                "TEST-example.AppTest.xml", "notes.md"}) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/index.html"), "<!DOCTYPE html><p>someone else's page</p>");
        HtmlReport.write(new dev.jsoncontract.verify.VerifyResult("listCalls", "s", Path.of("r"), 1, 0, 0, 0,
                java.util.List.of(), java.util.List.of()), dir);
        assertThat(StaleReports.remove(dir.resolve("other"))).isEmpty();

        assertThat(StaleReports.remove(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("TEST-jsoncontract.xml", "index.html", "jsoncontract-report.json",
                        "jsoncontract-summary.md");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("TEST-example.AppTest.xml", "notes.md", "other");
        }
        assertThat(StaleReports.remove(dir.resolve("absent"))).isEmpty();
    }
}
