package dev.jsoncontract.verify.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.ResponseBody;
import dev.jsoncontract.verify.finding.Finding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarReaderTest {

    private static String entry(String method, String url, int status, String content) {
        return "{\"request\": {\"method\": \"" + method + "\", \"url\": \"" + url + "\"}, \"response\": {\"status\": "
                + status + ", \"content\": " + content + "}}";
    }

    private static String text(ResponseBody body) throws Exception {
        try (InputStream in = body.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("entries matching method and path suffix are bodies named by entry; the query is ignored; base64 is decoded")
    void matchingEntries(@TempDir Path dir) throws Exception {
        Operation listCalls = ContractLoader.loadBundled().operations().get(0);
        String encoded = Base64.getEncoder().encodeToString("[{\"b\": 2}]".getBytes(StandardCharsets.UTF_8));
        Path har = dir.resolve("export.har");
        Files.writeString(har, "{\"log\": {\"version\": \"1.2\", \"entries\": ["
                + entry("GET", "https://api.example.com/v1/assistant/3", 200, "{\"text\": \"{}\"}") + ","
                + entry("GET", "https://api.example.com/v1/call?limit=2", 200, "{\"text\": \"[{\\\"a\\\": 1}]\"}") + ","
                + entry("POST", "https://api.example.com/v1/call", 200, "{\"text\": \"{}\"}") + ","
                + entry("GET", "https://api.example.com/v1/call", 429, "{\"text\": \"slow down\"}") + ","
                + entry("GET", "https://api.example.com/v1/recall", 200, "{\"text\": \"[]\"}") + ","
                + entry("GET", "https://api.example.com/v1/call/", 200, "{\"text\": \"" + encoded + "\", \"encoding\": \"base64\"}") + ","
                + entry("GET", "https://api.example.com/v1/call", 200, "{\"size\": 0}")
                + "]}}");
        HarReader.HarBodies bodies = HarReader.read(har, "export.har", listCalls);
        assertThat(bodies.bodies()).extracting(ResponseBody::source)
                .containsExactly("export.har#/log/entries/1", "export.har#/log/entries/5");
        assertThat(text(bodies.bodies().get(0))).isEqualTo("[{\"a\": 1}]");
        assertThat(text(bodies.bodies().get(1))).isEqualTo("[{\"b\": 2}]");
        assertThat(bodies.skipped()).isEqualTo(4);
        assertThat(bodies.problems()).containsExactly(Finding.ofFile("export.har#/log/entries/6",
                "has no response.content.text; export the HAR with response bodies (content) included"));
    }

    @Test
    @DisplayName("a HAR that is not JSON, or has no /log/entries, is one finding on the file")
    void brokenHar(@TempDir Path dir) throws Exception {
        Operation listCalls = ContractLoader.loadBundled().operations().get(0);
        Path notJson = Files.writeString(dir.resolve("a.har"), "{\"log\": ");
        assertThat(HarReader.read(notJson, "a.har", listCalls).problems()).singleElement()
                .extracting(Finding::message).asString().startsWith("is not a HAR file: it is not valid JSON at line 1");
        Path noEntries = Files.writeString(dir.resolve("b.har"), "{\"log\": {}}");
        assertThat(HarReader.read(noEntries, "b.har", listCalls).problems()).containsExactly(Finding.ofFile("b.har",
                "is not a HAR 1.2 file: it has no /log/entries array. Export it again as HAR from the browser, Postman or proxy"));
    }

    @Test
    @DisplayName("path templates match one segment")
    void pathTemplates() {
        var pattern = HarReader.pathPattern("/call/{id}/messages");
        assertThat(HarReader.matches(pattern, "https://x/v1/call/42/messages?x=1")).isTrue();
        assertThat(HarReader.matches(pattern, "https://x/v1/call/42/7/messages")).isFalse();
        assertThat(HarReader.matches(HarReader.pathPattern("/call"), "/v1/call")).isTrue();
    }

    @Test
    @DisplayName("a HAR is read entry by entry: an entry over the limit is a finding saying what to do, the entries before it are kept")
    void entryTooLarge(@TempDir Path dir) throws Exception {
        String small = "{\"request\": {\"method\": \"GET\", \"url\": \"https://x/v1/call\"}, \"response\": {\"status\": 200,"
                + " \"content\": {\"text\": \"[]\"}}}";
        String large = small.replace("[]", "[" + "1,".repeat(50_000) + "1]");
        Path har = dir.resolve("big.har");
        Files.writeString(har, "{\"log\": {\"version\": \"1.2\", \"entries\": [" + small + ", " + large + ", " + small + "]}}");
        List<String> seen = new java.util.ArrayList<>();
        Operation listCalls = ContractLoader.loadBundled().operations().get(0);
        int skipped = HarReader.read(har, "big.har", listCalls, 10_000, new HarReader.Sink<RuntimeException>() {
            @Override
            public void body(dev.jsoncontract.verify.ResponseBody body) {
                seen.add("body " + body.source());
            }

            @Override
            public void problem(Finding problem) {
                seen.add(problem.place() + ": " + problem.message());
            }
        });
        assertThat(skipped).isZero();
        assertThat(seen).containsExactly("body big.har#/log/entries/0", "big.har: has an entry (/log/entries/1) larger"
                + " than 9.8 KB, more than this build reads at once (an eighth of the heap). Give Maven more heap"
                + " (MAVEN_OPTS=-Xmx2g) or export fewer or smaller responses; the entries before it are checked");
    }
}
