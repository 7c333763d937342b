package dev.jsoncontract.testgen;

import java.util.List;
import java.util.Objects;

/**
 * What the contract says about one place of a response, as the generated tests need it. A place is
 * named by a JSON Pointer pattern: {@code *} stands for any array index (and for any key of a map),
 * and {@code {role=user}} after a token selects the branch of a {@code oneOf} whose discriminator has
 * that value, e.g. {@code /*}{@code /messages/*{role=user}/duration}.
 *
 * @param pattern the JSON Pointer pattern; {@code ""} is the whole body
 * @param kind what the place holds
 * @param nullable whether the contract allows {@code null} here
 * @param required for objects: the required properties, in schema order
 * @param properties for objects: the described properties, in schema order
 * @param discriminator for unions: the property that tells the branches apart
 * @param values for enums: the allowed strings; for unions: the discriminator values, in schema order
 * @param label for enums and unions: how coverage lines name the place ({@code call_status},
 *     {@code messages[].role})
 * @param same for {@link Kind#SAME}: the pattern of the place this one is described like
 */
record Place(
        String pattern,
        Kind kind,
        boolean nullable,
        List<String> required,
        List<String> properties,
        String discriminator,
        List<String> values,
        String label,
        String same) {

    /** What a place holds. */
    enum Kind {
        /** Anything; compared exactly (numbers by value and kind). */
        ANY,
        /** An object with described properties. */
        OBJECT,
        /** An object whose every value is described by one schema (at {@code pattern/*}). */
        MAP,
        /** An array; its items at {@code pattern/*}. */
        ARRAY,
        /** A {@code oneOf} told apart by a discriminator property. */
        UNION,
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        /** A string out of a list (a {@code const} is a list of one). */
        ENUM,
        DATE_TIME,
        DATE,
        UUID,
        /** Described like another place (a schema reached again, e.g. through recursion). */
        SAME;

        /** What the generated support code's Javadoc says of the kind. */
        String description() {
            return switch (this) {
                case ANY -> "Anything; compared exactly (numbers by value and kind).";
                case OBJECT -> "An object with described properties.";
                case MAP -> "An object whose every value is described by one schema.";
                case ARRAY -> "An array.";
                case UNION -> "A {@code oneOf} told apart by a discriminator property.";
                case STRING -> "A string.";
                case INTEGER -> "An integer; compared by value.";
                case NUMBER -> "A number; compared by value.";
                case BOOLEAN -> "A boolean.";
                case ENUM -> "A string out of a list.";
                case DATE_TIME -> "A date-time; compared as a point in time.";
                case DATE -> "A date; compared as a date.";
                case UUID -> "A UUID; compared as a UUID.";
                case SAME -> "Described like another place.";
            };
        }
    }

    Place {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(kind, "kind");
        required = List.copyOf(required);
        properties = List.copyOf(properties);
        values = List.copyOf(values);
    }

    static Place value(String pattern, Kind kind, boolean nullable) {
        return new Place(pattern, kind, nullable, List.of(), List.of(), null, List.of(), null, null);
    }

    /** Whether coverage is reported for this place: enums of more than one value and unions. */
    boolean counted() {
        return (kind == Kind.ENUM && values.size() > 1) || kind == Kind.UNION;
    }
}
