package dev.jsoncontract.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JMH result rows")
class JmhRowsTest {

    private static String result(String method, String error) {
        return """
                {"benchmark": "dev.jsoncontract.bench.jmh.ParseBenchmarks.%s", "threads": 2,
                 "params": {"corpus": "target/corpus", "source": "disk"},
                 "primaryMetric": {"score": 12.5, "scoreError": 1.0, "scoreUnit": "ops/s"},
                 "secondaryMetrics": {"bytes": {"score": 123456789.0, "scoreError": %s, "scoreUnit": "ops/s"}}}
                """.formatted(method, error);
    }

    @Test
    @DisplayName("give MB/s from the bytes counter, in the issue's order, without the corpus path")
    void rows() throws IOException {
        String json = "[" + result("orgJsonEverit", "\"NaN\"") + "," + result("jacksonReadTree", "2500000.0") + "]";

        assertThat(JmhRows.rows("parallel", new ObjectMapper().readTree(json))).containsExactly(
                "ceiling: Jackson readTree\t2 thread(s), parallel, source=disk\t123.5\tMB/s\t± 2.5 (99.9%)",
                "naive baseline: org.json + everit\t2 thread(s), parallel, source=disk\t123.5\tMB/s\t");
    }

    @Test
    @DisplayName("skip results without the bytes counter")
    void skipsOtherResults() throws IOException {
        String json = "[{\"benchmark\": \"x.Other.run\", \"threads\": 1, \"params\": {}, \"secondaryMetrics\": {}}]";

        assertThat(JmhRows.rows("g1", new ObjectMapper().readTree(json))).isEmpty();
    }

    @Test
    @DisplayName("turn one timed pass of verify over the corpus into MB/s, and say when threads are not passed on yet")
    void verifierRows() throws IOException {
        String json = """
                [{"benchmark": "dev.jsoncontract.bench.jmh.VerifyBenchmarks.verifier", "mode": "ss", "threads": 1,
                  "params": {"corpus": "/c", "threads": "1"},
                  "primaryMetric": {"score": 2000.0, "scoreError": 100.0, "scoreUnit": "ms/op"}},
                 {"benchmark": "dev.jsoncontract.bench.jmh.VerifyBenchmarks.verifier", "mode": "ss", "threads": 1,
                  "params": {"corpus": "/c", "threads": "2"},
                  "primaryMetric": {"score": 1.0, "scoreError": "NaN", "scoreUnit": "s/op"}}]
                """;

        assertThat(JmhRows.rows("parallel", new ObjectMapper().readTree(json), Set.of("verifier"), corpus -> 60_000_000L))
                .containsExactly(
                        "verify: Verifier.verify over the folder\tverify threads=1, parallel\t30.0\tMB/s\t"
                                + "± 1.5 (99.9%); 2.00 s a pass over 60.0 MB",
                        "verify: Verifier.verify over the folder\tverify threads=2, parallel\t60.0\tMB/s\t"
                                + "1.00 s a pass over 60.0 MB");
    }

    @Test
    @DisplayName("give generate's time in ms, name the forks of the cold runs and the unchanged-input target")
    void generateRows() throws IOException {
        String json = """
                [{"benchmark": "dev.jsoncontract.bench.jmh.GenerateBenchmarks.warmUnchanged", "mode": "avgt", "threads": 1,
                  "forks": 1, "primaryMetric": {"score": 4.25, "scoreError": 0.5, "scoreUnit": "ms/op"}},
                 {"benchmark": "dev.jsoncontract.bench.jmh.GenerateBenchmarks.coldEmpty", "mode": "ss", "threads": 1,
                  "forks": 10, "primaryMetric": {"score": 0.8, "scoreError": 0.05, "scoreUnit": "s/op"}}]
                """;

        assertThat(JmhRows.rows("JVM defaults", new ObjectMapper().readTree(json),
                Set.of("coldEmpty", "warmUnchanged", "coldUnchanged"), corpus -> 0)).containsExactly(
                "generate: cold, empty output\tfresh JVM, 10 forks, JVM defaults\t800.0\tms\t± 50.0 (99.9%)",
                "generate: warm, unchanged inputs\twarmed JVM, JVM defaults\t4.25\tms\t"
                        + "± 0.500 (99.9%); target < 100 ms; no file written (checked)",
                "generate: cold, unchanged inputs\tJVM defaults\t-\t\t"
                        + "no result: the benchmark failed or did not run; see the JMH log");
    }

    @Test
    @DisplayName("give one row of generate's time per number of definitions of the synthetic schema")
    void scaleRows() throws IOException {
        String json = """
                [{"benchmark": "dev.jsoncontract.bench.jmh.GenerateScaleBenchmarks.manyDefinitions", "mode": "ss",
                  "threads": 1, "forks": 1, "params": {"definitions": "1000"},
                  "primaryMetric": {"score": 8500.0, "scoreError": "NaN", "scoreUnit": "ms/op"}},
                 {"benchmark": "dev.jsoncontract.bench.jmh.GenerateScaleBenchmarks.manyDefinitions", "mode": "ss",
                  "threads": 1, "forks": 1, "params": {"definitions": "10000"},
                  "primaryMetric": {"score": 93.0, "scoreError": "NaN", "scoreUnit": "s/op"}}]
                """;

        assertThat(JmhRows.rows("JVM defaults", new ObjectMapper().readTree(json), Set.of("manyDefinitions"),
                corpus -> 0)).containsExactly(
                "generate: synthetic schema, empty output	1000 definitions, fresh JVM, 1 fork(s), JVM defaults	"
                        + "8500.0	ms	",
                "generate: synthetic schema, empty output	10000 definitions, fresh JVM, 1 fork(s), JVM defaults	"
                        + "93000.0	ms	");
    }

    @Test
    @DisplayName("print milliseconds with three significant digits below 100")
    void millis() {
        assertThat(JmhRows.formatMillis(0.0691)).isEqualTo("0.0691");
        assertThat(JmhRows.formatMillis(0.69)).isEqualTo("0.690");
        assertThat(JmhRows.formatMillis(6.64)).isEqualTo("6.64");
        assertThat(JmhRows.formatMillis(28.8)).isEqualTo("28.8");
        assertThat(JmhRows.formatMillis(653.94)).isEqualTo("653.9");
        assertThat(JmhRows.formatMillis(0)).isEqualTo("0.0");
    }

    @Test
    @DisplayName("know the time units JMH writes")
    void units() {
        assertThat(JmhRows.secondsPer("s/op")).isEqualTo(1.0);
        assertThat(JmhRows.secondsPer("ms/op")).isEqualTo(1e-3);
        assertThat(JmhRows.secondsPer("us/op")).isEqualTo(1e-6);
        assertThat(JmhRows.secondsPer("ns/op")).isEqualTo(1e-9);
    }
}
