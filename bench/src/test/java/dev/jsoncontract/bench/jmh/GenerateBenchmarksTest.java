package dev.jsoncontract.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jsoncontract.bench.JsoncontractGenerate;
import dev.jsoncontract.generate.GenerateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The generate benchmarks")
class GenerateBenchmarksTest {

    @Test
    @DisplayName("generate the bundled contract into an emptied folder on every call")
    void empty() throws IOException {
        GenerateBenchmarks.Empty empty = new GenerateBenchmarks.Empty();
        empty.create();
        try {
            GenerateBenchmarks benchmarks = new GenerateBenchmarks();
            empty.empty();
            GenerateResult first = benchmarks.warmEmpty(empty);
            empty.empty();
            GenerateResult second = benchmarks.coldEmpty(empty);

            assertThat(first.upToDate()).isFalse();
            assertThat(first.written()).isEqualTo(first.files()).isGreaterThan(1);
            assertThat(second).isEqualTo(first);
            assertThat(JsoncontractGenerate.snapshot(empty.out))
                    .containsKey(".jsoncontract-state")
                    .containsKey("com/example/calls/Call.java");
        } finally {
            empty.delete();
        }
        assertThat(empty.root).doesNotExist();
    }

    @Test
    @DisplayName("find the output a child JVM generated up to date, and write no file into it")
    void unchanged() throws IOException {
        GenerateBenchmarks.Generated generated = new GenerateBenchmarks.Generated();
        generated.generate();
        try {
            GenerateBenchmarks benchmarks = new GenerateBenchmarks();
            GenerateResult result = benchmarks.warmUnchanged(generated);
            benchmarks.coldUnchanged(generated);

            assertThat(result.upToDate()).isTrue();
            assertThat(result.written()).isZero();
            assertThat(result.files()).isEqualTo(generated.before.size() - 1);
            assertThat(generated.calls).isEqualTo(2);
            assertThat(JsoncontractGenerate.snapshot(generated.out)).isEqualTo(generated.before);
            generated.check();
        } finally {
            generated.delete();
        }
    }

    @Test
    @DisplayName("fail the benchmark when an unchanged run rewrote a file")
    void rewritten() throws IOException {
        GenerateBenchmarks.Generated generated = new GenerateBenchmarks.Generated();
        generated.generate();
        try {
            Path call = generated.out.resolve("com/example/calls/Call.java");
            Files.setLastModifiedTime(call, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

            assertThatThrownBy(generated::check)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("generate with unchanged inputs touched the output folder");
        } finally {
            generated.delete();
        }
    }

    @Test
    @DisplayName("fail the benchmark when an unchanged run did not report up to date")
    void notUpToDate() throws IOException {
        GenerateBenchmarks.Generated generated = new GenerateBenchmarks.Generated();
        generated.generate();
        try {
            generated.record(new GenerateResult(17, 1, 0, false, java.util.List.of()));
            generated.record(new GenerateResult(17, 0, 0, true, java.util.List.of()));

            assertThatThrownBy(generated::check)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("1 of 2 generate calls with unchanged inputs did not report 'up to date'");
        } finally {
            generated.delete();
        }
    }

    @Test
    @DisplayName("snapshot every file with its size and modification time")
    void snapshot(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/C.java"), "class C {}\n");
        Files.setLastModifiedTime(dir.resolve("a/b/C.java"), java.nio.file.attribute.FileTime.fromMillis(5));

        Map<String, String> snapshot = JsoncontractGenerate.snapshot(dir);

        assertThat(snapshot).containsExactly(Map.entry("a/b/C.java", "11@5000000"));
        assertThat(JsoncontractGenerate.snapshot(dir.resolve("absent"))).isEmpty();
    }
}
