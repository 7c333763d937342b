package dev.jsoncontract.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model, one keyword family at a time:
 * <ul>
 *   <li>{@code $ref}: followed (chains iteratively), a cycle of references alone is an error;</li>
 *   <li>{@code type} (one or several), or the kinds the keywords imply when it is absent
 *       ({@code properties} → object, {@code items} → array, {@code pattern} → string, ...);</li>
 *   <li>{@code enum} and {@code const}: an {@link EnumType} per kind of value;</li>
 *   <li>object keywords: {@link ObjectType}; array keywords: {@link ArrayType} or {@link TupleType};</li>
 *   <li>{@code allOf}: merged with the rest of the schema ({@link Intersection});</li>
 *   <li>{@code oneOf}, {@code anyOf}: a normalized union, each branch merged with the rest of the
 *       schema ({@link Unions});</li>
 *   <li>{@code not}, {@code if}/{@code then}/{@code else}, {@code dependencies}, {@code contains},
 *       {@code propertyNames}: no effect on the type (the validator enforces them).</li>
 * </ul>
 * Each schema place is built once; a place reached again while it is being built (recursion) gets
 * a {@link TypeUse} that is completed when the place is done.
 */
final class ModelBuilder {

    /** How deeply schemas may nest (properties, items, branches, references) below one another. */
    static final int MAX_DEPTH = 1_000;
    /** How many references a chain of {@code $ref}s to {@code $ref}s may have. */
    static final int MAX_REFERENCE_CHAIN = 10_000;

    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "patternProperties",
            "additionalProperties", "required", "minProperties", "maxProperties", "propertyNames", "dependencies");
    private static final Set<String> ARRAY_KEYWORDS = Set.of("items", "additionalItems", "minItems", "maxItems",
            "uniqueItems", "contains");
    private static final Set<String> STRING_KEYWORDS = Set.of("minLength", "maxLength", "pattern", "format",
            "contentMediaType", "contentEncoding");
    private static final Set<String> NUMBER_KEYWORDS = Set.of("minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf");

    private final SchemaRegistry registry;
    private final Map<SchemaNode, TypeUse> built = new HashMap<>();
    private final Set<SchemaNode> building = new HashSet<>();
    private final Map<String, ContractException> errors = new LinkedHashMap<>();
    private final List<Loosening> loosenings = new ArrayList<>();
    private final Set<String> loosened = new HashSet<>();
    private final Intersection intersection = new Intersection(this);
    private final Unions unions = new Unions(this);
    private int depth;

    /**
     * How many unions and merges one model may compute. Schemas whose unions and allOf combine
     * recursively can otherwise ask for ever more types; past this, each further one is "any value".
     */
    static final int MAX_COMBINATIONS = 200_000;

    /** How many merges deep a merged type may be derived from declared ones (see {@link ModelType#derivation}). */
    static final int MAX_DERIVATION = 8;
    static final String DERIVATION_REASON = "merging its allOf, oneOf and anyOf members, whose types refer back"
            + " to each other, derives a new type at every level (" + MAX_DERIVATION + " levels deep here)";

    /** One more than the most derived of {@code inputs}. */
    static int derivation(ModelType... inputs) {
        int most = 0;
        for (ModelType input : inputs) {
            most = Math.max(most, input.derivation);
        }
        return most + 1;
    }

    /** "Any value" as a type, loosened at a place for a reason. */
    AnyType loosenedType(SchemaNode place, String reason) {
        loosen(place, reason);
        return new AnyType(place, reason);
    }
    static final String BUDGET_REASON = "its unions and merges combine into more than " + MAX_COMBINATIONS
            + " types, more than jsoncontract computes for one contract";
    private int combinations;

    /** Counts one union or merge; whether the budget is spent. */
    boolean overBudget() {
        return ++combinations > MAX_COMBINATIONS;
    }
    /** Work that waits for places still being built: unions and merges with a recursive member. */
    private final java.util.ArrayDeque<Deferred> deferred = new java.util.ArrayDeque<>();
    /** Objects whose members are still to be built, in the order they were met. */
    private final java.util.ArrayDeque<ObjectType> unfilled = new java.util.ArrayDeque<>();

    /**
     * Every combination made so far: a result and the uses it was made of, where it was made.
     *
     * @param all whether the result holds the values every part allows ({@code allOf}, the
     *     keywords beside {@code oneOf}/{@code anyOf}), else those any part allows (union branches
     *     of one kind merged)
     */
    record Combination(TypeUse result, List<TypeUse> parts, SchemaNode holder, boolean all) {
    }

    private final List<Combination> made = new ArrayList<>();

    /** A result computed once the uses it needs are complete. */
    private record Deferred(TypeUse result, List<TypeUse> needs, SchemaNode place, Computation computation) {
    }

    /** How a deferred result is computed. */
    @FunctionalInterface
    interface Computation {
        TypeUse compute() throws ContractException;
    }

    ModelBuilder(SchemaRegistry registry) {
        this.registry = registry;
    }

    List<ContractException> errors() {
        return List.copyOf(errors.values());
    }

    List<Loosening> loosenings() {
        return List.copyOf(loosenings);
    }

    /** Records that {@code result} was made of {@code parts} at {@code holder}. */
    void combined(TypeUse result, List<TypeUse> parts, SchemaNode holder, boolean all) {
        made.add(new Combination(result, List.copyOf(parts), holder, all));
    }

    List<Combination> combinations() {
        return java.util.Collections.unmodifiableList(made);
    }

    Intersection intersection() {
        return intersection;
    }

    Unions unions() {
        return unions;
    }

    // ---------------------------------------------------------------- places

    /** The type of a schema place, built once. */
    TypeUse build(SchemaNode node) {
        SchemaNode target;
        try {
            target = follow(node);
        } catch (ContractException e) {
            return fail(e, node);
        }
        TypeUse known = built.get(target);
        if (known != null) {
            return known;
        }
        TypeUse use = TypeUse.pending();
        built.put(target, use);
        building.add(target);
        if (depth + 1 > MAX_DEPTH) {
            TypeUse failed = fail(target.error("nests schemas more than " + MAX_DEPTH + " levels deep (through"
                    + " properties, items, branches and references); jsoncontract maps at most " + MAX_DEPTH + "."
                    + " Flatten the schema, e.g. with definitions and $ref."), target);
            use.complete(failed);
            building.remove(target);
            return use;
        }
        depth++;
        try {
            use.complete(compute(target));
        } catch (ContractException e) {
            use.complete(fail(e, target));
        } finally {
            depth--;
            building.remove(target);
        }
        if (depth == 0) {
            drain();
        }
        return use;
    }

    /**
     * A use computed later, when every use in {@code needs} is complete: a union or merge one of
     * whose members refers back to a place still being built (a recursive reference).
     */
    TypeUse defer(List<TypeUse> needs, SchemaNode place, Computation computation) {
        TypeUse result = TypeUse.pending();
        deferred.add(new Deferred(result, List.copyOf(needs), place, computation));
        return result;
    }

    /** Fills the objects built so far, then runs the deferred work whose needs are met, until none is left. */
    private void drain() {
        int stalled = 0;
        while (!unfilled.isEmpty() || !deferred.isEmpty()) {
            if (!unfilled.isEmpty()) {
                depth++;
                try {
                    unfilled.removeFirst().fill();
                } finally {
                    depth--;
                }
                continue;
            }
            Deferred next = deferred.removeFirst();
            if (next.needs().stream().allMatch(ModelBuilder::ready)) {
                stalled = 0;
                try {
                    next.result().complete(next.computation().compute());
                } catch (ContractException e) {
                    next.result().complete(fail(e, next.place()));
                }
            } else if (++stalled > deferred.size()) {
                next.result().complete(loosened(next.place(), "it is made of itself only (a union or merge"
                        + " whose members all refer back to it)"));
                stalled = 0;
            } else {
                deferred.addLast(next);
            }
        }
    }

    /** Follows {@code $ref}s to a schema that is not one. */
    SchemaNode follow(SchemaNode node) throws ContractException {
        SchemaNode current = node;
        Set<SchemaNode> seen = null;
        for (int hops = 0; isReference(current); hops++) {
            if (hops >= 32) {
                if (seen == null) {
                    seen = new HashSet<>();
                }
                if (!seen.add(current)) {
                    throw node.child("$ref").error("is a cycle of references that never reaches a schema. Point"
                            + " one of the references at a schema that describes the value.");
                }
                if (hops > MAX_REFERENCE_CHAIN) {
                    throw node.child("$ref").error("starts a chain of more than " + MAX_REFERENCE_CHAIN
                            + " references to references; jsoncontract follows at most " + MAX_REFERENCE_CHAIN + ".");
                }
            }
            current = registry.resolve(current);
        }
        return current;
    }

    private static boolean isReference(SchemaNode node) {
        return node.node().isObject() && node.node().has("$ref");
    }

    /**
     * Whether a use can be combined now: its type is known and, for an object, its members are all
     * there. An object is complete as soon as it is made but its members are built afterwards; one
     * whose members refer back to it is met while they are being built, and a merge or union made
     * of it then would copy only the members built so far.
     */
    static boolean ready(TypeUse use) {
        return use.complete() && !(use.type() instanceof ObjectType object && object.filling());
    }

    /** Whether a place is still being built (a use of it is not complete yet). */
    boolean isBuilding(SchemaNode place) {
        return building.contains(place);
    }

    // ---------------------------------------------------------------- one schema

    private TypeUse compute(SchemaNode node) throws ContractException {
        JsonNode json = node.node();
        if (json.isBoolean()) {
            return json.booleanValue() ? TypeUse.of(new AnyType(node, null), true) : TypeUse.of(new NeverType(node), false);
        }
        if (!json.isObject()) {
            throw node.error("must be a schema (a JSON object or a boolean), not "
                    + json.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        List<TypeUse> parts = new ArrayList<>();
        TypeUse own = own(node);
        parts.add(own);
        SchemaNode allOf = node.child("allOf");
        if (allOf != null) {
            for (SchemaNode branch : branches(allOf)) {
                parts.add(build(branch));
            }
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            SchemaNode union = node.child(keyword);
            if (union != null) {
                List<TypeUse> branches = new ArrayList<>();
                for (SchemaNode branch : branches(union)) {
                    branches.add(build(branch));
                }
                parts.add(unions.of(branches, node));
            }
        }
        if (parts.size() > 1 && impliedOnly(node) && own.complete() && !(own.type() instanceof AnyType)) {
            TypeUse rest = parts.get(1);
            for (int i = 2; i < parts.size(); i++) {
                rest = intersection.of(rest, parts.get(i), node);
            }
            TypeUse refined = refine(rest, own, node);
            if (refined != null) {
                return refined;
            }
            return intersection.of(own, rest, node);
        }
        TypeUse result = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            result = intersection.of(result, parts.get(i), node);
        }
        return result;
    }

    /** Whether the schema's own kind is only implied by its keywords (no {@code type}, {@code enum} or {@code const}). */
    private static boolean impliedOnly(SchemaNode node) {
        return !node.node().has("type") && !node.node().has("enum") && !node.node().has("const");
    }

    /**
     * Applies keywords of one kind that stand beside {@code allOf}/{@code oneOf}/{@code anyOf} without
     * a {@code type} ({@code {"minLength": 1, "oneOf": [string, string[]]}}) the way JSON Schema
     * does: they constrain values of their kind and leave the others alone. So a union of kinds
     * keeps its other branches, and a combination of another kind is what it is; {@code null} when
     * the combination is of the keywords' kind, or not built yet (then the two are intersected).
     */
    private TypeUse refine(TypeUse combination, TypeUse own, SchemaNode node) throws ContractException {
        if (!combination.complete() || combination.type() instanceof AnyType) {
            return null;
        }
        JsonKind kind = own.type().kind();
        ModelType type = combination.type();
        if (type instanceof UnionType union && union.discrimination() == UnionType.Discrimination.KIND) {
            List<TypeUse> branches = new ArrayList<>();
            for (ModelType branch : union.branches()) {
                branches.add(sameKind(branch.kind(), kind) ? intersection.of(TypeUse.of(branch, false), own, node)
                        : TypeUse.of(branch, false));
            }
            TypeUse refined = unions.of(branches, node);
            return combination.nullable() ? refined.asNullable() : refined;
        }
        return type.kind() == null || sameKind(type.kind(), kind) ? null : combination;
    }

    private static boolean sameKind(JsonKind value, JsonKind keywords) {
        return value == keywords || (keywords == JsonKind.NUMBER && value == JsonKind.INTEGER);
    }

    private static List<SchemaNode> branches(SchemaNode keyword) throws ContractException {
        if (!keyword.node().isArray() || keyword.node().isEmpty()) {
            throw keyword.error("must be a non-empty array of schemas.");
        }
        List<SchemaNode> branches = new ArrayList<>();
        for (int i = 0; i < keyword.node().size(); i++) {
            branches.add(keyword.child(i));
        }
        return branches;
    }

    /** The schema's own keywords: {@code type}, {@code enum}/{@code const}, and the keywords of each kind it allows. */
    private TypeUse own(SchemaNode node) throws ContractException {
        Set<JsonKind> declared = declaredKinds(node);
        SchemaNode values = node.child("enum");
        SchemaNode constant = node.child("const");
        if (values != null || constant != null) {
            return enumeration(node, values, constant, declared);
        }
        Set<JsonKind> kinds = declared != null ? declared : impliedKinds(node);
        if (kinds == null) {
            return TypeUse.of(new AnyType(node, null), true);
        }
        boolean nullable = kinds.contains(JsonKind.NULL);
        List<TypeUse> facets = new ArrayList<>();
        for (JsonKind kind : kinds) {
            switch (kind) {
                case OBJECT -> facets.add(TypeUse.of(object(node), false));
                case ARRAY -> facets.add(TypeUse.of(array(node), false));
                case STRING -> facets.add(TypeUse.of(new ScalarType(node, kind, text(node, "format")), false));
                case INTEGER, NUMBER, BOOLEAN -> facets.add(TypeUse.of(new ScalarType(node, kind, null), false));
                case NULL -> {
                }
            }
        }
        if (facets.isEmpty()) {
            return TypeUse.of(new NullType(node), true);
        }
        TypeUse result = facets.size() == 1 ? facets.get(0) : unions.of(facets, node);
        return result.withNullable(nullable || result.nullable());
    }

    /** {@code type}, checked: the kinds it names, or {@code null} when absent. */
    private static Set<JsonKind> declaredKinds(SchemaNode node) throws ContractException {
        SchemaNode type = node.child("type");
        if (type == null) {
            return null;
        }
        List<SchemaNode> entries = new ArrayList<>();
        if (type.node().isArray()) {
            for (int i = 0; i < type.node().size(); i++) {
                entries.add(type.child(i));
            }
        } else {
            entries.add(type);
        }
        Set<JsonKind> kinds = new LinkedHashSet<>();
        for (SchemaNode entry : entries) {
            JsonKind kind = entry.node().isTextual() ? JsonKind.ofName(entry.node().asText()) : null;
            if (kind == null) {
                if (entry.node().isTextual() && entry.node().asText().equals("any")) {
                    return null;
                }
                throw entry.error(entry.node() + " is not a JSON Schema type; use one of [array, boolean, integer,"
                        + " null, number, object, string].");
            }
            kinds.add(kind);
        }
        if (kinds.isEmpty()) {
            throw type.error("lists no type; list at least one, or remove \"type\" to allow any value.");
        }
        if (kinds.contains(JsonKind.NUMBER)) {
            kinds.remove(JsonKind.INTEGER);
        }
        return kinds;
    }

    /**
     * The kinds a schema without {@code type} is taken to describe, from the keywords that apply to
     * one kind only; {@code null} when they imply none, or several. A keyword that says nothing
     * ({@code "additionalProperties": true} or {@code {}}, the default, and an empty
     * {@code properties}) implies no kind: {@code {"additionalProperties": true}} allows any value.
     */
    private static Set<JsonKind> impliedKinds(SchemaNode node) {
        Set<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
        node.node().fields().forEachRemaining(member -> {
            String keyword = member.getKey();
            if (vacuous(keyword, member.getValue())) {
                return;
            }
            if (OBJECT_KEYWORDS.contains(keyword)) {
                kinds.add(JsonKind.OBJECT);
            } else if (ARRAY_KEYWORDS.contains(keyword)) {
                kinds.add(JsonKind.ARRAY);
            } else if (STRING_KEYWORDS.contains(keyword)) {
                kinds.add(JsonKind.STRING);
            } else if (NUMBER_KEYWORDS.contains(keyword)) {
                kinds.add(JsonKind.NUMBER);
            }
        });
        return kinds.size() == 1 ? kinds : null;
    }

    /** Whether a keyword's value is its default, which constrains nothing. */
    private static boolean vacuous(String keyword, JsonNode value) {
        boolean trueSchema = (value.isBoolean() && value.asBoolean()) || (value.isObject() && value.isEmpty());
        return switch (keyword) {
            case "additionalProperties", "additionalItems", "items", "propertyNames" -> trueSchema;
            case "properties", "patternProperties", "dependencies" -> value.isObject() && value.isEmpty();
            case "required" -> value.isArray() && value.isEmpty();
            default -> false;
        };
    }

    /** {@code enum} and {@code const}: the allowed values, grouped into one {@link EnumType} per kind. */
    private TypeUse enumeration(SchemaNode node, SchemaNode values, SchemaNode constant, Set<JsonKind> declared)
            throws ContractException {
        List<JsonNode> allowed = new ArrayList<>();
        SchemaNode at = constant != null ? constant : values;
        if (constant != null) {
            allowed.add(constant.node());
        } else {
            if (!values.node().isArray() || values.node().isEmpty()) {
                throw values.error("must be a non-empty array of values.");
            }
            values.node().forEach(allowed::add);
        }
        boolean nullable = false;
        Map<JsonKind, List<JsonNode>> byKind = new LinkedHashMap<>();
        for (JsonNode value : allowed) {
            JsonKind kind = JsonKind.of(value);
            if (declared != null && !declared.contains(kind)
                    && !(kind == JsonKind.INTEGER && declared.contains(JsonKind.NUMBER))) {
                continue;
            }
            if (kind == JsonKind.NULL) {
                nullable = true;
                continue;
            }
            if (kind == JsonKind.INTEGER && (declared == null || declared.contains(JsonKind.NUMBER))
                    && allowed.stream().anyMatch(v -> JsonKind.of(v) == JsonKind.NUMBER)) {
                kind = JsonKind.NUMBER;
            }
            List<JsonNode> ofKind = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            if (!ofKind.contains(value)) {
                ofKind.add(value);
            }
        }
        if (byKind.isEmpty()) {
            return nullable ? TypeUse.of(new NullType(node), true) : TypeUse.of(new NeverType(node), false);
        }
        List<TypeUse> branches = new ArrayList<>();
        for (Map.Entry<JsonKind, List<JsonNode>> group : byKind.entrySet()) {
            JsonKind kind = group.getKey();
            if (kind == JsonKind.OBJECT || kind == JsonKind.ARRAY) {
                branches.add(TypeUse.of(kind == JsonKind.OBJECT ? object(node) : array(node), false));
                loosen(at, "lists " + kind.schemaName() + " values; the type describes any such "
                        + kind.schemaName() + ", not only the listed ones");
            } else {
                branches.add(TypeUse.of(new EnumType(node, kind, group.getValue()), false));
            }
        }
        TypeUse result = branches.size() == 1 ? branches.get(0) : unions.of(branches, node);
        return result.withNullable(nullable || result.nullable());
    }

    /**
     * Object keywords: an {@link ObjectType} whose members are built when first read or when the
     * builder comes back to its queue, so that a long chain of objects does not nest the builder.
     */
    private ObjectType object(SchemaNode node) {
        ObjectType[] holder = new ObjectType[1];
        holder[0] = new ObjectType(node, () -> {
            try {
                members(holder[0], node);
            } catch (ContractException e) {
                fail(e, node);
            }
        });
        unfilled.add(holder[0]);
        return holder[0];
    }

    /** {@code properties}, {@code required}, {@code patternProperties}, {@code additionalProperties}. */
    private void members(ObjectType object, SchemaNode node) throws ContractException {
        SchemaNode required = node.child("required");
        if (required != null) {
            if (!required.node().isArray()) {
                throw required.error("must be an array of property names.");
            }
            for (JsonNode name : required.node()) {
                if (!name.isTextual()) {
                    throw required.error("must list property names (strings), not " + name + ".");
                }
                object.required.add(name.asText());
            }
        }
        SchemaNode properties = node.child("properties");
        if (properties != null) {
            if (!properties.node().isObject()) {
                throw properties.error("must be an object mapping property names to schemas.");
            }
            for (String name : names(properties)) {
                SchemaNode property = properties.child(name);
                TypeUse type = build(property);
                if (type.complete() && type.type() instanceof NeverType) {
                    continue;
                }
                object.properties.add(new ObjectType.Property(name, type, object.required.contains(name), property));
            }
        }
        SchemaNode patterns = node.child("patternProperties");
        if (patterns != null) {
            if (!patterns.node().isObject()) {
                throw patterns.error("must be an object mapping regular expressions to schemas.");
            }
            for (String pattern : names(patterns)) {
                object.patterns.add(new ObjectType.Pattern(pattern, build(patterns.child(pattern))));
            }
        }
        SchemaNode additional = node.child("additionalProperties");
        if (additional != null) {
            object.additional = build(additional);
        }
        values(object, node);
    }

    /** The union of an object's pattern and additional types, the value type of the map an object without properties is. */
    void values(ObjectType object, SchemaNode holder) {
        List<TypeUse> values = new ArrayList<>();
        object.patterns.forEach(pattern -> values.add(pattern.type()));
        if (object.additional != null && !(object.additional.complete() && object.additional.type() instanceof NeverType)) {
            values.add(object.additional);
        }
        object.values = values.isEmpty() ? null : values.size() == 1 ? values.get(0) : unions.of(values, holder);
    }

    /**
     * Array keywords: {@code items} with one schema, or a tuple of them. A tuple is a
     * {@link TupleType} (a record) unless its schema says that more elements follow
     * ({@code additionalItems} {@code true} or a schema, and no {@code maxItems} that rules them
     * out): then it is an array of the union of the positions' and the further elements' types, so
     * that reading and writing back loses no element. Without {@code additionalItems} (which
     * allows more elements, though tuples rarely get them) it stays a record, and the place is
     * named as a loosening: elements past the described ones are not kept.
     */
    private ModelType array(SchemaNode node) {
        SchemaNode items = node.child("items");
        if (items != null && items.node().isArray()) {
            List<TypeUse> positions = new ArrayList<>();
            for (int i = 0; i < items.node().size(); i++) {
                positions.add(build(items.child(i)));
            }
            SchemaNode additional = node.child("additionalItems");
            boolean closed = additional != null && additional.node().isBoolean() && !additional.node().asBoolean();
            JsonNode maxItems = node.node().get("maxItems");
            boolean bounded = maxItems != null && maxItems.isIntegralNumber() && maxItems.asLong() <= positions.size();
            if (closed || bounded || additional == null) {
                TupleType tuple = new TupleType(node);
                if (!closed && !bounded) {
                    tuple.loosening = "is a tuple without \"additionalItems\": false, so an array may hold more than"
                            + " its " + positions.size() + " described elements; the record keeps those "
                            + positions.size() + " (add \"additionalItems\": false, or a schema for the further elements"
                            + " to get a list)";
                    loosen(node, tuple.loosening);
                }
                tuple.items.addAll(positions);
                tuple.additional = additional == null ? null : build(additional);
                return tuple;
            }
            List<TypeUse> elements = new ArrayList<>(positions);
            elements.add(build(additional));
            ArrayType open = new ArrayType(node);
            open.items = unions.of(elements, node);
            return open;
        }
        ArrayType array = new ArrayType(node);
        array.items = items != null ? build(items) : TypeUse.of(new AnyType(node, null), true);
        return array;
    }

    // ---------------------------------------------------------------- problems

    /** Records a wrong schema; the place becomes "any value" so that building goes on. */
    TypeUse fail(ContractException error, SchemaNode place) {
        errors.putIfAbsent(error.getMessage(), error);
        return TypeUse.of(new AnyType(place, null), true);
    }

    /** Records a loosening at a place, once. */
    void loosen(SchemaNode place, String reason) {
        if (loosened.add(place.location() + " " + reason)) {
            loosenings.add(new Loosening(place, reason));
        }
    }

    /** "Any value", loosened at a place for a reason. */
    TypeUse loosened(SchemaNode place, String reason) {
        loosen(place, reason);
        return TypeUse.of(new AnyType(place, reason), true);
    }

    private static List<String> names(SchemaNode object) {
        List<String> names = new ArrayList<>();
        object.node().fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String text(SchemaNode node, String keyword) {
        JsonNode value = node.node().get(keyword);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
