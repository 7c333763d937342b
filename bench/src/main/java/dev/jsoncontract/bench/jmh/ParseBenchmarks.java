package dev.jsoncontract.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.bench.CallSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONArray;
import org.json.JSONTokener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling and the naive baseline of issue 4, one corpus file per operation:
 * <ul>
 *   <li>{@link #jacksonReadTree}: Jackson {@code readTree}, parse only: the ceiling;</li>
 *   <li>{@link #orgJsonParse}: org.json parse only;</li>
 *   <li>{@link #orgJsonEverit}: org.json parse, then everit validation against the contract's
 *       response schema, violations counted: the naive baseline.</li>
 * </ul>
 * With {@code source=disk} each operation also opens and reads the file (end to end).
 *
 * <p>jsoncontract's own path, {@code verify}, plugs in here as a fourth method once it exists on
 * main: see the README, section Performance.
 *
 * <p>The defaults (2 warm-up and 3 measured iterations of 5 s, one fork, ParallelGC) are short;
 * bench/run overrides them and runs the G1 variant with {@code -jvmArgsAppend}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class ParseBenchmarks {

    private ObjectMapper mapper;
    private Schema response;

    @Setup
    public void setUp() {
        mapper = new ObjectMapper();
        response = CallSchema.response();
    }

    @Benchmark
    public JsonNode jacksonReadTree(Corpus corpus, Progress progress) throws IOException {
        int file = progress.nextFile(corpus);
        JsonNode tree;
        if (corpus.memory) {
            tree = mapper.readTree(corpus.bytes[file]);
        } else {
            try (InputStream in = corpus.open(file)) {
                tree = mapper.readTree(in);
            }
        }
        progress.bytes += corpus.sizes[file];
        return tree;
    }

    @Benchmark
    public JSONArray orgJsonParse(Corpus corpus, Progress progress) throws IOException {
        int file = progress.nextFile(corpus);
        JSONArray calls = orgJson(corpus, file);
        progress.bytes += corpus.sizes[file];
        return calls;
    }

    @Benchmark
    public int orgJsonEverit(Corpus corpus, Progress progress) throws IOException {
        int file = progress.nextFile(corpus);
        JSONArray calls = orgJson(corpus, file);
        int violations = 0;
        try {
            response.validate(calls);
        } catch (ValidationException e) {
            violations = e.getViolationCount();
        }
        progress.bytes += corpus.sizes[file];
        return violations;
    }

    private static JSONArray orgJson(Corpus corpus, int file) throws IOException {
        if (corpus.memory) {
            return new JSONArray(new JSONTokener(new String(corpus.bytes[file], StandardCharsets.UTF_8)));
        }
        try (InputStream in = corpus.open(file)) {
            return new JSONArray(new JSONTokener(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }
}
