package dev.jsoncontract.verify.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides, finding by finding, what a run's baseline accepts, and reports on its entries. A
 * finding is accepted by the entry with its schema location, keyword and value, or else by an
 * entry of that location and keyword whose value is {@value BaselineEntry#HIDDEN}; an expired
 * entry accepts nothing. When updating, every finding is accepted and remembered for
 * {@link #updated()}. Not thread-safe: the thread that takes the bodies' results in order uses it.
 */
public final class BaselineMatcher {

    private final BaselineRequest request;
    private final List<BaselineEntry> entries;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> anyValue = new HashMap<>();
    private final boolean[] used;
    /** When updating: every key seen, with the entry that accepted it (-1: none yet). */
    private final Map<String, Seen> seen = new TreeMap<>();

    private record Seen(BaselineEntry entry, int existing) {
    }

    private BaselineMatcher(BaselineRequest request, List<BaselineEntry> entries) {
        this.request = request;
        this.entries = List.copyOf(entries);
        this.used = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            BaselineEntry entry = entries.get(i);
            if (entry.value().equals(BaselineEntry.HIDDEN)) {
                anyValue.putIfAbsent(key(entry.schemaLocation(), entry.keyword(), ""), i);
            } else {
                exact.putIfAbsent(key(entry.schemaLocation(), entry.keyword(), entry.value()), i);
            }
        }
    }

    /** A matcher that accepts nothing: the run has no baseline. */
    public static BaselineMatcher none() {
        return new BaselineMatcher(null, List.of());
    }

    /** A matcher for the entries read from the request's file. */
    public static BaselineMatcher of(BaselineRequest request, List<BaselineEntry> entries) {
        return new BaselineMatcher(Objects.requireNonNull(request, "request"), entries);
    }

    /**
     * Whether the baseline accepts a finding.
     *
     * @param subject the finding's field, for entries the update writes
     * @param value the finding's group value (JSON text, {@code ""} for groups that span values)
     * @param hidden whether redaction hides the value (or it holds the token): an entry the update
     *     writes then holds {@value BaselineEntry#HIDDEN} instead
     */
    public boolean accepts(String subject, String schemaLocation, String keyword, String value, boolean hidden) {
        if (request == null) {
            return false;
        }
        Integer at = exact.get(key(schemaLocation, keyword, value));
        if (at == null) {
            at = anyValue.get(key(schemaLocation, keyword, ""));
        }
        if (at != null) {
            used[at] = true;
        }
        if (request.update()) {
            String written = hidden && !value.isEmpty() ? BaselineEntry.HIDDEN : value;
            BaselineEntry entry = at != null ? entries.get(at)
                    : new BaselineEntry(subject, schemaLocation, keyword, written, BaselineEntry.TODO, null);
            seen.putIfAbsent(key(entry.schemaLocation(), entry.keyword(), entry.value()),
                    new Seen(entry, at == null ? -1 : at));
            return true;
        }
        return at != null && !entries.get(at).expired(request.today());
    }

    /** The entries the update writes: those that accepted something, and a {@code TODO} entry per new group. */
    public List<BaselineEntry> updated() {
        List<BaselineEntry> out = new ArrayList<>();
        seen.values().forEach(s -> out.add(s.entry()));
        out.sort(Baseline.ORDER);
        return out;
    }

    /** What the run made of the baseline; {@code strict}: a stale entry fails the build. */
    public BaselineOutcome outcome(boolean strict) {
        if (request == null) {
            return BaselineOutcome.NONE;
        }
        String file = request.displayName();
        List<BaselineOutcome.Problem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BaselineEntry entry = entries.get(i);
            String pointer = "/accepted/" + i;
            String where = file + "#" + pointer + " (" + entry.describe() + ")";
            if (entry.expired(request.today()) && (used[i] || !request.update())) {
                problems.add(new BaselineOutcome.Problem(pointer, entry, BaselineOutcome.Problem.Kind.EXPIRED,
                        !request.update(), "baseline: " + where + " expired on " + entry.expires() + ": \""
                        + entry.reason() + "\". Fix the drift, or review the entry: set a later \"expires\" or"
                        + " remove it."));
            } else if (!used[i] && !request.update()) {
                problems.add(new BaselineOutcome.Problem(pointer, entry, BaselineOutcome.Problem.Kind.STALE, strict,
                        "baseline: " + where + " matched no finding. Remove the entry, or run with"
                        + " -Djsoncontract.updateBaseline=true."));
            }
        }
        int removed = 0;
        for (boolean u : used) {
            removed += u ? 0 : 1;
        }
        int added = (int) seen.values().stream().filter(s -> s.existing() < 0).count();
        return new BaselineOutcome(file, entries.size(), problems, request.update(),
                request.update() ? added : 0, request.update() ? removed : 0);
    }

    private static String key(String schemaLocation, String keyword, String value) {
        return schemaLocation + "\n" + keyword + "\n" + value;
    }
}
