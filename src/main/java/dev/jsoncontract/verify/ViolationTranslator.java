package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Builds findings from everit's violations by looking at the violated schemas, not at everit's
 * strings, which are not fit to show a user: an enum message lacks the allowed values, a
 * {@code const} message is empty, the {@code oneOf} summary is missing from
 * {@code getAllMessages()}, and a {@code ["string", "null"]} field with a {@code format} adds a
 * spurious "expected: null" leaf.
 *
 * <p>Stateless: one instance serves every body, from any thread.
 */
final class ViolationTranslator {

    private final SchemaLocations locations;
    private final Discriminator.Cache discriminators;
    /** Every schema reachable from the validated one, by everit location (see {@link #violated}). */
    private final Map<String, Schema> byLocation;
    /** The {@code propertyNames} schemas reachable from the validated one, by identity. */
    private final Set<Schema> propertyNames;

    /**
     * @param root the schema bodies are validated against; every violation's schema is reachable from it
     */
    ViolationTranslator(SchemaLocations locations, Discriminator.Cache discriminators, Schema root) {
        this.locations = locations;
        this.discriminators = discriminators;
        this.byLocation = Map.copyOf(SchemaGraph.byLocation(root));
        this.propertyNames = SchemaGraph.propertyNameSchemas(root);
    }

    /**
     * The findings of one validation failure.
     *
     * @param source the body's source name
     * @param validated the schema the value was validated against ({@code null}: unknown), or the
     *     array schema around it when the value is one element of a streamed array
     * @param validatedPrefix {@code ""}, or {@code "/0"} when {@code validated} is that array schema
     *     (its one items schema holds at every index)
     * @param failure what everit threw
     * @param instance the parsed body (Jackson), to read the values seen
     * @param orgJson the same body as org.json, to re-validate a {@code oneOf} branch
     * @param rootLocation the location of a violation whose schema has none (a {@code false} schema)
     *     and no enclosing violation with one: the response schema's, so that such a finding names
     *     the same place however many elements of an array fail
     */
    List<Finding> translate(String source, Schema validated, String validatedPrefix, ValidationException failure,
            JsonNode instance, Object orgJson, String rootLocation) {
        Context context = new Context(source, validated, validatedPrefix, instance, orgJson);
        walk(context, failure, "", rootLocation);
        if (context.findings.isEmpty()) {
            // everit rejected the value: whatever the translation missed, the body must not pass
            String location = failure.getSchemaLocation() != null ? locations.display(failure.getSchemaLocation())
                    : rootLocation;
            generic(context, failure, pointer(failure), location);
        }
        return context.findings;
    }

    private static final class Context {
        final String source;
        final Schema validated;
        final String validatedPrefix;
        final JsonNode instance;
        final Object orgJson;
        final List<Finding> findings = new ArrayList<>();
        final Set<String> handled = new HashSet<>();

        Context(String source, Schema validated, String validatedPrefix, JsonNode instance, Object orgJson) {
            this.source = source;
            this.validated = validated;
            this.validatedPrefix = validatedPrefix;
            this.instance = instance;
            this.orgJson = orgJson;
        }

        JsonNode at(String pointer) {
            JsonNode node = pointer.isEmpty() ? instance : instance.at(pointer);
            return node == null ? MissingNode.getInstance() : node;
        }

        void add(String pointer, String location, String keyword, JsonNode value, List<String> allowed, String message) {
            findings.add(new Finding(source, pointer, location, keyword, JsonBodies.render(value), allowed,
                    Severity.FAILURE, message));
        }
    }

    /**
     * The schema a violation is about. everit reports a violation below {@code additionalProperties}
     * with the <em>owning</em> object schema as the violated one (each enclosing map prepends its own
     * schema), while the violation's schema location still names the schema that failed: that
     * location is the truth, the schema is looked up by it.
     */
    private Schema violated(ValidationException failure) {
        Schema schema = failure.getViolatedSchema();
        String location = failure.getSchemaLocation();
        if (location == null || (schema != null && location.equals(schema.getSchemaLocation()))) {
            return schema;
        }
        Schema atLocation = byLocation.get(location);
        return atLocation != null ? atLocation : schema;
    }

