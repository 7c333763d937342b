package dev.jsoncontract.verify.stats;

import java.util.List;
import java.util.Objects;

/**
 * A place of the contract whose values are counted.
 *
 * @param index the slot's position in its {@link Census}
 * @param kind what is counted there
 * @param schemaLocation where the schema stands ({@code call.schema.json#/properties/call_status}),
 *     as findings name it
 * @param subject the field, named as findings name it ({@code messages[].role})
 * @param noun the objects the field belongs to, plural ({@code calls}, {@code user messages})
 * @param allowed for {@link Kind#ENUM} and {@link Kind#DISCRIMINATOR}, the allowed values as JSON
 *     text in declared order; empty for {@link Kind#PROPERTY}
 */
public record Slot(int index, Kind kind, String schemaLocation, String subject, String noun, List<String> allowed) {

    /** What a slot counts. */
    public enum Kind {
        /** The values of an {@code enum}. */
        ENUM,
        /** The values of the property that tells the branches of a {@code oneOf}/{@code anyOf} apart. */
        DISCRIMINATOR,
        /** Whether a declared property is present, {@code null} or absent. */
        PROPERTY
    }

    public Slot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(noun, "noun");
        allowed = List.copyOf(allowed);
    }
}
