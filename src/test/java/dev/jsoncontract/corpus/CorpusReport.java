package dev.jsoncontract.corpus;

import dev.jsoncontract.corpus.SchemaRun.Compiled;
import dev.jsoncontract.corpus.SchemaRun.Generated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The figures of one corpus run: the summary (printed, and {@code summary.txt}), one row per schema
 * ({@code outcomes.md}) and every problem in full ({@code problems.txt}).
 */
final class CorpusReport {

    private static final int SHOWN = 160;

    private final Path corpus;
    private final List<SchemaRun> runs;
    private final Duration elapsed;
    private final List<String> javac;

    CorpusReport(Path corpus, List<SchemaRun> runs, Duration elapsed, List<String> javac) {
        this.corpus = corpus;
        this.runs = List.copyOf(runs);
        this.elapsed = elapsed;
        this.javac = List.copyOf(javac);
    }

    List<SchemaRun> runs() {
        return runs;
    }

    /** The schemas whose generate crashed or timed out, with what happened. */
    List<String> crashes() {
        return runs.stream()
                .filter(r -> r.generated == Generated.CRASHED || r.generated == Generated.TIMED_OUT)
                .map(r -> r.name + ": " + r.outcome() + ": " + r.problem)
                .toList();
    }

    /** Instances whose reading crashed (an error, not a clear Jackson message) or timed out. */
    List<String> instanceCrashes() {
        List<String> crashes = new ArrayList<>();
        for (SchemaRun run : runs) {
            run.instanceProblems.stream()
                    .filter(p -> p.contains("CRASHED") || p.startsWith("TIMED OUT"))
                    .forEach(p -> crashes.add(run.name + ": " + CorpusRunner.firstLine(p)));
        }
        return crashes;
    }

    String summary() {
        int schemas = runs.size();
        int generated = count(r -> r.generated == Generated.GENERATED);
        int refused = count(r -> r.generated == Generated.REFUSED);
        int refusedWithoutPointer = count(r -> r.generated == Generated.REFUSED && !r.pointerNamed);
        int crashed = count(r -> r.generated == Generated.CRASHED);
        int timedOut = count(r -> r.generated == Generated.TIMED_OUT);
        int failed = count(r -> r.compiled == Compiled.FAILED);
        int warnings = count(r -> r.compiled == Compiled.WARNINGS);
        int clean = count(r -> r.compiled == Compiled.CLEAN);
        int json = sum(r -> r.jsonInstances.size());
        int ok = sum(r -> r.roundTripOk);
        int differs = sum(r -> r.roundTripDiffers);
        int readFailed = sum(r -> r.readFailed);
        int other = sum(r -> r.otherInstances);
        int notJson = sum(r -> r.notJson);
        int notTried = sum(r -> r.notTried);
        int mapped = count(r -> r.remoteRefsMapped > 0);
        int components = sum(r -> r.components);
        int looseComponents = sum(r -> r.looseComponents);
        int positions = sum(r -> r.positions);
        int loosePositions = sum(r -> r.loosePositions);
        int looseRoots = count(r -> r.rootLoose);
        int rooted = count(r -> r.rootType != null && r.compiledOk());
        int testsNotWritten = count(r -> r.compiledOk() && !r.jsonInstances.isEmpty() && r.tests.isEmpty());
        List<String> lines = new ArrayList<>();
        lines.add("jsoncontract corpus run: " + schemas + " schemas of " + corpus + " in " + seconds(elapsed));
        lines.add("  remote refs: " + mapped + " schemas refer to json.schemastore.org or www.schemastore.org, read"
                + " through schemaMappings onto schemas/ and referenced/");
        lines.add("  generate: " + generated + " generated, " + refused + " refused (" + refusedWithoutPointer
                + " of them without a file#pointer), " + crashed + " crashed, " + timedOut + " timed out");
        lines.add("  compile (javac " + String.join(" ", javac) + "): " + clean + " compiled clean ("
                + percent(clean, schemas) + " of all schemas), " + warnings + " with warnings, " + failed + " failed");
        lines.add("  instances: " + (json + other) + " valid instances; " + other + " YAML/TOML skipped; "
                + json + " JSON: read ok " + (ok + differs) + " (round trip ok " + ok + ", round trip differs "
                + differs + "), read failed " + readFailed + ", skipped " + (notJson + notTried) + " (" + notTried
                + " of schemas refused or not compiled, or whose contract test could not be built, " + notJson
                + " not JSON)");
        if (testsNotWritten > 0) {
            lines.add("  contract tests not built for " + testsNotWritten + " compiled schemas with instances"
                    + " (see problems.txt)");
        }
        lines.add("  JsonNode/Object: " + looseComponents + " of " + components + " record components ("
                + percent(looseComponents, components) + "), " + loosePositions + " of " + positions
                + " type positions (components, list elements, map values: " + percent(loosePositions, positions)
                + "); " + looseRoots + " of " + rooted + " compiled roots are Object, JsonNode or a map/list of Object");
        int loosened = sum(r -> r.warnings.size());
        lines.add("  loosenings (generate warnings): " + loosened + " in " + count(r -> !r.warnings.isEmpty())
                + " schemas; by kind: " + kinds());
        List<String> crashes = crashes();
        crashes.forEach(c -> lines.add("  CRASH " + c));
        instanceCrashes().forEach(c -> lines.add("  INSTANCE CRASH " + c));
        runs.stream().filter(r -> r.testsCrash)
                .forEach(r -> lines.add("  TEST WRITER CRASH (generate-tests) " + r.name + ": " + r.testsProblem));
        return String.join("\n", lines) + "\n";
    }