    private void walk(Context context, ValidationException failure, String base, String inheritedLocation) {
        Schema schema = violated(failure);
        String everitLocation = failure.getSchemaLocation() != null ? failure.getSchemaLocation()
                : schema != null ? schema.getSchemaLocation() : null;
        String pointer = base + pointer(failure);
        if (everitLocation == null && schema instanceof FalseSchema && context.validated != null) {
            everitLocation = SchemaGraph.falseLocation(context.validated, context.validatedPrefix + pointer);
        }
        String location = everitLocation != null ? locations.display(everitLocation) : inheritedLocation;
        if (propertyNames.contains(schema) && !pointer.isEmpty() && !(schema instanceof FalseSchema)
                && propertyName(context, schema, pointer, location)) {
            return;
        }
        if (schema instanceof CombinedSchema combined) {
            if (combined.getCriterion() == CombinedSchema.ALL_CRITERION) {
                for (ValidationException cause : failure.getCausingExceptions()) {
                    walk(context, cause, base, location);
                }
                if (failure.getCausingExceptions().isEmpty()) {
                    generic(context, failure, pointer, location);
                }
            } else {
                alternatives(context, failure, combined, base, pointer, location);
            }
            return;
        }
        if (!failure.getCausingExceptions().isEmpty()) {
            for (ValidationException cause : failure.getCausingExceptions()) {
                if (schema instanceof ConditionalSchema conditional && "else".equals(failure.getKeyword())
                        && isIf(conditional, cause)) {
                    // everit lists the failed if beside the failed else: only the else is wrong
                    continue;
                }
                walk(context, cause, base, location);
            }
            return;
        }
        leaf(context, failure, schema, pointer, location);
    }

    private static boolean isIf(ConditionalSchema conditional, ValidationException cause) {
        Schema condition = conditional.getIfSchema().orElse(null);
        return condition != null && (cause.getViolatedSchema() == condition
                || (condition.getSchemaLocation() != null
                        && condition.getSchemaLocation().equals(cause.getSchemaLocation())));
    }

    /**
     * A violation of a {@code propertyNames} schema: everit points at the member and reports the
     * inner keyword; the finding names the property and says what its name breaks. {@code false}
     * when the name itself passes (the schema serves elsewhere too and the member's value failed).
     */
    private boolean propertyName(Context context, Schema schema, String pointer, String location) {
        String name = SchemaNode.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
        JsonNode nameNode = jsonString(name);
        try {
            schema.validate(name);
            return false;
        } catch (ValidationException onName) {
            Context inner = new Context(context.source, schema, "", nameNode, name);
            walk(inner, onName, "", location);
            String detail = inner.findings.isEmpty() ? "" : inner.findings.get(0).message();
            String shown = JsonBodies.render(nameNode);
            String message = detail.startsWith(shown) ? "the name " + detail
                    : "the name " + shown + " is not allowed by propertyNames" + (detail.isEmpty() ? "" : " (" + detail + ")");
            context.add(pointer, location, "propertyNames", nameNode, List.of(), message);
            return true;
        }
    }

