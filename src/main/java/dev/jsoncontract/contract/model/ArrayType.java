package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;

/** A JSON array whose elements all have one type ({@code items} with one schema, or none). */
public final class ArrayType extends ModelType {

    TypeUse items;

    ArrayType(SchemaNode schema) {
        super(schema);
    }

    /** The type of every element; {@link AnyType} when {@code items} is absent. */
    public TypeUse items() {
        return items;
    }

    @Override
    public JsonKind kind() {
        return JsonKind.ARRAY;
    }
}
