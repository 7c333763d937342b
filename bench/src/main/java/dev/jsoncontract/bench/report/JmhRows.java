package dev.jsoncontract.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one JMH result file ({@code -rf json}) and prints one tab-separated row per benchmark:
 * measure, variant, MB/s, unit, error. MB/s comes from the {@code bytes} auxiliary counter
 * (bytes per second, divided by 1,000,000); the error is JMH's 99.9% confidence half-width, or
 * {@code n/a} with fewer than two measured iterations.
 */
public final class JmhRows {

    private JmhRows() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: JmhRows <gc label> <jmh result.json>");
            System.exit(2);
        }
        for (String row : rows(args[0], new ObjectMapper().readTree(Path.of(args[1]).toFile()))) {
            System.out.println(row);
        }
    }

    static List<String> rows(String gc, JsonNode results) {
        List<String> rows = new ArrayList<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode bytes = result.path("secondaryMetrics").path("bytes");
            if (bytes.isMissingNode()) {
                continue;
            }
            StringBuilder variant = new StringBuilder();
            variant.append(result.get("threads").asInt()).append(" thread(s), ").append(gc);
            for (Iterator<Map.Entry<String, JsonNode>> it = result.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> param = it.next();
                if (!param.getKey().equals("corpus")) {
                    variant.append(", ").append(param.getKey()).append('=').append(param.getValue().asText());
                }
            }
            double score = bytes.get("score").asDouble() / 1e6;
            double error = bytes.path("scoreError").asDouble(Double.NaN) / 1e6;
            rows.add(String.join("\t", label(method), variant,
                    String.format(Locale.ROOT, "%.1f", score),
                    "MB/s",
                    Double.isNaN(error) ? "" : String.format(Locale.ROOT, "± %.1f (99.9%%)", error)));
        }
        return rows;
    }

    private static String label(String method) {
        return switch (method) {
            case "jacksonReadTree" -> "ceiling: Jackson readTree";
            case "orgJsonParse" -> "org.json parse only";
            case "orgJsonEverit" -> "naive baseline: org.json + everit";
            default -> method;
        };
    }
}
