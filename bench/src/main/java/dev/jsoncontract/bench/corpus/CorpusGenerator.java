package dev.jsoncontract.bench.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a corpus of call pages: {@code page-00001.json}, {@code page-00002.json}, ... each a JSON
 * array of 1 to 1000 calls (the page sizes are log-uniform, so small pages are common and full
 * ones rare), until the corpus reaches its target size; or one single large file
 * {@code export.json}, a nightly export with no page limit. A file {@code .complete} with the
 * parameters and totals is written last, so that a corpus cut short by a crash is recognised.
 *
 * <p>Sizes are in decimal megabytes (1 MB = 1,000,000 bytes), the unit of the MB/s figures.
 */
public final class CorpusGenerator {

    /** The marker written when a corpus is complete. */
    public static final String COMPLETE_MARKER = ".complete";

    static final int MAX_CALLS_PER_PAGE = 1000;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private CorpusGenerator() {
    }

    /** What was written. */
    public record Summary(long seed, int files, long calls, long bytes) {
        String describe() {
            return String.format(Locale.ROOT, "seed=%d%nfiles=%d%ncalls=%d%nbytes=%d%n", seed, files, calls, bytes);
        }
    }

    /**
     * Writes pages of calls into {@code out} until their total size reaches {@code targetBytes};
     * the last page is cut short (to one call at least) so the total stays within one call of the
     * target.
     */
    public static Summary pages(Path out, long targetBytes, long seed) throws IOException {
        prepare(out);
        Random random = new Random(seed);
        CallWriter calls = new CallWriter(random);
        long total = 0;
        long callCount = 0;
        int files = 0;
        ByteArrayOutputStream page = new ByteArrayOutputStream(1 << 20);
        while (total < targetBytes) {
            int pageCalls = callsPerPage(random);
            page.reset();
            try (JsonGenerator g = JSON.createGenerator(page, JsonEncoding.UTF8)) {
                g.writeStartArray();
                for (int i = 0; i < pageCalls && (i == 0 || total + page.size() < targetBytes); i++) {
                    calls.writeCall(g);
                    callCount++;
                    g.flush();
                }
                g.writeEndArray();
            }
            page.write('\n');
            files++;
            Path file = out.resolve(String.format(Locale.ROOT, "page-%05d.json", files));
            try (OutputStream stream = Files.newOutputStream(file)) {
                page.writeTo(stream);
            }
            total += page.size();
        }
        Summary summary = new Summary(seed, files, callCount, total);
        complete(out, summary);
        return summary;
    }

    /** Writes one file, {@code export.json}, a JSON array of calls of at least {@code targetBytes}. */
    public static Summary singleFile(Path out, long targetBytes, long seed) throws IOException {
        prepare(out);
        Random random = new Random(seed);
        CallWriter calls = new CallWriter(random);
        long callCount = 0;
        CountingOutputStream counted = new CountingOutputStream(Files.newOutputStream(out.resolve("export.json")));
        try (JsonGenerator g = JSON.createGenerator(counted, JsonEncoding.UTF8)) {
            g.writeStartArray();
            while (counted.count < targetBytes) {
                calls.writeCall(g);
                callCount++;
                g.flush();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
        Summary summary = new Summary(seed, 1, callCount, counted.count);
        complete(out, summary);
        return summary;
    }

    /** Log-uniform between 1 and 1000: as many pages of 1-10 calls as of 100-1000. */
    static int callsPerPage(Random random) {
        int calls = (int) StrictMath.floor(StrictMath.exp(random.nextDouble() * StrictMath.log(MAX_CALLS_PER_PAGE + 1)));
        return Math.max(1, Math.min(MAX_CALLS_PER_PAGE, calls));
    }

    private static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> existing = Files.list(out)) {
                if (existing.findAny().isPresent()) {
                    throw new IOException("The output folder " + out + " is not empty: remove it or choose another --out.");
                }
            }
        }
        Files.createDirectories(out);
    }

    private static void complete(Path out, Summary summary) throws IOException {
        Files.writeString(out.resolve(COMPLETE_MARKER), summary.describe(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        long seed = 42;
        Long pagesMb = null;
        Long singleMb = null;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(required(args[i], value));
                    case "--size-mb" -> pagesMb = Long.parseLong(required(args[i], value));
                    case "--single-file-mb" -> singleMb = Long.parseLong(required(args[i], value));
                    case "--out" -> out = Path.of(required(args[i], value));
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + ".");
                }
                i++;
            }
            if (out == null || (pagesMb == null) == (singleMb == null)) {
                throw new IllegalArgumentException("Give --out and exactly one of --size-mb, --single-file-mb.");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: CorpusGenerator (--size-mb N | --single-file-mb N) [--seed 42] --out DIR");
            System.exit(2);
            return;
        }
        try {
            Summary summary = pagesMb != null
                    ? pages(out, pagesMb * 1_000_000L, seed)
                    : singleFile(out, singleMb * 1_000_000L, seed);
            System.out.printf(Locale.ROOT, "Wrote %d file(s), %d calls, %d bytes into %s (seed %d)%n",
                    summary.files(), summary.calls(), summary.bytes(), out, summary.seed());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not write the corpus: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException("The option " + option + " needs a value.");
        }
        return value;
    }

    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutputStream(OutputStream out) {
            this.out = new java.io.BufferedOutputStream(out, 1 << 16);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
