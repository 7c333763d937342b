package dev.jsoncontract.verify.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one body held at the places of a {@link Census}. Not thread-safe: one tally per body,
 * filled by one thread, then added to the run's {@link Census.Totals}.
 */
public final class Tally {

    private final Census census;
    /** Per slot: the count of each allowed value (enum, discriminator) or present/null/absent (property). */
    private final long[][] counts;
    /** Per slot, created when first needed: values the contract does not list, by JSON text. */
    private final List<Map<String, Long>> unknown;
    private final long[] otherUnknown;

    Tally(Census census) {
        this.census = census;
        int size = census.slots().size();
        this.counts = new long[size][];
        this.unknown = new ArrayList<>(Collections.nCopies(size, null));
        this.otherUnknown = new long[size];
        for (Slot slot : census.slots()) {
            counts[slot.index()] = new long[slot.kind() == Slot.Kind.PROPERTY ? 3 : census.allowedCount(slot)];
        }
    }

    Census census() {
        return census;
    }

    /** Counts one value seen at an enum or discriminator. */
    public void value(Slot slot, JsonNode value) {
        int at = census.indexOf(slot, value);
        if (at >= 0) {
            counts[slot.index()][at]++;
            return;
        }
        unknownValue(slot.index(), render(value), 1);
    }

    /** Counts how a declared property appeared in one object. */
    public void property(Slot slot, Presence presence) {
        counts[slot.index()][presence.ordinal()]++;
    }

    /** Adds another tally of the same census to this one. */
    public void addAll(Tally other) {
        if (!other.census.equals(census)) {
            throw new IllegalArgumentException("the tally belongs to another census");
        }
        for (int slot = 0; slot < counts.length; slot++) {
            long[] mine = counts[slot];
            long[] theirs = other.counts[slot];
            for (int i = 0; i < mine.length; i++) {
                mine[i] += theirs[i];
            }
            if (other.unknown.get(slot) != null) {
                for (Map.Entry<String, Long> entry : other.unknown.get(slot).entrySet()) {
                    unknownValue(slot, entry.getKey(), entry.getValue());
                }
            }
            otherUnknown[slot] += other.otherUnknown[slot];
        }
    }

    long[] allowedCounts(Slot slot) {
        return census.own(slot).kind() == Slot.Kind.PROPERTY ? new long[0] : counts[slot.index()].clone();
    }

    long[] presence(Slot slot) {
        return census.own(slot).kind() == Slot.Kind.PROPERTY ? counts[slot.index()].clone() : new long[3];
    }

    Map<String, Long> unknown(Slot slot) {
        Map<String, Long> values = unknown.get(census.own(slot).index());
        return values == null ? Map.of() : values;
    }

    long otherUnknown(Slot slot) {
        return otherUnknown[census.own(slot).index()];
    }

    private void unknownValue(int slot, String text, long count) {
        Map<String, Long> values = unknown.get(slot);
        if (values == null) {
            values = new TreeMap<>();
            unknown.set(slot, values);
        }
        if (values.containsKey(text) || values.size() < Census.MAX_UNKNOWN) {
            values.merge(text, count, Long::sum);
        } else {
            otherUnknown[slot] += count;
        }
    }

    /** Tallies are equal when they count the same values at the same places of one census. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Tally that) || !that.census.equals(census)) {
            return false;
        }
        for (int slot = 0; slot < counts.length; slot++) {
            Map<String, Long> mine = unknown.get(slot) == null ? Map.of() : unknown.get(slot);
            Map<String, Long> theirs = that.unknown.get(slot) == null ? Map.of() : that.unknown.get(slot);
            if (!mine.equals(theirs)) {
                return false;
            }
        }
        return Arrays.deepEquals(counts, that.counts) && Arrays.equals(otherUnknown, that.otherUnknown);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Tally[");
        for (Slot slot : census.slots()) {
            long[] seen = counts[slot.index()];
            if (Arrays.stream(seen).anyMatch(c -> c > 0) || unknown.get(slot.index()) != null) {
                out.append(out.length() > 6 ? ", " : "").append(slot.subject()).append('=').append(Arrays.toString(seen));
                if (unknown.get(slot.index()) != null) {
                    out.append(unknown.get(slot.index()));
                }
            }
        }
        return out.append(']').toString();
    }

    private static String render(JsonNode value) {
        String text = value.toString();
        return text.length() <= Census.MAX_VALUE_LENGTH ? text : text.substring(0, Census.MAX_VALUE_LENGTH) + "...";
    }
}