    private void alternatives(Context context, ValidationException failure, CombinedSchema combined, String base,
            String pointer, String location) {
        JsonNode value = context.at(pointer);
        String keyword = combined.getCriterion() == CombinedSchema.ONE_CRITERION ? "oneOf" : "anyOf";
        int alternatives = combined.getSubschemas().size();
        List<ValidationException> causes = failure.getCausingExceptions();
        if (keyword.equals("oneOf") && causes.size() < alternatives - 1) {
            int matched = alternatives - causes.size();
            context.add(pointer, location, keyword, value, List.of(),
                    "matches " + matched + " of the " + alternatives + " alternatives; exactly one must match");
            return;
        }
        Optional<Discriminator> discriminator = keyword.equals("oneOf") && value.isObject()
                ? discriminators.of(combined) : Optional.empty();
        if (discriminator.isPresent()) {
            Discriminator d = discriminator.get();
            String at = pointer + "/" + SchemaNode.escape(d.property());
            JsonNode seen = value.get(d.property());
            if (seen == null) {
                context.add(at, location, "required", jsonString(d.property()), d.rendered(),
                        "is required but missing (one of: " + list(d.rendered()) + ")");
                return;
            }
            Schema branch = d.branchFor(seen);
            if (branch == null) {
                context.add(at, location, "oneOf", seen, d.rendered(),
                        JsonBodies.render(seen) + " is not a known " + d.property()
                                + " (known: " + list(d.rendered()) + ")");
                return;
            }
            try {
                branch.validate(orgAt(context.orgJson, pointer));
            } catch (ValidationException inBranch) {
                walk(context, inBranch, pointer, location);
            }
            return;
        }
        List<ValidationException> typeMismatches = new ArrayList<>();
        List<ValidationException> others = new ArrayList<>();
        for (ValidationException cause : causes) {
            boolean typeOnly = "type".equals(cause.getKeyword()) && cause.getCausingExceptions().isEmpty()
                    && (base + pointer(cause)).equals(pointer);
            (typeOnly ? typeMismatches : others).add(cause);
        }
        if (others.isEmpty() && !typeMismatches.isEmpty()) {
            List<String> types = new ArrayList<>();
            for (ValidationException mismatch : typeMismatches) {
                String type = typeName(violated(mismatch));
                if (type != null && !types.contains(type)) {
                    types.add(type);
                }
            }
            declaredOrder(types, combined);
            context.add(pointer, location, "type", value, types, typeMessage(types, value));
            return;
        }
        if (others.size() == 1) {
            walk(context, others.get(0), base, location);
            return;
        }
        context.add(pointer, location, keyword, value, List.of(),
                JsonBodies.render(value) + " matches none of the " + alternatives + " alternatives");
    }

    private void leaf(Context context, ValidationException failure, Schema schema, String pointer, String location) {
        JsonNode value = context.at(pointer);
        String keyword = failure.getKeyword() == null ? "" : failure.getKeyword();
        if (schema instanceof EnumSchema enumeration) {
            List<String> allowed = enumeration.getPossibleValuesAsList().stream()
                    .map(v -> Discriminator.toJackson(v).toString()).toList();
            context.add(pointer, location, "enum", value, allowed,
                    JsonBodies.render(value) + " is not allowed (allowed: " + list(allowed) + ")");
            return;
        }
        if (schema instanceof ConstSchema constant) {
            List<String> allowed = List.of(Discriminator.toJackson(constant.getPermittedValue()).toString());
            context.add(pointer, location, "const", value, allowed,
                    JsonBodies.render(value) + " is not allowed (must be: " + list(allowed) + ")");
            return;
        }
        if (keyword.equals("type")) {
            String type = typeName(schema);
            List<String> types = type == null ? List.of() : List.of(type);
            context.add(pointer, location, "type", value, types, typeMessage(types, value));
            return;
        }
        if (keyword.equals("required") && schema instanceof ObjectSchema object && value.isObject()) {
            if (context.handled.add("required " + pointer + " " + location)) {
                for (String property : object.getRequiredProperties()) {
                    if (!value.has(property)) {
                        context.add(pointer + "/" + SchemaNode.escape(property), location, "required",
                                jsonString(property), List.of(), "is required but missing");
                    }
                }
            }
            return;
        }
        if (keyword.equals("additionalProperties") && schema instanceof ObjectSchema object && value.isObject()
                && !object.permitsAdditionalProperties()) {
            if (context.handled.add("additionalProperties " + pointer + " " + location)) {
                value.fieldNames().forEachRemaining(name -> {
                    if (!object.getPropertySchemas().containsKey(name) && !matchesPattern(object, name)) {
                        context.add(pointer + "/" + SchemaNode.escape(name), location, "additionalProperties",
                                jsonString(name), List.of(), "is not allowed here (additionalProperties is false)");
                    }
                });
            }
            return;
        }
        if (keyword.equals("dependencies") && schema instanceof ObjectSchema object && value.isObject()) {
            if (context.handled.add("dependencies " + pointer + " " + location)) {
                object.getPropertyDependencies().forEach((present, needed) -> {
                    if (value.has(present)) {
                        needed.stream().filter(name -> !value.has(name)).sorted().forEach(name ->
                                context.add(pointer + "/" + SchemaNode.escape(name), location, "dependencies",
                                        jsonString(name), List.of(), KeywordMessages.dependency(present)));
                    }
                });
            }
            return;
        }
        if (keyword.equals("items") && schema instanceof ArraySchema array && value.isArray()
                && array.getItemSchemas() != null && !array.permitsAdditionalItems()) {
            context.add(pointer, location, "additionalItems", value, List.of(),
                    KeywordMessages.maxItems(value, array.getItemSchemas().size()) + " (additionalItems is false)");
            return;
        }
        String message = KeywordMessages.of(keyword, schema, value);
        if (message != null) {
            context.add(pointer, location, keyword, value, List.of(), message);
            return;
        }
        generic(context, failure, pointer, location);
    }

