package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectComparator;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

/**
 * jsoncontract's wording of a violated keyword that judges one value on its own (a length, a
 * limit, a pattern, a count), built from the violated schema and the value seen rather than from
 * everit's message ({@code string [USA] does not match pattern ^[A-Z]{2}$}). One method per
 * keyword; the structural keywords ({@code required}, {@code enum}, {@code oneOf}, ...) are the
 * translator's.
 */
final class KeywordMessages {

    private KeywordMessages() {
    }

    /**
     * The message of {@code keyword} violated by {@code value} against {@code schema}, or
     * {@code null} when the keyword is not one of these or the schema does not carry it.
     */
    static String of(String keyword, Schema schema, JsonNode value) {
        return switch (keyword) {
            case "pattern" -> schema instanceof StringSchema string && string.getPattern() != null
                    ? pattern(value, string.getPattern().toString()) : null;
            case "minLength" -> schema instanceof StringSchema string && string.getMinLength() != null
                    ? minLength(value, string.getMinLength()) : null;
            case "maxLength" -> schema instanceof StringSchema string && string.getMaxLength() != null
                    ? maxLength(value, string.getMaxLength()) : null;
            case "format" -> schema instanceof StringSchema string && string.getFormatValidator() != null
                    ? format(value, string.getFormatValidator().formatName()) : null;
            case "minimum" -> schema instanceof NumberSchema number && number.getMinimum() != null
                    ? minimum(value, number.getMinimum(), number.isExclusiveMinimum()) : null;
            case "maximum" -> schema instanceof NumberSchema number && number.getMaximum() != null
                    ? maximum(value, number.getMaximum(), number.isExclusiveMaximum()) : null;
            case "exclusiveMinimum" -> schema instanceof NumberSchema number
                    ? exclusiveMinimum(value, number.getExclusiveMinimumLimit() != null
                            ? number.getExclusiveMinimumLimit() : number.getMinimum()) : null;
            case "exclusiveMaximum" -> schema instanceof NumberSchema number
                    ? exclusiveMaximum(value, number.getExclusiveMaximumLimit() != null
                            ? number.getExclusiveMaximumLimit() : number.getMaximum()) : null;
            case "multipleOf" -> schema instanceof NumberSchema number && number.getMultipleOf() != null
                    ? multipleOf(value, number.getMultipleOf()) : null;
            case "minItems" -> schema instanceof ArraySchema array && array.getMinItems() != null
                    ? minItems(value, array.getMinItems()) : null;
            case "maxItems" -> schema instanceof ArraySchema array && array.getMaxItems() != null
                    ? maxItems(value, array.getMaxItems()) : null;
            case "uniqueItems" -> uniqueItems(value);
            case "contains" -> contains();
            case "minProperties" -> schema instanceof ObjectSchema object && object.getMinProperties() != null
                    ? minProperties(value, object.getMinProperties()) : null;
            case "maxProperties" -> schema instanceof ObjectSchema object && object.getMaxProperties() != null
                    ? maxProperties(value, object.getMaxProperties()) : null;
            case "not" -> not(value);
            case "false" -> falseSchema();
            default -> null;
        };
    }

    static String pattern(JsonNode value, String pattern) {
        return shown(value) + " does not match the pattern " + pattern;
    }

    static String minLength(JsonNode value, int minLength) {
        return shown(value) + " is shorter than " + count(minLength, "character") + " (" + length(value) + ")";
    }

    static String maxLength(JsonNode value, int maxLength) {
        return shown(value) + " is longer than " + count(maxLength, "character") + " (" + length(value) + ")";
    }

    static String format(JsonNode value, String format) {
        return shown(value) + " is not a valid " + format;
    }

    static String minimum(JsonNode value, Number minimum, boolean exclusive) {
        return exclusive ? exclusiveMinimum(value, minimum) : shown(value) + " is less than the minimum " + number(minimum);
    }

    static String maximum(JsonNode value, Number maximum, boolean exclusive) {
        return exclusive ? exclusiveMaximum(value, maximum)
                : shown(value) + " is greater than the maximum " + number(maximum);
    }

    static String exclusiveMinimum(JsonNode value, Number limit) {
        return limit == null ? null : shown(value) + " is not greater than " + number(limit) + " (exclusiveMinimum)";
    }

    static String exclusiveMaximum(JsonNode value, Number limit) {
        return limit == null ? null : shown(value) + " is not less than " + number(limit) + " (exclusiveMaximum)";
    }

    static String multipleOf(JsonNode value, Number multipleOf) {
        return shown(value) + " is not a multiple of " + number(multipleOf);
    }

    static String minItems(JsonNode value, int minItems) {
        return "has " + count(value.size(), "item") + "; at least " + minItems + " required";
    }

    static String maxItems(JsonNode value, int maxItems) {
        return "has " + count(value.size(), "item") + "; at most " + maxItems + " allowed";
    }

    /** Names the first two equal items, compared as everit compares them. */
    static String uniqueItems(JsonNode value) {
        List<Object> items = new ArrayList<>();
        value.forEach(item -> items.add(JsonBodies.toOrgJson(item)));
        for (int i = 1; i < items.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (ObjectComparator.deepEquals(items.get(j), items.get(i))) {
                    return "has equal items at " + j + " and " + i + " (" + JsonBodies.render(value.get(i))
                            + "); the items must be unique";
                }
            }
        }
        return "has equal items; the items must be unique";
    }

    static String contains() {
        return "has no item that matches the contains schema";
    }

    static String minProperties(JsonNode value, int minProperties) {
        return "has " + count(value.size(), "property") + "; at least " + minProperties + " required";
    }

    static String maxProperties(JsonNode value, int maxProperties) {
        return "has " + count(value.size(), "property") + "; at most " + maxProperties + " allowed";
    }

    static String not(JsonNode value) {
        return shown(value) + " matches the schema under not, which it must not";
    }

    static String falseSchema() {
        return "is not allowed here (the schema is false)";
    }

    /** A required property another one needs ({@code dependencies: {"r": ["s"]}}) is missing. */
    static String dependency(String present) {
        return "is required when " + present + " is present, but missing";
    }

    /** The value as JSON text, or {@code the value} when there is none to show. */
    private static String shown(JsonNode value) {
        String rendered = JsonBodies.render(value);
        return rendered.isEmpty() ? "the value" : rendered;
    }

    private static int length(JsonNode value) {
        String text = value.isTextual() ? value.textValue() : value.toString();
        return text.codePointCount(0, text.length());
    }

    private static String number(Number number) {
        return number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : number.toString();
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
