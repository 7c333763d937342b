package dev.jsoncontract.verify.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Replaces the values that an operation's {@code redact} patterns select with placeholders that
 * still satisfy the contract, so that a redacted recording passes {@code verify} like the original.
 *
 * <p>A pattern is a JSON Pointer whose {@code *} tokens match any one member name or array index
 * ({@code /*}{@code /messages/*}{@code /message}). The schema of each selected value is found by
 * walking the response schema beside the instance: {@code $ref}, {@code allOf}, {@code properties},
 * {@code patternProperties}, {@code additionalProperties}, {@code items}, {@code additionalItems},
 * and of a {@code oneOf}/{@code anyOf} the branches whose {@code const}/{@code enum} members and
 * {@code type} agree with the instance (the discriminator, e.g. a message's {@code role}).
 *
 * <p>Placeholders: {@code null} stays {@code null} and an absent value stays absent; a
 * {@code const} keeps its value; an {@code enum} value becomes the first allowed value; a string
 * becomes {@code "[redacted]"}, or a value of its {@code format} ({@code date-time} →
 * {@code 1970-01-01T00:00:00Z}, {@code email} → {@code redacted@example.invalid}, ...), shortened or
 * padded with {@code *} to {@code minLength}/{@code maxLength}, or a simple value its
 * {@code pattern} accepts; a number becomes {@code 0} moved into its bounds (and onto
 * {@code multipleOf}); a boolean becomes {@code false}. A selected object or array keeps its shape
 * and every value inside it is replaced the same way.
 */
public final class Redactor {

    private static final int MAX_DEPTH = 64;

    private static final List<String> PATTERN_CANDIDATES = List.of(
            "[redacted]", "redacted", "REDACTED", "x", "X", "0", "", "00000000", "+10000000000", "a0", "A0");

    private final SchemaRegistry registry;
    private final List<String> redacted = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Redactor(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * What a redaction did.
     *
     * @param redacted the JSON Pointers of the values replaced, in document order
     * @param warnings placeholders that could not satisfy the schema (the value is replaced all the
     *     same, so that no personal data is kept)
     */
    public record Result(List<String> redacted, List<String> warnings) {

        public Result {
            redacted = List.copyOf(redacted);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Redacts {@code body} in place with the operation's {@code redact} patterns.
     *
     * @param body the parsed response body; changed in place
     * @param operation the operation whose {@code redact} patterns and response schema apply
     * @param registry resolves the {@code $ref}s of the response schema
     * @throws ContractException when a {@code $ref} of the response schema cannot be resolved
     */
    public static Result redact(JsonNode body, Operation operation, SchemaRegistry registry)
            throws ContractException {
        return redact(body, operation.response(), operation.redact(), registry);
    }

    /** Redacts {@code body} in place with the given patterns and response schema. */
    public static Result redact(JsonNode body, SchemaNode schema, List<String> patterns, SchemaRegistry registry)
            throws ContractException {
        Objects.requireNonNull(body, "body");
        Redactor redactor = new Redactor(Objects.requireNonNull(registry, "registry"));
        List<SchemaNode> rootSchemas = redactor.applicable(schema, body);
        for (String pattern : patterns) {
            String[] tokens = tokens(pattern);
            if (tokens.length == 0) {
                continue;
            }
            redactor.walk(body, rootSchemas, tokens, 0, "");
        }
        return new Result(redactor.redacted, redactor.warnings);
    }

    private static String[] tokens(String pattern) {
        if (pattern.isEmpty() || !pattern.startsWith("/")) {
            return new String[0];
        }
        String[] raw = pattern.substring(1).split("/", -1);
        String[] tokens = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            tokens[i] = SchemaNode.unescape(raw[i]);
        }
        return tokens;
    }

    private void walk(JsonNode parent, List<SchemaNode> parentSchemas, String[] tokens, int index, String pointer)
            throws ContractException {
        String token = tokens[index];
        boolean last = index == tokens.length - 1;
        if (parent.isObject()) {
            List<String> names = new ArrayList<>();
            if ("*".equals(token)) {
                parent.fieldNames().forEachRemaining(names::add);
            } else if (parent.has(token)) {
                names.add(token);
            }
            for (String name : names) {
                JsonNode child = parent.get(name);
                List<SchemaNode> childSchemas = memberSchemas(parentSchemas, name, child);
                String at = pointer + "/" + SchemaNode.escape(name);
                if (last) {
                    JsonNode replacement = replace(child, childSchemas, at);
                    if (replacement != child) {
                        ((ObjectNode) parent).set(name, replacement);
                    }
                } else {
                    walk(child, childSchemas, tokens, index + 1, at);
                }
            }
        } else if (parent.isArray()) {
            List<Integer> indexes = new ArrayList<>();
            if ("*".equals(token)) {
                for (int i = 0; i < parent.size(); i++) {
                    indexes.add(i);
                }
            } else if (token.matches("0|[1-9]\\d{0,8}") && Integer.parseInt(token) < parent.size()) {
                indexes.add(Integer.parseInt(token));
            }
            for (int i : indexes) {
                JsonNode child = parent.get(i);
                List<SchemaNode> childSchemas = itemSchemas(parentSchemas, i, child);
                String at = pointer + "/" + i;
                if (last) {
                    JsonNode replacement = replace(child, childSchemas, at);
                    if (replacement != child) {
                        ((ArrayNode) parent).set(i, replacement);
                    }
                } else {
                    walk(child, childSchemas, tokens, index + 1, at);
                }
            }
        }
    }

    /** The placeholder of a value; containers are redacted member by member and kept. */
    private JsonNode replace(JsonNode value, List<SchemaNode> schemas, String pointer) throws ContractException {
        if (value.isNull()) {
            return value;
        }
        if (value.isObject()) {
            List<String> names = new ArrayList<>();
            value.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = value.get(name);
                JsonNode replacement = replace(child, memberSchemas(schemas, name, child),
                        pointer + "/" + SchemaNode.escape(name));
                if (replacement != child) {
                    ((ObjectNode) value).set(name, replacement);
                }
            }
            return value;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode child = value.get(i);
                JsonNode replacement = replace(child, itemSchemas(schemas, i, child), pointer + "/" + i);
                if (replacement != child) {
                    ((ArrayNode) value).set(i, replacement);
                }
            }
            return value;
        }
        redacted.add(pointer);
        return placeholder(value, schemas, pointer);
    }

    // ---- placeholders -------------------------------------------------------------------------

    private JsonNode placeholder(JsonNode value, List<SchemaNode> schemas, String pointer) {
        for (SchemaNode schema : schemas) {
            JsonNode constant = schema.node().get("const");
            if (constant != null) {
                return constant.deepCopy();
            }
        }
        JsonNode fromEnum = fromEnums(schemas);
        if (fromEnum != null) {
            return fromEnum;
        }
        if (value.isTextual()) {
            return TextNode.valueOf(text(schemas, pointer));
        }
        if (value.isNumber()) {
            return number(schemas);
        }
        return BooleanNode.FALSE;
    }

    private static JsonNode fromEnums(List<SchemaNode> schemas) {
        List<JsonNode> enums = new ArrayList<>();
        for (SchemaNode schema : schemas) {
            JsonNode values = schema.node().get("enum");
            if (values != null && values.isArray() && !values.isEmpty()) {
                enums.add(values);
            }
        }
        if (enums.isEmpty()) {
            return null;
        }
        JsonNode first = null;
        for (JsonNode candidate : enums.get(0)) {
            if (candidate.isNull()) {
                continue;
            }
            if (first == null) {
                first = candidate;
            }
            boolean inAll = true;
            for (JsonNode other : enums) {
                boolean found = false;
                for (JsonNode allowed : other) {
                    found |= allowed.equals(candidate);
                }
                inAll &= found;
            }
            if (inAll) {
                return candidate.deepCopy();
            }
        }
        return first == null ? null : first.deepCopy();
    }

    private String text(List<SchemaNode> schemas, String pointer) {
        String format = null;
        int minLength = 0;
        int maxLength = Integer.MAX_VALUE;
        List<String> patterns = new ArrayList<>();
        for (SchemaNode schema : schemas) {
            JsonNode node = schema.node();
            if (format == null && node.path("format").isTextual()) {
                format = node.get("format").textValue();
            }
            if (node.path("minLength").canConvertToInt()) {
                minLength = Math.max(minLength, node.get("minLength").intValue());
            }
            if (node.path("maxLength").canConvertToInt()) {
                maxLength = Math.min(maxLength, node.get("maxLength").intValue());
            }
            if (node.path("pattern").isTextual()) {
                patterns.add(node.get("pattern").textValue());
            }
        }
        String formatted = format == null ? null : switch (format) {
            case "date-time" -> "1970-01-01T00:00:00Z";
            case "date" -> "1970-01-01";
            case "time" -> "00:00:00Z";
            case "email", "idn-email" -> "redacted@example.invalid";
            case "hostname", "idn-hostname" -> "redacted.invalid";
            case "ipv4" -> "0.0.0.0";
            case "ipv6" -> "::";
            case "uri", "iri", "uri-reference", "iri-reference", "uri-template" -> "urn:redacted";
            case "uuid" -> "00000000-0000-0000-0000-000000000000";
            case "json-pointer" -> "";
            case "relative-json-pointer" -> "0";
            case "regex" -> ".*";
            default -> null;
        };
        String base = formatted != null ? formatted : "[redacted]";
        if (formatted == null) {
            base = fit(base, minLength, maxLength);
        }
        if (matchesAll(base, patterns)) {
            return base;
        }
        for (String candidate : PATTERN_CANDIDATES) {
            String fitted = fit(candidate, minLength, maxLength);
            if (matchesAll(fitted, patterns)) {
                return fitted;
            }
        }
        warnings.add("the placeholder \"" + base + "\" for " + pointer + " does not match the pattern(s) " + patterns
                + " of the contract; the value is replaced all the same. Edit the recording if verify"
                + " reports it.");
        return base;
    }

    private static String fit(String text, int minLength, int maxLength) {
        if (text.length() > maxLength) {
            return "*".repeat(maxLength);
        }
        if (text.length() < minLength) {
            return text + "*".repeat(minLength - text.length());
        }
        return text;
    }

    private static boolean matchesAll(String text, List<String> patterns) {
        for (String pattern : patterns) {
            try {
                if (!dev.jsoncontract.verify.PatternBudget.find(Pattern.compile(pattern), text)) {
                    return false;
                }
            } catch (PatternSyntaxException | dev.jsoncontract.verify.PatternBudget.Exceeded e) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode number(List<SchemaNode> schemas) {
        boolean integer = false;
        BigDecimal low = null;
        boolean lowExclusive = false;
        BigDecimal high = null;
        boolean highExclusive = false;
        BigDecimal multipleOf = null;
        for (SchemaNode schema : schemas) {
            JsonNode node = schema.node();
            integer |= "integer".equals(node.path("type").asText(null));
            if (node.path("minimum").isNumber() && (low == null || node.get("minimum").decimalValue().compareTo(low) > 0)) {
                low = node.get("minimum").decimalValue();
                lowExclusive = false;
            }
            if (node.path("exclusiveMinimum").isNumber()
                    && (low == null || node.get("exclusiveMinimum").decimalValue().compareTo(low) >= 0)) {
                low = node.get("exclusiveMinimum").decimalValue();
                lowExclusive = true;
            }
            if (node.path("maximum").isNumber() && (high == null || node.get("maximum").decimalValue().compareTo(high) < 0)) {
                high = node.get("maximum").decimalValue();
                highExclusive = false;
            }
            if (node.path("exclusiveMaximum").isNumber()
                    && (high == null || node.get("exclusiveMaximum").decimalValue().compareTo(high) <= 0)) {
                high = node.get("exclusiveMaximum").decimalValue();
                highExclusive = true;
            }
            if (node.path("multipleOf").isNumber() && node.get("multipleOf").decimalValue().signum() > 0) {
                multipleOf = node.get("multipleOf").decimalValue();
            }
        }
        BigDecimal step = multipleOf != null ? multipleOf : integer ? BigDecimal.ONE : null;
        BigDecimal result = BigDecimal.ZERO;
        boolean belowLow = low != null && (result.compareTo(low) < 0 || (lowExclusive && result.compareTo(low) == 0));
        boolean aboveHigh = high != null && (result.compareTo(high) > 0 || (highExclusive && result.compareTo(high) == 0));
        if (belowLow) {
            if (step != null) {
                // the smallest multiple of step within the lower bound
                result = low.divide(step, 0, RoundingMode.CEILING).multiply(step);
                if (lowExclusive && result.compareTo(low) == 0) {
                    result = result.add(step);
                }
            } else if (!lowExclusive) {
                result = low;
            } else {
                result = high != null ? low.add(high).divide(BigDecimal.valueOf(2)) : low.add(BigDecimal.ONE);
            }
        } else if (aboveHigh) {
            if (step != null) {
                result = high.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                if (highExclusive && result.compareTo(high) == 0) {
                    result = result.subtract(step);
                }
            } else if (!highExclusive) {
                result = high;
            } else {
                result = low != null ? low.add(high).divide(BigDecimal.valueOf(2)) : high.subtract(BigDecimal.ONE);
            }
        }
        BigDecimal plain = result.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return JsonNodeFactory.instance.numberNode(plain.toBigIntegerExact());
        }
        return JsonNodeFactory.instance.numberNode(plain);
    }

    // ---- the schema beside the instance --------------------------------------------------------

    /** The schemas that apply to {@code instance}: {@code $ref}, {@code allOf} and matching branches followed. */
    List<SchemaNode> applicable(SchemaNode schema, JsonNode instance) throws ContractException {
        List<SchemaNode> out = new ArrayList<>();
        if (schema != null) {
            expand(schema, instance, out, 0);
        }
        return out;
    }

    private void expand(SchemaNode schema, JsonNode instance, List<SchemaNode> out, int depth)
            throws ContractException {
        if (depth > MAX_DEPTH || !schema.node().isObject()) {
            return;
        }
        if (schema.node().has("$ref")) {
            // draft-07: the members beside $ref are ignored
            expand(registry.resolve(schema), instance, out, depth + 1);
            return;
        }
        out.add(schema);
        SchemaNode allOf = schema.child("allOf");
        if (allOf != null && allOf.node().isArray()) {
            for (int i = 0; i < allOf.node().size(); i++) {
                expand(allOf.child(i), instance, out, depth + 1);
            }
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            SchemaNode branches = schema.child(keyword);
            if (branches == null || !branches.node().isArray()) {
                continue;
            }
            for (int i = 0; i < branches.node().size(); i++) {
                List<SchemaNode> branch = new ArrayList<>();
                expand(branches.child(i), instance, branch, depth + 1);
                if (agrees(branch, instance)) {
                    out.addAll(branch);
                }
            }
        }
    }

    /** Whether a branch's {@code type} and its members' {@code const}/{@code enum} agree with the instance. */
    private static boolean agrees(List<SchemaNode> branch, JsonNode instance) {
        for (SchemaNode schema : branch) {
            JsonNode type = schema.node().get("type");
            if (type != null && !typeMatches(type, instance)) {
                return false;
            }
            JsonNode properties = schema.node().get("properties");
            if (properties == null || !properties.isObject() || !instance.isObject()) {
                continue;
            }
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode member = instance.get(name);
                JsonNode property = properties.get(name);
                if (member == null || !property.isObject()) {
                    continue;
                }
                if (property.has("const") && !property.get("const").equals(member)) {
                    return false;
                }
                JsonNode values = property.get("enum");
                if (values != null && values.isArray()) {
                    boolean found = false;
                    for (JsonNode allowed : values) {
                        found |= allowed.equals(member);
                    }
                    if (!found) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean typeMatches(JsonNode type, JsonNode instance) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, instance)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> instance.isObject();
            case "array" -> instance.isArray();
            case "string" -> instance.isTextual();
            case "boolean" -> instance.isBoolean();
            case "null" -> instance.isNull();
            case "number" -> instance.isNumber();
            case "integer" -> instance.isIntegralNumber()
                    || (instance.isNumber() && instance.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> true;
        };
    }

    private List<SchemaNode> memberSchemas(List<SchemaNode> schemas, String name, JsonNode child)
            throws ContractException {
        List<SchemaNode> out = new ArrayList<>();
        for (SchemaNode schema : schemas) {
            boolean described = false;
            SchemaNode properties = schema.child("properties");
            if (properties != null && properties.node().has(name)) {
                expand(properties.child(name), child, out, 0);
                described = true;
            }
            SchemaNode patternProperties = schema.child("patternProperties");
            if (patternProperties != null && patternProperties.node().isObject()) {
                List<String> regexes = new ArrayList<>();
                patternProperties.node().fieldNames().forEachRemaining(regexes::add);
                for (String regex : regexes) {
                    if (matchesAll(name, List.of(regex))) {
                        expand(patternProperties.child(regex), child, out, 0);
                        described = true;
                    }
                }
            }
            SchemaNode additional = schema.child("additionalProperties");
            if (!described && additional != null) {
                expand(additional, child, out, 0);
            }
        }
        return out;
    }

    private List<SchemaNode> itemSchemas(List<SchemaNode> schemas, int index, JsonNode child)
            throws ContractException {
        List<SchemaNode> out = new ArrayList<>();
        for (SchemaNode schema : schemas) {
            SchemaNode items = schema.child("items");
            if (items == null) {
                continue;
            }
            if (items.node().isArray()) {
                SchemaNode positional = items.child(index);
                if (positional != null) {
                    expand(positional, child, out, 0);
                } else if (schema.child("additionalItems") != null) {
                    expand(schema.child("additionalItems"), child, out, 0);
                }
            } else {
                expand(items, child, out, 0);
            }
        }
        return out;
    }
}
