package dev.jsoncontract.verify.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts findings into groups as they come, keeping only the first few examples of each group,
 * so that memory stays flat however many bodies are checked. Thread-safe: bodies checked in
 * parallel may add at the same time; the result does not depend on the order they arrive in,
 * because "first" is decided by the body's position in the sorted input and the JSON Pointer.
 */
public final class FindingAggregator {

    /** How many examples each group keeps. */
    public static final int EXAMPLES = 3;

    /** Keywords whose groups are split by value: each enum value seen is its own line. */
    private static final Set<String> BY_VALUE = Set.of(
            "enum", "const", "oneOf", "required", Finding.KEYWORD_DRIFT, Finding.KEYWORD_FILE);

    private final Map<Key, Group> groups = new HashMap<>();
    private final Map<String, Long> checked = new HashMap<>();
    private final Map<String, String> nouns = new HashMap<>();
    private long bodies;

    /** Counts one body. */
    public synchronized void bodyChecked() {
        bodies++;
    }

    /** Counts one instance of an object checked against the owner's schema. */
    public synchronized void instanceChecked(Owner owner) {
        checked.merge(owner.schemaLocation(), 1L, Long::sum);
        nouns.putIfAbsent(owner.schemaLocation(), owner.noun());
    }

    /**
     * Adds a finding.
     *
     * @param bodyIndex the body's position in the sorted input; decides which example is first
     * @param finding the finding
     * @param owner the object the finding belongs to
     */
    public synchronized void add(long bodyIndex, Finding finding, Owner owner) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(owner, "owner");
        nouns.putIfAbsent(owner.schemaLocation(), owner.noun());
        String value = groupValue(finding);
        String groupLocation = finding.keyword().equals(Finding.KEYWORD_FILE) ? finding.source() : finding.schemaLocation();
        Key key = new Key(finding.severity(), groupLocation, finding.keyword(), value);
        Group group = groups.computeIfAbsent(key, k -> new Group(owner.schemaLocation()));
        group.count++;
        group.examples.add(new Example(bodyIndex, finding));
        if (group.examples.size() > EXAMPLES) {
            group.examples.pollLast();
        }
    }

    /**
     * The value a finding's group is keyed by: the value seen for keywords whose groups are split
     * by value ({@code enum}, {@code required}, drift, ...), else {@code ""}.
     */
    public static String groupValue(Finding finding) {
        return BY_VALUE.contains(finding.keyword()) ? finding.value() : "";
    }

    /** How many bodies were checked. */
    public synchronized long bodies() {
        return bodies;
    }

    /** The groups: failures first; file problems first; then by field, keyword, value and schema location. */
    public synchronized List<FindingGroup> groups() {
        List<FindingGroup> out = new ArrayList<>();
        for (Map.Entry<Key, Group> entry : groups.entrySet()) {
            Key key = entry.getKey();
            Group group = entry.getValue();
            Finding first = group.examples.first().finding();
            long denominator = group.owner.isEmpty() ? bodies : checked.getOrDefault(group.owner, 0L);
            String noun = group.owner.isEmpty() ? Owner.BODY.noun() : nouns.getOrDefault(group.owner, "objects");
            out.add(new FindingGroup(key.severity(), first.schemaLocation(), key.keyword(), key.value(),
                    first.allowed(), first.subject(), first.message(), group.count,
                    Math.max(denominator, group.count), noun,
                    group.examples.stream().map(e -> e.finding().place()).toList(), first.value()));
        }
        out.sort(Comparator.comparing(FindingGroup::severity)
                .thenComparing(g -> !g.keyword().equals(Finding.KEYWORD_FILE))
                .thenComparing(FindingGroup::subject)
                .thenComparing(FindingGroup::keyword)
                .thenComparing(FindingGroup::value)
                .thenComparing(FindingGroup::schemaLocation)
                .thenComparing(g -> g.examples().get(0)));
        return out;
    }

    /** How many findings of this severity were added. */
    public synchronized long count(Severity severity) {
        return groups.entrySet().stream()
                .filter(e -> e.getKey().severity() == severity)
                .mapToLong(e -> e.getValue().count)
                .sum();
    }

    private record Key(Severity severity, String location, String keyword, String value) {
    }

    private record Example(long bodyIndex, Finding finding) {
    }

    private static final Comparator<Example> FIRST = Comparator.comparingLong(Example::bodyIndex)
            .thenComparing(e -> e.finding().source())
            .thenComparing((a, b) -> Pointers.compare(a.finding().pointer(), b.finding().pointer()));

    private static final class Group {
        final String owner;
        final TreeSet<Example> examples = new TreeSet<>(FIRST);
        long count;

        Group(String owner) {
            this.owner = owner;
        }
    }
}
