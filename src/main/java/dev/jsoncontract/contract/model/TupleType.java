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

    @Override
    public JsonKind kind() {
        return JsonKind.ARRAY;
    }
}
