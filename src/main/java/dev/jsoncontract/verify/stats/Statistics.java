package dev.jsoncontract.verify.stats;

import java.util.List;
import java.util.Objects;

/**
 * What the bodies held, counted against the contract.
 *
 * @param values for every enum and discriminated union: the values seen against those allowed
 * @param properties for every declared property: how often present, {@code null}, absent
 * @param sources for every source (a recorded file, a HAR file, a live URL), in the order checked
 */
public record Statistics(List<ValueCounts> values, List<PropertyCounts> properties, List<SourceCounts> sources) {

    /** Nothing counted. */
    public static final Statistics EMPTY = new Statistics(List.of(), List.of(), List.of());

    public Statistics {
        values = List.copyOf(values);
        properties = List.copyOf(properties);
        sources = List.copyOf(sources);
    }

    /** The same statistics with other source rows. */
    public Statistics withSources(List<SourceCounts> rows) {
        return new Statistics(values, properties, rows);
    }

    /**
     * One value and how often it was seen.
     *
     * @param value the value as JSON text ({@code "completed"}, {@code null}); a value the contract
     *     does not list may be cut to {@value Census#MAX_VALUE_LENGTH} characters
     * @param count how often it was seen
     * @param allowed whether the contract lists it
     */
    public record ValueCount(String value, long count, boolean allowed) {

        public ValueCount {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The values seen at one enum or discriminator.
     *
     * @param slot where
     * @param counts the allowed values in declared order (count 0: never seen), then the values
     *     the contract does not list, most frequent first
     * @param otherUnknown how many more values the contract does not list were seen, beyond the
     *     {@value Census#MAX_UNKNOWN} distinct ones kept
     */
    public record ValueCounts(Slot slot, List<ValueCount> counts, long otherUnknown) {

        public ValueCounts {
            Objects.requireNonNull(slot, "slot");
            counts = List.copyOf(counts);
        }

        /** How many values were seen in all. */
        public long total() {
            return counts.stream().mapToLong(ValueCount::count).sum() + otherUnknown;
        }

        /** How many values the contract does not list were seen. */
        public long unknown() {
            return counts.stream().filter(c -> !c.allowed()).mapToLong(ValueCount::count).sum() + otherUnknown;
        }
    }

    /**
     * How one declared property appeared in the objects checked against its object schema.
     *
     * @param slot where
     * @param present with a value other than {@code null}
     * @param nulls with {@code null}
     * @param absent not there
     */
    public record PropertyCounts(Slot slot, long present, long nulls, long absent) {

        public PropertyCounts {
            Objects.requireNonNull(slot, "slot");
        }

        /** How many objects were checked against the property's object schema. */
        public long objects() {
            return present + nulls + absent;
        }
    }

    /**
     * One source checked.
     *
     * @param source a recorded file, a HAR file or a URL, as findings name it (without {@code #entry})
     * @param bodies how many bodies it held
     * @param failures the failures found in them
     * @param warnings the warnings found in them
     * @param accepted the findings the baseline accepted
     */
    public record SourceCounts(String source, long bodies, long failures, long warnings, long accepted) {

        public SourceCounts {
            Objects.requireNonNull(source, "source");
        }
    }
}
