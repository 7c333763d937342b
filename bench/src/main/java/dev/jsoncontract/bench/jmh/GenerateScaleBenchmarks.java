package dev.jsoncontract.bench.jmh;

import dev.jsoncontract.bench.Folders;
import dev.jsoncontract.bench.JsoncontractGenerate;
import dev.jsoncontract.bench.SyntheticContract;
import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.generate.GenerateRequest;
import dev.jsoncontract.generate.GenerateResult;
import dev.jsoncontract.generate.GenerateService;
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
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How {@code generate} scales with the number of definitions (issue 9: linear is the target):
 * {@link GenerateService#standard()} with the request the Mojo builds for a
 * {@link SyntheticContract} of {@code definitions} definitions, into an emptied folder, in a fresh
 * JVM (one shot per fork; the time includes loading and JIT, as a build pays it). After each call
 * (not measured) the number of generated files is checked, so a figure means the whole contract was
 * generated. Defaults are one fork and one shot, since 10,000 definitions took 93 s (and far more on
 * a loaded machine: the time limit is 30 minutes, not JMH's 10); the command line's {@code -f} and
 * {@code -i} add more.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerateScaleBenchmarks {

    /** How many definitions the synthetic schema has. */
    @Param({"1000", "10000"})
    public int definitions;

    Path root;
    Path schema;
    Path out;
    GenerateResult last;

    @Setup(Level.Trial)
    public void write() throws IOException {
        root = Files.createTempDirectory("jsoncontract-generate-scale");
        schema = root.resolve("many.schema.json");
        out = root.resolve("generated-sources");
        SyntheticContract.write(definitions, schema);
    }

    /** Outside the measured part: every call starts from an empty folder. */
    @Setup(Level.Invocation)
    public void empty() {
        Folders.deleteTree(out);
    }

    /** Outside the measured part: the call generated every type. */
    @TearDown(Level.Invocation)
    public void check() {
        int expected = SyntheticContract.expectedTypes(definitions);
        if (last == null || last.files() != expected) {
            throw new IllegalStateException("generate made " + (last == null ? "nothing" : last.files() + " files")
                    + " of " + definitions + " definitions; expected " + expected);
        }
        last = null;
    }

    @TearDown(Level.Trial)
    public void delete() {
        Folders.deleteTree(root);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(1)
    @Timeout(time = 30, timeUnit = TimeUnit.MINUTES)
    public GenerateResult manyDefinitions() throws GenerateException {
        last = GenerateService.standard().generate(new GenerateRequest(schema, JsoncontractGenerate.PACKAGE, out,
                JsoncontractGenerate.pluginVersion()), line -> { });
        return last;
    }
}
