package dev.jsoncontract.verify.baseline;

import java.util.List;
import java.util.Objects;

/**
 * What a run made of its baseline.
 *
 * @param file how the baseline file is named ({@code jsoncontract-baseline.json}), {@code ""} when
 *     the run used none
 * @param entries how many entries the file held when the run started
 * @param problems expired and stale entries, in file order
 * @param updated whether the run wrote the file ({@code -Djsoncontract.updateBaseline=true})
 * @param added entries the update added (reason {@code TODO})
 * @param removed stale entries the update removed
 */
public record BaselineOutcome(String file, int entries, List<Problem> problems, boolean updated, int added,
        int removed) {

    /** A run without a baseline. */
    public static final BaselineOutcome NONE = new BaselineOutcome("", 0, List.of(), false, 0, 0);

    public BaselineOutcome {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    /** Whether any entry fails the build (expired; stale under {@code strict}). */
    public boolean fails() {
        return problems.stream().anyMatch(Problem::fails);
    }

    /**
     * One entry that needs attention.
     *
     * @param pointer the entry in the file ({@code /accepted/0})
     * @param entry the entry
     * @param kind expired or stale
     * @param fails whether it fails the build
     * @param message the line for the build log and the reports, without a {@code warning: } prefix
     */
    public record Problem(String pointer, BaselineEntry entry, Kind kind, boolean fails, String message) {

        /** What is wrong with the entry. */
        public enum Kind {
            /** Its {@code expires} date has come. */
            EXPIRED,
            /** It matched no finding. */
            STALE
        }

        public Problem {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
