package dev.jsoncontract.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The kinds of JSON value, as JSON Schema's {@code type} names them. */
public enum JsonKind {
    OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, NULL;

    /** The {@code type} name, e.g. {@code "string"}. */
    public String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a {@code type} name stands for, or {@code null} when it is not one. */
    public static JsonKind ofName(String name) {
        for (JsonKind kind : values()) {
            if (kind.schemaName().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of a value; a number with no fraction ({@code 1.0} too) is an integer, as JSON Schema says. */
    public static JsonKind of(JsonNode value) {
        if (value.isObject()) {
            return OBJECT;
        }
        if (value.isArray()) {
            return ARRAY;
        }
        if (value.isTextual()) {
            return STRING;
        }
        if (value.isBoolean()) {
            return BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return INTEGER;
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().scale() <= 0 ? INTEGER : NUMBER;
        }
        return NULL;
    }
}
