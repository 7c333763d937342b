package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;

/** A string, integer, number or boolean, with the {@code format} of a string. */
public final class ScalarType extends ModelType {

    private final JsonKind kind;
    private final String format;

    ScalarType(SchemaNode schema, JsonKind kind, String format) {
        super(schema);
        this.kind = kind;
        this.format = kind == JsonKind.STRING ? format : null;
    }

    @Override
    public JsonKind kind() {
        return kind;
    }

    /** The {@code format} of a string ({@code date-time}, {@code uri}, ...), or {@code null}. */
    public String format() {
        return format;
    }
}
