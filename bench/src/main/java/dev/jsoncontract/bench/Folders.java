package dev.jsoncontract.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small file helpers the benchmarks share. */
public final class Folders {

    private Folders() {
    }

    /** Deletes {@code dir} and everything below it; nothing when it does not exist. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The total size of the {@code *.json} files below {@code dir} (a corpus), or of {@code dir} if it is a file. */
    public static long jsonBytes(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                return Files.size(dir);
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                long total = 0;
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".json"))::iterator) {
                    total += Files.size(file);
                }
                return total;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