    private static void generic(Context context, ValidationException failure, String pointer, String location) {
        String message = failure.getErrorMessage() == null ? "" : failure.getErrorMessage();
        if (message.startsWith("#: ")) {
            message = message.substring(3);
        }
        if (message.isBlank()) {
            message = "violates " + (failure.getKeyword() == null ? "the schema" : failure.getKeyword());
        }
        context.add(pointer, location, failure.getKeyword() == null ? "schema" : failure.getKeyword(),
                context.at(pointer), List.of(), message);
    }

    /** Sorts type names the way the schema's {@code "type"} array lists them. */
    private void declaredOrder(List<String> types, Schema combined) {
        SchemaNode raw = locations.node(combined.getSchemaLocation());
        JsonNode declared = raw == null ? null : raw.node().get("type");
        if (declared == null || !declared.isArray()) {
            return;
        }
        List<String> order = new ArrayList<>();
        declared.forEach(t -> order.add(t.asText()));
        types.sort(java.util.Comparator.comparingInt(t -> order.indexOf(t) < 0 ? Integer.MAX_VALUE : order.indexOf(t)));
    }

    /** everit's only public accessor of patternProperties is deprecated in favour of a package-private one. */
    @SuppressWarnings("deprecation")
    private static boolean matchesPattern(ObjectSchema object, String name) {
        for (java.util.regex.Pattern pattern : object.getPatternProperties().keySet()) {
            if (PatternBudget.find(pattern, name)) {
                return true;
            }
        }
        return false;
    }

    private static String typeMessage(List<String> types, JsonNode value) {
        String found = value.isMissingNode() ? "nothing" : JsonBodies.typeName(value);
        String shown = value.isMissingNode() || value.isContainerNode() || value.isNull() ? "" : " " + JsonBodies.render(value);
        return "expected " + String.join(" or ", types) + ", found " + found + shown;
    }

    /** everit's type of a schema that failed on type: string, integer, number, ... or {@code null}. */
    static String typeName(Schema schema) {
        if (schema instanceof StringSchema) {
            return "string";
        }
        if (schema instanceof NumberSchema number) {
            return number.requiresInteger() ? "integer" : "number";
        }
        if (schema instanceof BooleanSchema) {
            return "boolean";
        }
        if (schema instanceof NullSchema) {
            return "null";
        }
        if (schema instanceof ObjectSchema) {
            return "object";
        }
        if (schema instanceof ArraySchema) {
            return "array";
        }
        return null;
    }

    /** A list of JSON texts for a message: strings without quotes. */
    static String list(List<String> jsonTexts) {
        List<String> shown = new ArrayList<>();
        for (String text : jsonTexts) {
            shown.add(text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                    ? text.substring(1, text.length() - 1) : text);
        }
        return String.join(", ", shown);
    }

    private static JsonNode jsonString(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }

    /** everit's {@code #/a/0} as a JSON Pointer {@code /a/0}. */
    static String pointer(ValidationException failure) {
        String raw = failure.getPointerToViolation();
        if (raw == null || raw.equals("#")) {
            return "";
        }
        return raw.startsWith("#") ? raw.substring(1) : raw;
    }

    /** The org.json value at a JSON Pointer. */
    static Object orgAt(Object root, String pointer) {
        Object current = root;
        if (pointer.isEmpty()) {
            return current;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = SchemaNode.unescape(raw);
            if (current instanceof org.json.JSONObject object) {
                current = object.opt(token);
            } else if (current instanceof org.json.JSONArray array) {
                current = array.opt(Integer.parseInt(token));
            } else {
                return null;
            }
        }
        return current;
    }
}
