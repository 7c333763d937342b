package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;
import java.util.Objects;

/**
 * A place where the model describes values less precisely than the schema does, and why: the
 * place becomes "any value", or a union of objects becomes one object. Whoever reads the model
 * names these to the user (the code generator logs one warning each).
 *
 * @param place the schema
 * @param reason what was loosened and why, as a sentence that follows {@code file#pointer: }
 */
public record Loosening(SchemaNode place, String reason) {

    public Loosening {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code file#pointer: reason}. */
    public String message() {
        return place.location() + ": " + reason;
    }
}
