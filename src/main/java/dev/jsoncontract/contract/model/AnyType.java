package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;

/**
 * Any JSON value: the schema allows every value ({@code {}}, {@code true}, no type-restricting
 * keyword), or the model could not describe the values more precisely, which
 * {@link #loosening()} explains.
 */
public final class AnyType extends ModelType {

    private final String loosening;

    AnyType(SchemaNode schema, String loosening) {
        super(schema);
        this.loosening = loosening;
    }

    /** Why the model says "any value" where the schema is more precise, or {@code null} when it is not. */
    public String loosening() {
        return loosening;
    }

    @Override
    public JsonKind kind() {
        return null;
    }
}
