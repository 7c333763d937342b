package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;

/** Only {@code null} ({@code "type": "null"}, {@code "const": null}). */
public final class NullType extends ModelType {

    NullType(SchemaNode schema) {
        super(schema);
    }

    @Override
    public JsonKind kind() {
        return JsonKind.NULL;
    }
}
