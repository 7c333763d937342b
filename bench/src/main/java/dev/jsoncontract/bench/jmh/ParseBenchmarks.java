package dev.jsoncontract.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.bench.CallSchema;
import dev.jsoncontract.bench.JsoncontractVerify;
import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.ResponseValidator;
import dev.jsoncontract.verify.recorded.FileBody;
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
import org.openjdk.jmh.annotations.Level;
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
 *       response schema, violations counted: the naive baseline;</li>
 *   <li>{@link #jsoncontractVerify}: jsoncontract's {@code verify} path: read, parse, validate,
 *       findings;</li>
 *   <li>{@link #everitValidateOnly}: everit alone on values parsed once: where the baseline's time
 *       goes;</li>
 *   <li>{@link #networkntValidate}: the fastest peer, networknt json-schema-validator: its own parse
 *       (Jackson 3) and validation, formats asserted, errors collected.</li>
 * </ul>
 * With {@code source=disk} each operation also opens and reads the file (end to end).
 *
 * <p>{@link #jsoncontractVerify} is jsoncontract's own path, as {@code verify} runs it per file.
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
    private ResponseValidator verify;
    private com.networknt.schema.Schema networknt;
    private tools.jackson.databind.ObjectMapper networkntMapper;

    @Setup
    public void setUp() {
        mapper = new ObjectMapper();
        response = CallSchema.response();
        verify = JsoncontractVerify.validator();
        networknt = dev.jsoncontract.bench.NetworkntSchemas.callResponse();
        networkntMapper = tools.jackson.databind.json.JsonMapper.builder().build();
    }

    /** The peer: networknt parses the file with its Jackson 3 and validates it; the errors are counted. */
    @Benchmark
    public int networkntValidate(Corpus corpus, Progress progress) throws IOException {
        int file = progress.nextFile(corpus);
        tools.jackson.databind.JsonNode tree;
        if (corpus.memory) {
            tree = networkntMapper.readTree(corpus.bytes[file]);
        } else {
            try (InputStream in = corpus.open(file)) {
                tree = networkntMapper.readTree(in);
            }
        }
        int errors = networknt.validate(tree).size();
        progress.bytes += corpus.sizes[file];
        return errors;
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

    /**
     * jsoncontract's {@code verify} path for one file: read, parse, validate, findings
     * ({@link dev.jsoncontract.bench.JsoncontractVerify}).
     */
    @Benchmark
    public CheckedBody jsoncontractVerify(Corpus corpus, Progress progress) {
        int file = progress.nextFile(corpus);
        String source = corpus.files[file].getFileName().toString();
        CheckedBody checked = verify.check(corpus.memory
                ? JsoncontractVerify.inMemory(source, corpus.bytes[file])
                : new FileBody(source, corpus.files[file]), false);
        progress.bytes += corpus.sizes[file];
        return checked;
    }

    /**
     * everit validation alone, on org.json values parsed once in the set-up: where the baseline's
     * time goes. Always from memory, whatever {@code source} says.
     */
    @Benchmark
    public int everitValidateOnly(Parsed parsed, Corpus corpus, Progress progress) {
        int file = progress.nextFile(corpus);
        int violations = 0;
        try {
            response.validate(parsed.calls[file]);
        } catch (ValidationException e) {
            violations = e.getViolationCount();
        }
        progress.bytes += corpus.sizes[file];
        return violations;
    }

    /** The corpus parsed once by org.json, for {@link #everitValidateOnly}. */
    @State(Scope.Benchmark)
    public static class Parsed {
        JSONArray[] calls;

        @Setup(Level.Trial)
        public void parse(Corpus corpus) throws IOException {
            calls = new JSONArray[corpus.files.length];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = new JSONArray(new JSONTokener(new String(
                        java.nio.file.Files.readAllBytes(corpus.files[i]), StandardCharsets.UTF_8)));
            }
        }
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
