package dev.jsoncontract.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code type} and {@code format} of a single value: {@code string} → {@code String} (with
 * {@code date-time} → {@code OffsetDateTime}, {@code date} → {@code LocalDate}, {@code uri} →
 * {@code URI}, {@code uuid} → {@code UUID}; other formats stay {@code String}), {@code integer} →
 * {@code Long}, {@code number} → {@code Double}, {@code boolean} → {@code Boolean}. The types are
 * boxed; the record component unboxes them when the value is required and never null.
 */
final class ScalarTypes {

    private static final Map<String, TypeName> STRING_FORMATS = Map.of(
            "date-time", ClassName.get(OffsetDateTime.class),
            "date", ClassName.get(LocalDate.class),
            "uri", ClassName.get(URI.class),
            "uuid", ClassName.get(UUID.class));

    private ScalarTypes() {
    }

    /** The type of a value of JSON type {@code type}, refined by the schema's {@code format}. */
    static TypeName of(SchemaNode node, String type) {
        return switch (type) {
            case "integer" -> ClassName.get(Long.class);
            case "number" -> ClassName.get(Double.class);
            case "boolean" -> ClassName.get(Boolean.class);
            default -> {
                JsonNode format = node.node().get("format");
                TypeName formatted = format == null ? null : STRING_FORMATS.get(format.asText());
                yield formatted == null ? ClassName.get(String.class) : formatted;
            }
        };
    }

    /**
     * The JSON type shared by the values of an {@code enum} that is not all strings, or of a
     * {@code const} that is not a string.
     *
     * @throws ContractException when the values are of different kinds
     */
    static String ofValues(SchemaNode at, List<JsonNode> values) throws ContractException {
        String type = null;
        for (JsonNode value : values) {
            String next = jsonType(at, value);
            if (type == null || (type.equals("integer") && next.equals("number"))) {
                type = next;
            } else if (!type.equals(next) && !(type.equals("number") && next.equals("integer"))) {
                throw at.error("mixes values of different kinds (" + type + " and " + next + "), which cannot"
                        + " be mapped to one Java type. Use values of one kind; strings become a Java enum.");
            }
        }
        return type;
    }

    private static String jsonType(SchemaNode at, JsonNode value) throws ContractException {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        throw at.error("holds " + value + ", which is not a string, number or boolean; such a value cannot"
                + " be mapped to a Java type. Use a string, number or boolean, or describe the value with a"
                + " schema.");
    }
}
