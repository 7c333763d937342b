package dev.jsoncontract.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one rule for whether a schema itself allows {@code null}, shared by the model (boxed,
 * nullable components) and the generated contract tests (where null and absent may be alike).
 */
public final class Nullability {

    private Nullability() {
    }

    /** Whether {@code "null"} is among the schema's types or in its {@code enum}. */
    public static boolean allowsNull(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && (type.isArray() ? contains(type, "null") : "null".equals(type.asText()))) {
            return true;
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray()) {
            for (JsonNode value : values) {
                if (value.isNull()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode element : array) {
            if (text.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }
}