    /** The warnings counted by what they say after the place, most common first. */
    private String kinds() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (SchemaRun run : runs) {
            for (String warning : run.warnings) {
                String text = warning.substring(warning.indexOf(": ") + 2);
                int cut = text.indexOf(" because ");
                String kind = cut > 0 ? text.substring(0, Math.min(text.length(), cut + 40)) : text.substring(0, Math.min(60, text.length()));
                counts.merge(kind, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .map(e -> e.getValue() + " x \"" + e.getKey() + "...\"").toList().toString();
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.txt"), summary(), StandardCharsets.UTF_8);
        StringBuilder table = new StringBuilder();
        table.append("| schema | outcome | instances ok / differs / read failed / skipped | JsonNode/Object components"
                + " | problem |\n|---|---|---|---|---|\n");
        StringBuilder problems = new StringBuilder();
        for (SchemaRun run : runs) {
            String problem = !run.problem.isEmpty() ? run.problem
                    : !run.compileProblems.isEmpty() ? run.compileProblems.get(0)
                    : !run.testsProblem.isEmpty() ? run.testsProblem
                    : run.instanceProblems.isEmpty() ? "" : firstTwoLines(run.instanceProblems.get(0));
            table.append("| ").append(run.name)
                    .append(run.remoteRefsMapped > 0 ? " (refs mapped)" : "")
                    .append(" | ").append(run.outcome())
                    .append(" | ").append(run.roundTripOk).append(" / ").append(run.roundTripDiffers).append(" / ")
                    .append(run.readFailed).append(" / ").append(run.notTried + run.notJson + run.otherInstances)
                    .append(" | ").append(run.looseComponents).append(" of ").append(run.components)
                    .append(" | ").append(cell(problem)).append(" |\n");
            List<String> details = new ArrayList<>();
            if (!run.detail.isEmpty()) {
                details.add(run.detail);
            }
            details.addAll(run.compileProblems);
            if (!run.testsProblem.isEmpty()) {
                details.add(run.testsProblem);
            }
            details.addAll(run.instanceProblems);
            run.warnings.forEach(w -> details.add("warning: " + w));
            if (!details.isEmpty()) {
                problems.append("== ").append(run.name).append(": ").append(run.outcome()).append('\n');
                details.forEach(d -> problems.append(d).append('\n'));
                problems.append('\n');
            }
        }
        Files.writeString(out.resolve("outcomes.md"), table.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("problems.txt"), problems.toString(), StandardCharsets.UTF_8);
    }

    /** {@code x.json: 2 problems} and the first problem, on one line. */
    private static String firstTwoLines(String text) {
        List<String> lines = text.lines().limit(2).toList();
        return lines.size() < 2 ? text : lines.get(0) + " " + lines.get(1).trim();
    }

    private static String cell(String text) {
        String line = CorpusRunner.firstLine(text).replace("|", "\\|");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }

    private int count(Predicate<SchemaRun> which) {
        return (int) runs.stream().filter(which).count();
    }

    private int sum(ToIntFunction<SchemaRun> value) {
        return runs.stream().mapToInt(value).sum();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
