package dev.jsoncontract.bench.jmh;

import dev.jsoncontract.bench.Folders;
import dev.jsoncontract.bench.JsoncontractGenerate;
import dev.jsoncontract.generate.GenerateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code generate}'s plugin time on the call contract bundled in the plugin (issue 4, item 5):
 * {@link dev.jsoncontract.generate.GenerateService} with the request the Mojo builds
 * ({@link JsoncontractGenerate}), never the Mojo.
 * <ul>
 *   <li>{@link #coldEmpty}: the first generation in a fresh JVM into an empty folder (one shot per
 *       fork, no warm-up): what a first {@code mvn generate-sources} pays after Maven;</li>
 *   <li>{@link #coldUnchanged}: the same fresh JVM, but the output and its state are already there
 *       (written by another JVM) and the inputs are unchanged: what every later build pays;</li>
 *   <li>{@link #warmEmpty}: a warmed JVM generating into an emptied folder each time (the folder
 *       is deleted outside the measured part);</li>
 *   <li>{@link #warmUnchanged}: a warmed JVM, output already there, inputs unchanged.</li>
 * </ul>
 * The unchanged benchmarks check, outside the measured part, that every call reported "up to date"
 * and that no file below the output folder was written, added or removed (size and modification
 * time in nanoseconds); otherwise the benchmark fails instead of giving a figure.
 *
 * <p>Forks run with the JVM's default collector and heap, as {@code mvn} does. The command line's
 * {@code -f}, {@code -wi}, {@code -i} override the annotations; {@code bench/run} runs the cold and
 * the warm benchmarks separately for that reason.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerateBenchmarks {

    /** An output folder that is empty (absent) before each call. */
    @State(Scope.Benchmark)
    public static class Empty {
        Path root;
        Path out;

        @Setup(Level.Trial)
        public void create() throws IOException {
            root = Files.createTempDirectory("jsoncontract-generate-empty");
            out = root.resolve("generated-sources");
        }

        /** Outside the measured part: the next call starts from an empty folder again. */
        @Setup(Level.Invocation)
        public void empty() {
            Folders.deleteTree(out);
        }

        @TearDown(Level.Trial)
        public void delete() {
            Folders.deleteTree(root);
        }
    }

    /**
     * An output folder generated beforehand by a JVM of its own (so that the measured JVM has not
     * loaded the generator), and what it held then.
     */
    @State(Scope.Benchmark)
    public static class Generated {
        Path root;
        Path out;
        Map<String, String> before;
        long calls;
        long notUpToDate;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            root = Files.createTempDirectory("jsoncontract-generate-unchanged");
            out = root.resolve("generated-sources");
            JsoncontractGenerate.generateInChildJvm(out, 300);
            before = JsoncontractGenerate.snapshot(out);
            if (before.size() < 2) {
                throw new IllegalStateException("the child JVM generated nothing into " + out);
            }
        }

        void record(GenerateResult result) {
            calls++;
            if (!result.upToDate() || result.written() != 0 || result.removed() != 0) {
                notUpToDate++;
            }
        }

        /** Outside the measured part: the calls found their inputs unchanged and wrote nothing. */
        @TearDown(Level.Iteration)
        public void check() {
            if (notUpToDate > 0) {
                throw new IllegalStateException(notUpToDate + " of " + calls
                        + " generate calls with unchanged inputs did not report 'up to date'");
            }
            Map<String, String> after = JsoncontractGenerate.snapshot(out);
            if (!after.equals(before)) {
                throw new IllegalStateException("generate with unchanged inputs touched the output folder: before "
                        + before + ", after " + after);
            }
        }

        @TearDown(Level.Trial)
        public void delete() {
            Folders.deleteTree(root);
        }
    }

    /** The first generation in a fresh JVM, into an empty folder. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public GenerateResult coldEmpty(Empty empty) {
        return JsoncontractGenerate.generate(empty.out);
    }

    /** A fresh JVM, output already there, inputs unchanged: a later build's plugin time. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public GenerateResult coldUnchanged(Generated generated) {
        GenerateResult result = JsoncontractGenerate.generate(generated.out);
        generated.record(result);
        return result;
    }

    /** A warmed JVM generating into an emptied folder. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 10, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public GenerateResult warmEmpty(Empty empty) {
        return JsoncontractGenerate.generate(empty.out);
    }

    /** A warmed JVM, output already there, inputs unchanged. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public GenerateResult warmUnchanged(Generated generated) {
        GenerateResult result = JsoncontractGenerate.generate(generated.out);
        generated.record(result);
        return result;
    }
}
