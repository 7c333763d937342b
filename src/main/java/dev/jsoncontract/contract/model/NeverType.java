package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;

/** No value at all: the schema {@code false}, or keywords that contradict each other. */
public final class NeverType extends ModelType {

    NeverType(SchemaNode schema) {
        super(schema);
    }

    @Override
    public JsonKind kind() {
        return null;
    }
}
