package dev.jsoncontract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.bench.corpus.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peer row measures real work: networknt accepts the generated pages and rejects a broken one. */
class NetworkntSchemasTest {

    @Test
    @DisplayName("networknt finds the generated call pages valid and a page with an unknown call_status invalid")
    void judgesTheCallCorpus(@TempDir Path dir) throws Exception {
        CorpusGenerator.pages(dir, 300_000, 42);
        List<Path> pages;
        try (Stream<Path> list = Files.list(dir)) {
            pages = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        com.networknt.schema.Schema schema = NetworkntSchemas.callResponse();
        tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            assertThat(schema.validate(json.readTree(page.toFile()))).as("errors in %s", page).isEmpty();
        }
        String broken = Files.readString(pages.get(0)).replaceFirst("\"call_status\":\"[a-z-]+\"", "\"call_status\":\"completed\"");
        assertThat(schema.validate(json.readTree(broken))).isNotEmpty();
    }
}
