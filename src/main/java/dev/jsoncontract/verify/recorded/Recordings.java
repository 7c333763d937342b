package dev.jsoncontract.verify.recorded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the recorded files under a folder: {@code *.json} and {@code *.har}, sorted by relative path. */
public final class Recordings {

    private Recordings() {
    }

    /** One recorded file and the name findings give it (its path relative to the folder, with {@code /}). */
    public record Recording(String source, Path file) {

        /** Whether the file is a HAR export rather than one response body. */
        public boolean har() {
            return source.toLowerCase(Locale.ROOT).endsWith(".har");
        }
    }

    /**
     * The recordings under {@code folder}, sorted by relative path; empty when the folder does not exist.
     *
     * @throws IOException when the folder cannot be listed
     */
    public static List<Recording> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".json") || name.endsWith(".har");
                    })
                    .map(p -> new Recording(root.relativize(p).toString().replace('\\', '/'), p))
                    .sorted(Comparator.comparing(Recording::source))
                    .toList();
        }
    }
}
