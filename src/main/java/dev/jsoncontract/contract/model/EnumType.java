package dev.jsoncontract.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaNode;
import java.util.List;

/**
 * A fixed set of values of one kind ({@code enum}, or {@code const} for a single value), in schema
 * order, {@code null} left out (it makes the use nullable instead).
 */
public final class EnumType extends ModelType {

    private final JsonKind kind;
    private final List<JsonNode> values;

    EnumType(SchemaNode schema, JsonKind kind, List<JsonNode> values) {
        super(schema);
        this.kind = kind;
        this.values = List.copyOf(values);
    }

    @Override
    public JsonKind kind() {
        return kind;
    }

    /** The allowed values, in schema order. */
    public List<JsonNode> values() {
        return values;
    }

    /** The values as text, for string enums. */
    public List<String> strings() {
        return values.stream().map(JsonNode::asText).toList();
    }
}
