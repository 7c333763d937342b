package dev.jsoncontract.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.bench.corpus.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The memory harness")
class MemoryRunTest {

    @Test
    @DisplayName("reads the json files of a folder in name order, and a single file as itself")
    void files(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.json"), "[]");
        Files.writeString(dir.resolve("a.json"), "[]");
        Files.writeString(dir.resolve(".complete"), "x");

        assertThat(MemoryRun.files(dir)).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
        assertThat(MemoryRun.files(dir.resolve("b.json"))).containsExactly(dir.resolve("b.json"));
    }

    @Test
    @DisplayName("counts the calls of valid pages with every workload, and a broken call as violations")
    void workloads(@TempDir Path dir) throws IOException {
        CorpusGenerator.Summary corpus = CorpusGenerator.pages(dir.resolve("c"), 300_000, 5);
        List<Path> pages = MemoryRun.files(dir.resolve("c"));
        long jackson = 0;
        long everit = 0;
        long verify = 0;
        for (Path page : pages) {
            jackson += MemoryRun.workload("jackson").run(page);
            everit += MemoryRun.workload("everit").run(page);
            verify += MemoryRun.workload("verify").run(page);
        }
        assertThat(jackson).isEqualTo(corpus.calls());
        assertThat(everit).isEqualTo(corpus.calls());
        assertThat(verify).as("one clean body per page").isEqualTo(pages.size());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"id\": 1, \"assistant_id\": 2, \"call_status\": \"completed\", \"call_type\": \"webCall\"}]");
        assertThat(MemoryRun.workload("everit").run(broken)).isEqualTo(-2);
        assertThat(MemoryRun.workload("verify").run(broken)).isNegative();
    }

    @Test
    @DisplayName("names the workloads it knows when given another")
    void unknownWorkload() {
        assertThatThrownBy(() -> MemoryRun.workload("networknt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown workload networknt: use jackson, everit or verify.");
    }
}
