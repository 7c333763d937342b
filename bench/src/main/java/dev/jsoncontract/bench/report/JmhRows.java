package dev.jsoncontract.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.bench.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Reads one JMH result file ({@code -rf json}) and prints one tab-separated row per benchmark:
 * measure, variant, figure, unit, note.
 * <ul>
 *   <li>Throughput benchmarks ({@code ParseBenchmarks}): MB/s from the {@code bytes} auxiliary
 *       counter (bytes per second, divided by 1,000,000).</li>
 *   <li>{@code VerifyBenchmarks.verifier} (single shot, one pass over the corpus folder): MB/s =
 *       the corpus's {@code *.json} bytes / the time of one pass.</li>
 *   <li>{@code GenerateBenchmarks}: ms per {@code generate} call.</li>
 *   <li>{@code GenerateScaleBenchmarks.manyDefinitions}: ms per {@code generate} call, one row per
 *       {@code definitions}.</li>
 * </ul>
 * The note is JMH's 99.9% confidence half-width ({@code n/a} with too few measurements) plus
 * what the reader must know about the row. Benchmarks named as expected but missing from the
 * file (failed, or not run) get a row saying so, never silence.
 */
public final class JmhRows {

    private static final List<String> RANK = List.of("jsoncontractVerify", "verifier", "jacksonReadTree", "orgJsonParse",
            "orgJsonEverit", "everitValidateOnly", "networkntValidate", "realVerify", "realJacksonReadTree",
            "realOrgJsonEverit", "realNetworkntValidate", "coldEmpty", "warmEmpty", "coldUnchanged", "warmUnchanged",
            "manyDefinitions");

    private JmhRows() {
    }

    /** {@code JmhRows <variant label> <jmh result.json> [expected,benchmark,methods]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("Usage: JmhRows <variant label> <jmh result.json> [expected,benchmark,methods]");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        JsonNode results = Files.isRegularFile(file) && Files.size(file) > 0
                ? new ObjectMapper().readTree(file.toFile())
                : new ObjectMapper().createArrayNode();
        Set<String> expected = args.length == 3 ? new TreeSet<>(Arrays.asList(args[2].split(","))) : Set.of();
        for (String row : rows(args[0], results, expected, corpus -> Folders.jsonBytes(Path.of(corpus)))) {
            System.out.println(row);
        }
    }

    static List<String> rows(String label, JsonNode results) {
        return rows(label, results, Set.of(), corpus -> {
            throw new IllegalStateException("no corpus size for " + corpus);
        });
    }

    /**
     * @param label what the variant column says of the whole file (the collector, the JVM)
     * @param expected methods that must have a result; a row says which have none
     * @param corpusBytes the size of a corpus folder, for single-shot passes over it
     */
    static List<String> rows(String label, JsonNode results, Set<String> expected, ToLongFunction<String> corpusBytes) {
        List<JsonNode> ordered = new ArrayList<>();
        results.forEach(ordered::add);
        // jsoncontract first, then the ceiling, org.json, the baseline: the order of the issue
        ordered.sort(Comparator.comparingInt(result -> RANK.indexOf(method(result))));
        List<String> rows = new ArrayList<>();
        Set<String> missing = new TreeSet<>(Comparator.<String>comparingInt(RANK::indexOf).thenComparing(Comparator.naturalOrder()));
        missing.addAll(expected);
        for (JsonNode result : ordered) {
            String method = method(result);
            missing.remove(method);
            String row = switch (method) {
                case "verifier" -> verifierRow(label, result, corpusBytes);
                case "coldEmpty", "warmEmpty", "coldUnchanged", "warmUnchanged", "manyDefinitions" ->
                        generateRow(label, result);
                default -> throughputRow(label, result);
            };
            if (row != null) {
                rows.add(row);
            }
        }
        for (String method : missing) {
            rows.add(String.join("\t", label(method), label, "-", "",
                    "no result: the benchmark failed or did not run; see the JMH log"));
        }
        return rows;
    }

    private static String throughputRow(String label, JsonNode result) {
        JsonNode bytes = result.path("secondaryMetrics").path("bytes");
        if (bytes.isMissingNode()) {
            return null;
        }
        StringBuilder variant = new StringBuilder();
        variant.append(result.get("threads").asInt()).append(" thread(s), ").append(label);
        for (Iterator<Map.Entry<String, JsonNode>> it = result.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            if (!param.getKey().equals("corpus") && !param.getKey().equals("realCorpus")) {
                variant.append(", ").append(param.getKey()).append('=').append(param.getValue().asText());
            }
        }
        double score = bytes.get("score").asDouble() / 1e6;
        double error = bytes.path("scoreError").asDouble(Double.NaN) / 1e6;
        return String.join("\t", label(method(result)), variant, format(score), "MB/s", error(error));
    }

