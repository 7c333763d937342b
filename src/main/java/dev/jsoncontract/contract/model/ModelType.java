package dev.jsoncontract.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaNode;
import java.util.Objects;

/**
 * A type of the contract model. Every type keeps the schema it was built from (its file and JSON
 * Pointer; for a merged {@code allOf}, the schema holding the {@code allOf}), so that whoever reads
 * the model can name the place. Types are compared by identity: two uses of one definition share
 * one type object.
 */
public abstract sealed class ModelType
        permits ObjectType, ArrayType, TupleType, ScalarType, EnumType, UnionType, AnyType, NullType, NeverType {

    private final SchemaNode schema;
    /**
     * How many merges this type is away from a type a schema declares: 0 for those, one more than
     * the most derived of its inputs for a merged object, array or tuple. Merging recursive types
     * can derive ever new ones; {@link ModelBuilder#MAX_DERIVATION} ends that.
     */
    int derivation;

    ModelType(SchemaNode schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** The schema this type was built from. */
    public SchemaNode schema() {
        return schema;
    }

    /** The schema's {@code title}, or {@code ""}. */
    public String title() {
        return text("title");
    }

    /** The schema's {@code description}, or {@code ""}. */
    public String description() {
        return text("description");
    }

    /** The JSON kind of the values, or {@code null} when they may be of several kinds. */
    public abstract JsonKind kind();

    private String text(String keyword) {
        JsonNode value = schema.node().isObject() ? schema.node().get(keyword) : null;
        return value != null && value.isTextual() ? value.asText() : "";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "@" + schema.location();
    }
}
