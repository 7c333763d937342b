package dev.jsoncontract.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.verify.CheckedBody;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.everit.json.schema.ValidationException;
import org.json.JSONTokener;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The same four paths as {@link ParseBenchmarks} on real schemas ({@link RealCorpus}): one valid
 * SchemaStore instance per operation, from memory, each against its own schema. Instances are
 * small (most under 10 KB), so per-document costs weigh more than on call pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class RealSchemaBenchmarks {

    private ObjectMapper jackson;
    private tools.jackson.databind.ObjectMapper jackson3;

    @Setup
    public void setUp() {
        jackson = new ObjectMapper();
        jackson3 = tools.jackson.databind.json.JsonMapper.builder().build();
    }

    /** Per thread: the next instance and the bytes handled (the {@code bytes} rate). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cursor {
        public long bytes;
        private int next = -1;

        int next(RealCorpus corpus) {
            next = (next + 1) % corpus.instances.length;
            bytes += corpus.instances[next].length;
            return next;
        }
    }

    @Benchmark
    public JsonNode realJacksonReadTree(RealCorpus corpus, Cursor cursor) throws java.io.IOException {
        return jackson.readTree(corpus.instances[cursor.next(corpus)]);
    }

    @Benchmark
    public CheckedBody realVerify(RealCorpus corpus, Cursor cursor) {
        int i = cursor.next(corpus);
        return corpus.verify[i].check(new BytesBody("instance.json", corpus.instances[i]), false);
    }

    @Benchmark
    public int realOrgJsonEverit(RealCorpus corpus, Cursor cursor) {
        int i = cursor.next(corpus);
        Object value = new JSONTokener(new String(corpus.instances[i], StandardCharsets.UTF_8)).nextValue();
        try {
            corpus.everit[i].validate(value);
            return 0;
        } catch (ValidationException e) {
            return e.getViolationCount();
        }
    }

    @Benchmark
    public int realNetworkntValidate(RealCorpus corpus, Cursor cursor) {
        int i = cursor.next(corpus);
        return corpus.networknt[i].validate(jackson3.readTree(corpus.instances[i])).size();
    }
}