    private static String verifierRow(String label, JsonNode result, ToLongFunction<String> corpusBytes) {
        JsonNode primary = result.get("primaryMetric");
        double secondsPerPass = primary.get("score").asDouble() * secondsPer(primary.get("scoreUnit").asText());
        double errorSeconds = primary.path("scoreError").asDouble(Double.NaN)
                * secondsPer(primary.get("scoreUnit").asText());
        int threads = result.path("params").path("threads").asInt(1);
        double megabytes = corpusBytes.applyAsLong(result.path("params").path("corpus").asText()) / 1e6;
        double score = megabytes / secondsPerPass;
        // the rate's half-width from the time's, to first order
        double error = score * errorSeconds / secondsPerPass;
        String note = error(error) + (error(error).isEmpty() ? "" : "; ")
                + String.format(Locale.ROOT, "%.2f s a pass over %.1f MB", secondsPerPass, megabytes);
        return String.join("\t", label(method(result)), "verify threads=" + threads + ", " + label, format(score),
                "MB/s", note);
    }

    private static String generateRow(String label, JsonNode result) {
        JsonNode primary = result.get("primaryMetric");
        double millis = primary.get("score").asDouble() * secondsPer(primary.get("scoreUnit").asText()) * 1000;
        double error = primary.path("scoreError").asDouble(Double.NaN)
                * secondsPer(primary.get("scoreUnit").asText()) * 1000;
        String method = method(result);
        String variant = method.equals("manyDefinitions")
                ? result.path("params").path("definitions").asText() + " definitions, fresh JVM, "
                        + result.path("forks").asInt() + " fork(s), " + label
                : method.startsWith("cold")
                ? "fresh JVM, " + result.path("forks").asInt() + " forks, " + label
                : "warmed JVM, " + label;
        String note = error(error, formatMillis(error));
        if (method.endsWith("Unchanged")) {
            note += (note.isEmpty() ? "" : "; ") + "target < 100 ms; no file written (checked)";
        }
        return String.join("\t", label(method), variant, formatMillis(millis), "ms", note);
    }

    /** Seconds in one unit of a JMH time score such as {@code ms/op}. */
    static double secondsPer(String scoreUnit) {
        return switch (scoreUnit) {
            case "s/op" -> 1;
            case "ms/op" -> 1e-3;
            case "us/op" -> 1e-6;
            case "ns/op" -> 1e-9;
            default -> throw new IllegalArgumentException("not a time per operation: " + scoreUnit);
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Milliseconds with three significant digits below 100 ms, so that 0.069 ms does not print as 0.1. */
    static String formatMillis(double millis) {
        if (millis >= 100 || millis == 0) {
            return format(millis);
        }
        int decimals = Math.max(1, 2 - (int) Math.floor(Math.log10(Math.abs(millis))));
        return String.format(Locale.ROOT, "%." + decimals + "f", millis);
    }

    private static String error(double error) {
        return Double.isNaN(error) ? "" : String.format(Locale.ROOT, "± %.1f (99.9%%)", error);
    }

    private static String error(double error, String formatted) {
        return Double.isNaN(error) ? "" : "± " + formatted + " (99.9%)";
    }

    private static String method(JsonNode result) {
        String benchmark = result.get("benchmark").asText();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String label(String method) {
        return switch (method) {
            case "jsoncontractVerify" -> "verify: ResponseValidator.check per file";
            case "verifier" -> "verify: Verifier.verify over the folder";
            case "jacksonReadTree" -> "ceiling: Jackson readTree";
            case "orgJsonParse" -> "org.json parse only";
            case "orgJsonEverit" -> "naive baseline: org.json + everit";
            case "everitValidateOnly" -> "everit validation only (preparsed)";
            case "networkntValidate" -> "peer: networknt json-schema-validator (its parse + validate)";
            case "realVerify" -> "real schemas: verify (ResponseValidator.check)";
            case "realJacksonReadTree" -> "real schemas: Jackson readTree";
            case "realOrgJsonEverit" -> "real schemas: org.json + everit";
            case "realNetworkntValidate" -> "real schemas: networknt (its parse + validate)";
            case "coldEmpty" -> "generate: cold, empty output";
            case "warmEmpty" -> "generate: warm, empty output";
            case "coldUnchanged" -> "generate: cold, unchanged inputs";
            case "warmUnchanged" -> "generate: warm, unchanged inputs";
            case "manyDefinitions" -> "generate: synthetic schema, empty output";
            default -> method;
        };
    }
}
