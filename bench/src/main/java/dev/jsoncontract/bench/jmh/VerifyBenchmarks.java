package dev.jsoncontract.bench.jmh;

import dev.jsoncontract.bench.Folders;
import dev.jsoncontract.bench.VerifyRequests;
import dev.jsoncontract.verify.LiveSource;
import dev.jsoncontract.verify.Verifier;
import dev.jsoncontract.verify.VerifyException;
import dev.jsoncontract.verify.VerifyRequest;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.recorded.Recordings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code verify} as a build runs it, over the whole corpus folder (issue 4, item 1, "on all
 * cores"): one operation is one {@code new Verifier(...).verify(request)} with the recordings
 * folder = the corpus, the bundled contract, not strict, reports written to a temporary folder.
 * That is listing, reading, parsing, validating every file, aggregating the findings and writing
 * the JSON, Markdown and streaming JUnit reports.
 *
 * <p>{@code threads} is how many files {@code verify} may check at a time (its own parallelism;
 * run this benchmark with JMH's {@code -t 1}). See {@link VerifyRequests}: until verify's
 * parallel checking is merged, the parameter is not passed on.
 *
 * <p>One operation takes seconds on a 60 MB corpus, so the mode is single shot: each iteration
 * is one full pass. {@code bench/run} turns the time into MB/s (corpus bytes / time) with
 * {@link dev.jsoncontract.bench.report.JmhRows}. Each pass must find every file and no failure,
 * or the benchmark fails (the corpus is valid by construction).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class VerifyBenchmarks {

    /** The recordings folder: a corpus of {@code *.json} pages. */
    @Param("target/corpus-60")
    public String corpus;

    /** How many files {@code verify} may check at a time. */
    @Param({"1"})
    public int threads;

    private Path reports;
    private VerifyRequest request;
    private long files;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path recordings = Path.of(corpus);
        files = Recordings.list(recordings).size();
        if (files == 0) {
            throw new IllegalStateException("No corpus at " + recordings.toAbsolutePath()
                    + ": generate one with bench/run or CorpusGenerator --size-mb 60 --out " + corpus);
        }
        reports = Files.createTempDirectory("jsoncontract-verify-reports");
        request = VerifyRequests.of(recordings, threads, reports);
    }

    @Benchmark
    public VerifyResult verifier() throws VerifyException {
        VerifyResult result = new Verifier(line -> { }, LiveSource.NONE).verify(request);
        if (result.bodies() != files || result.violated()) {
            throw new IllegalStateException("verify checked " + result.bodies() + " of " + files
                    + " corpus files and found " + result.failures() + " failure(s); the corpus must be all valid");
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Folders.deleteTree(reports);
    }
}
