package dev.jsoncontract.verify.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The places of a contract whose values are counted, declared once by whoever walks the schema;
 * then one {@link Tally} per body and one {@link Totals} per run. Immutable and thread-safe.
 *
 * <pre>{@code
 * Census.Builder places = Census.builder();
 * Slot status = places.values(Slot.Kind.ENUM, "call.schema.json#/properties/call_status", "call_status", "calls",
 *         List.of(TextNode.valueOf("queued"), TextNode.valueOf("ended")));
 * Census census = places.build();
 * Tally tally = census.tally();
 * tally.value(status, TextNode.valueOf("completed"));
 * Census.Totals totals = census.totals();
 * totals.add(tally);
 * Statistics statistics = totals.statistics(List.of());
 * }</pre>
 */
public final class Census {

    /** How many distinct values the contract does not list each place keeps; the rest are counted together. */
    public static final int MAX_UNKNOWN = 20;

    /** Values the contract does not list longer than this are cut (with {@code ...}). */
    public static final int MAX_VALUE_LENGTH = 120;

    /** Above this many allowed values, a value is looked up in a hash map rather than a list. */
    private static final int SCAN_LIMIT = 8;

    /** A census of no place: its tallies count nothing. */
    public static final Census NONE = new Census(List.of(), List.of());

    private final List<Slot> slots;
    private final List<List<JsonNode>> allowed;
    private final List<Map<JsonNode, Integer>> lookups;

    private Census(List<Slot> slots, List<List<JsonNode>> allowed) {
        this.slots = List.copyOf(slots);
        this.allowed = List.copyOf(allowed);
        List<Map<JsonNode, Integer>> maps = new ArrayList<>();
        for (List<JsonNode> values : allowed) {
            Map<JsonNode, Integer> map = null;
            if (values.size() > SCAN_LIMIT) {
                map = new HashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    map.putIfAbsent(values.get(i), i);
                }
            }
            maps.add(map);
        }
        this.lookups = maps;
    }

    /** Starts declaring places. */
    public static Builder builder() {
        return new Builder();
    }

    /** The places, in the order declared. */
    public List<Slot> slots() {
        return slots;
    }

    /** An empty tally for one body. */
    public Tally tally() {
        return new Tally(this);
    }

    /** Empty totals for one run. */
    public Totals totals() {
        return new Totals(this);
    }

    /** Whether the slot (an enum or discriminator) lists {@code value}. */
    public boolean allows(Slot slot, JsonNode value) {
        return slot.kind() != Slot.Kind.PROPERTY && indexOf(own(slot), value) >= 0;
    }

    /** The index of {@code value} among the slot's allowed values, or {@code -1}. */
    int indexOf(Slot slot, JsonNode value) {
        Map<JsonNode, Integer> lookup = lookups.get(slot.index());
        if (lookup != null) {
            Integer at = lookup.get(value);
            return at == null ? -1 : at;
        }
        return allowed.get(slot.index()).indexOf(value);
    }

    int allowedCount(Slot slot) {
        return allowed.get(slot.index()).size();
    }

    Slot own(Slot slot) {
        if (slot.index() < 0 || slot.index() >= slots.size() || slots.get(slot.index()) != slot) {
            throw new IllegalArgumentException("the slot " + slot.subject() + " (" + slot.schemaLocation()
                    + ") was not declared in this census");
        }
        return slot;
    }

    /** Two censuses are equal when they declare the same places in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Census that && that.slots.equals(slots) && that.allowed.equals(allowed);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }

    /** Declares places; not thread-safe. */
    public static final class Builder {

        private final List<Slot> slots = new ArrayList<>();
        private final List<List<JsonNode>> allowed = new ArrayList<>();

        private Builder() {
        }

        /**
         * Declares an enum or a discriminator.
         *
         * @param values the allowed values, in declared order
         */
        public Slot values(Slot.Kind kind, String schemaLocation, String subject, String noun, List<JsonNode> values) {
            if (kind == Slot.Kind.PROPERTY) {
                throw new IllegalArgumentException("a property is declared with property(...)");
            }
            Slot slot = new Slot(slots.size(), kind, schemaLocation, subject, noun,
                    values.stream().map(JsonNode::toString).toList());
            slots.add(slot);
            allowed.add(List.copyOf(values));
            return slot;
        }

        /** Declares a property of an object schema. */
        public Slot property(String schemaLocation, String subject, String noun) {
            Slot slot = new Slot(slots.size(), Slot.Kind.PROPERTY, schemaLocation, subject, noun, List.of());
            slots.add(slot);
            allowed.add(List.of());
            return slot;
        }

        public Census build() {
            return new Census(slots, allowed);
        }
    }

    /**
     * The tallies of a run, summed. Thread-safe. Add them in body order: the counts do not depend
     * on the order, but which {@value #MAX_UNKNOWN} values the contract does not list are kept by
     * name (the first ones seen) does.
     */
    public static final class Totals {

        private final Census census;
        private final Tally sum;

        private Totals(Census census) {
            this.census = census;
            this.sum = new Tally(census);
        }

        /** Adds one body's tally. */
        public synchronized void add(Tally tally) {
            Objects.requireNonNull(tally, "tally");
            if (tally.census().slots().isEmpty()) {
                return;
            }
            if (!tally.census().equals(census)) {
                throw new IllegalArgumentException("the tally belongs to another census");
            }
            sum.addAll(tally);
        }

        /** The counts so far, with the given source rows. */
        public synchronized Statistics statistics(List<Statistics.SourceCounts> sources) {
            List<Statistics.ValueCounts> values = new ArrayList<>();
            List<Statistics.PropertyCounts> properties = new ArrayList<>();
            for (Slot slot : census.slots) {
                if (slot.kind() == Slot.Kind.PROPERTY) {
                    long[] presence = sum.presence(slot);
                    properties.add(new Statistics.PropertyCounts(slot, presence[0], presence[1], presence[2]));
                    continue;
                }
                List<Statistics.ValueCount> counts = new ArrayList<>();
                long[] seen = sum.allowedCounts(slot);
                for (int i = 0; i < seen.length; i++) {
                    counts.add(new Statistics.ValueCount(slot.allowed().get(i), seen[i], true));
                }
                List<Map.Entry<String, Long>> unknown = new ArrayList<>(sum.unknown(slot).entrySet());
                unknown.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()));
                unknown.forEach(e -> counts.add(new Statistics.ValueCount(e.getKey(), e.getValue(), false)));
                values.add(new Statistics.ValueCounts(slot, counts, sum.otherUnknown(slot)));
            }
            Comparator<Slot> bySubject = Comparator.comparing(Slot::subject).thenComparing(Slot::noun)
                    .thenComparing(Slot::schemaLocation);
            values.sort(Comparator.comparing(Statistics.ValueCounts::slot, bySubject));
            properties.sort(Comparator.comparing(Statistics.PropertyCounts::slot, bySubject));
            return new Statistics(values, properties, sources);
        }
    }
}
