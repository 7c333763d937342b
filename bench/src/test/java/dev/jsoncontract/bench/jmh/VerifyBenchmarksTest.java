package dev.jsoncontract.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.bench.VerifyRequests;
import dev.jsoncontract.bench.corpus.CorpusGenerator;
import dev.jsoncontract.verify.VerifyRequest;
import dev.jsoncontract.verify.VerifyResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The whole-verify benchmark")
class VerifyBenchmarksTest {

    @Test
    @DisplayName("checks every corpus file with the bundled contract, finds no failure and writes the reports")
    void verifiesTheCorpus(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.pages(corpus, 2_000_000, 7);
        long files;
        try (var list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".json")).count();
        }
        VerifyBenchmarks benchmark = new VerifyBenchmarks();
        benchmark.corpus = corpus.toString();
        benchmark.threads = 2;
        benchmark.setUp();

        VerifyResult result = benchmark.verifier();

        assertThat(result.bodies()).isEqualTo(files).isGreaterThan(1);
        assertThat(result.failures()).isZero();
        assertThat(result.reports()).hasSize(4).allSatisfy(report -> assertThat(report).isRegularFile());
        Path reports = result.reports().get(0).getParent();
        benchmark.tearDown();
        assertThat(reports).doesNotExist();
    }

    @Test
    @DisplayName("fails a pass that finds a broken file instead of timing it")
    void brokenCorpus(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("page-00001.json"), "[{\"id\": 1}]");
        VerifyBenchmarks benchmark = new VerifyBenchmarks();
        benchmark.corpus = corpus.toString();
        benchmark.threads = 1;
        benchmark.setUp();
        try {
            assertThatThrownBy(benchmark::verifier)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("verify checked 1 of 1 corpus files and found ")
                    .hasMessageEndingWith(" failure(s); the corpus must be all valid");
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    @DisplayName("names the missing corpus and how to make one")
    void noCorpus(@TempDir Path dir) {
        VerifyBenchmarks benchmark = new VerifyBenchmarks();
        benchmark.corpus = dir.resolve("absent").toString();
        benchmark.threads = 1;

        assertThatThrownBy(benchmark::setUp)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No corpus at " + dir.resolve("absent").toAbsolutePath());
    }

    @Test
    @DisplayName("builds the request a default build makes, and refuses fewer than one thread")
    void request(@TempDir Path dir) {
        VerifyRequest request = VerifyRequests.of(dir, 2, null);

        assertThat(request.schema()).isNull();
        assertThat(request.operation()).isNull();
        assertThat(request.recordings()).isEqualTo(dir);
        assertThat(request.strict()).isFalse();
        assertThat(request.reportsDirectory()).isNull();
        assertThat(request.live()).isNull();
        assertThatThrownBy(() -> VerifyRequests.of(dir, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, not 0");
    }
}
