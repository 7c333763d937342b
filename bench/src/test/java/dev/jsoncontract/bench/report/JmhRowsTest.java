package dev.jsoncontract.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
}
