package dev.jsoncontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StructureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/jsoncontract");

    @Test
    @DisplayName("only the maven package imports Maven: the core runs without it")
    void coreNeverImportsMaven() throws IOException {
        List<Path> core;
        try (Stream<Path> files = Files.walk(MAIN)) {
            core = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN.relativize(p).startsWith("maven"))
                    .toList();
        }
        assertThat(core).as("core sources found").isNotEmpty();
        for (Path file : core) {
            assertThat(Files.readString(file))
                    .as("%s must not depend on Maven", file)
                    .doesNotContain("import org.apache.maven")
                    .doesNotContain("import org.codehaus.plexus");
        }
    }

    @Test
    @DisplayName("every package has a package-info.java")
    void everyPackageIsDocumented() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            packages = dirs.filter(Files::isDirectory)
                    .filter(d -> {
                        try (Stream<Path> list = Files.list(d)) {
                            return list.anyMatch(p -> p.toString().endsWith(".java"));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(packages).isNotEmpty();
        for (Path dir : packages) {
            assertThat(dir.resolve("package-info.java")).as("package-info in %s", dir).exists();
        }
    }
}
