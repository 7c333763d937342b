package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array described position by position ({@code items} as an array of schemas). */
public final class TupleType extends ModelType {

    final List<TypeUse> items = new ArrayList<>();
    /** {@code additionalItems}: {@code null} when absent, a {@link NeverType} when {@code false}. */
    TypeUse additional;
    /** Why the record is looser than the schema, or {@code null}. */
    String loosening;

    TupleType(SchemaNode schema) {
        super(schema);
    }

    /** The type at each position, in order. */
    public List<TypeUse> items() {
        return Collections.unmodifiableList(items);
    }

    /** The type of elements after the described ones, or {@code null} when the schema says nothing. */
    public TypeUse additional() {
        return additional;
    }

    /**
     * Why this tuple's record is looser than the schema, or {@code null}: its schema does not rule
     * out elements past the described ones ({@code additionalItems} absent), which the record
     * does not keep.
     */
    public String loosening() {
        return loosening;
    }

    @Override
    public JsonKind kind() {
        return JsonKind.ARRAY;
    }
}
