package dev.jsoncontract.bench.jmh;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The corpus a benchmark reads: the {@code *.json} files of a folder (or one file), sorted by
 * name.
 *
 * <p>{@code source=disk} (the default, end to end) opens each file as a stream for every
 * operation, as {@code verify} reads a recording; the files sit in the page cache after the first
 * pass, so this measures read + parse, not the disk. {@code source=memory} preloads the bytes and
 * parses from the array: parse only.
 */
@State(Scope.Benchmark)
public class Corpus {

    /** A folder of {@code *.json} pages or one JSON file. */
    @Param("target/corpus-60")
    public String corpus;

    /** {@code disk}: stream each file from disk per operation; {@code memory}: parse preloaded bytes. */
    @Param({"disk"})
    public String source;

    Path[] files;
    long[] sizes;
    byte[][] bytes;
    boolean memory;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path root = Path.of(corpus);
        List<Path> list;
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                list = entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
        } else {
            list = List.of(root);
        }
        if (list.isEmpty() || !Files.exists(list.get(0))) {
            throw new IllegalStateException("No corpus at " + root.toAbsolutePath()
                    + ": generate one with bench/run or CorpusGenerator --size-mb 60 --out " + corpus);
        }
        files = list.toArray(Path[]::new);
        sizes = new long[files.length];
        memory = switch (source) {
            case "disk" -> false;
            case "memory" -> true;
            default -> throw new IllegalStateException("source must be disk or memory, not " + source);
        };
        bytes = memory ? new byte[files.length][] : null;
        for (int i = 0; i < files.length; i++) {
            sizes[i] = Files.size(files[i]);
            if (memory) {
                bytes[i] = Files.readAllBytes(files[i]);
            }
        }
    }

    InputStream open(int file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(files[file]), 1 << 16);
    }
}
