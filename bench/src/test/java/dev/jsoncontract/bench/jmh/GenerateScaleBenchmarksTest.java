package dev.jsoncontract.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.bench.SyntheticContract;
import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.generate.GenerateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The generate scaling benchmark")
class GenerateScaleBenchmarksTest {

    @Test
    @DisplayName("writes the same synthetic schema for the same number of definitions")
    void deterministic(@TempDir Path dir) throws IOException {
        SyntheticContract.write(30, dir.resolve("a.json"));
        SyntheticContract.write(30, dir.resolve("b.json"));
        SyntheticContract.write(31, dir.resolve("c.json"));

        assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(Files.readString(dir.resolve("b.json")))
                .isNotEqualTo(Files.readString(dir.resolve("c.json")))
                .contains("\"Entity29\"", "\"#/definitions/Entity0\"", "\"State20\"");
    }

    @Test
    @DisplayName("generates every definition into an emptied folder, and fails when the count is off")
    void generates() throws IOException, GenerateException {
        GenerateScaleBenchmarks benchmark = new GenerateScaleBenchmarks();
        benchmark.definitions = 25;
        benchmark.write();
        try {
            benchmark.empty();
            GenerateResult result = benchmark.manyDefinitions();
            assertThat(result.files()).isEqualTo(25 + 3 + 1);
            benchmark.check();
            benchmark.empty();
            assertThat(benchmark.out).doesNotExist();

            benchmark.definitions = 26;
            benchmark.manyDefinitions();
            assertThatThrownBy(benchmark::check).hasMessageContaining("made 29 files of 26 definitions; expected 30");
        } finally {
            benchmark.delete();
        }
        assertThat(benchmark.root).doesNotExist();
    }
}
