package dev.jsoncontract.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ObjectType.Property;
import dev.jsoncontract.contract.model.UnionType.Discrimination;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code oneOf}, {@code anyOf}, several {@code type}s, an {@code enum} of several kinds: one rule
 * for all unions.
 * <ol>
 *   <li>{@code null} branches are removed and make the use nullable; nested unions are flattened;
 *       a branch that allows any value makes the union any value; the same type twice counts once.</li>
 *   <li>Branches of one scalar kind merge: strings (with or without a format, enums of strings)
 *       give a string (an enum when every branch is an enum); integers and numbers alone give a
 *       number, beside other kinds they stay apart.</li>
 *   <li>Several arrays give an array of the union of their elements.</li>
 *   <li>Several objects stay apart when they can be told apart: by a tag (every branch requires
 *       one property with one string value, different in each, as in {@code "role": {"const":
 *       "user"}}), else by their properties (every branch requires a property no other branch
 *       declares). Objects that cannot be told apart merge into one object with the properties of
 *       all (required only where every branch requires them), which is named as a loosening
 *       unless the branches declare the same properties anyway (the "one of these is required"
 *       idiom).</li>
 *   <li>What remains is one type, or a union told apart by JSON kind.</li>
 * </ol>
 */
final class Unions {

    private final ModelBuilder builder;
    /**
     * Every union normalized so far, by its branches (compared by identity), so that the union of
     * recursive types (objects whose properties hold the union again) ends at the union being
     * built instead of unrolling forever.
     */
    private final Map<Branches, TypeUse> normalized = new java.util.HashMap<>();
    /** Every set of objects merged into one so far, so that merging recursive objects ends. */
    private final Map<Branches, ObjectType> mergedObjects = new java.util.HashMap<>();

    /** A list of types compared by identity, in order. */
    private record Branches(List<ModelType> types) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Branches that) || that.types.size() != types.size()) {
                return false;
            }
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) != that.types.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (ModelType type : types) {
                hash = hash * 31 + System.identityHashCode(type);
            }
            return hash;
        }
    }

    Unions(ModelBuilder builder) {
        this.builder = builder;
    }

    /** The normalized union of {@code branches}, declared at {@code holder}. */
    TypeUse of(List<TypeUse> branches, SchemaNode holder) {
        if (builder.overBudget()) {
            return builder.loosened(holder, ModelBuilder.BUDGET_REASON);
        }
        if (!branches.stream().allMatch(Unions::ready)) {
            return builder.defer(branches, holder, () -> of(branches, holder));
        }
        boolean nullable = false;
        List<ModelType> flat = new ArrayList<>();
        Set<ModelType> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypeUse branch : branches) {
            nullable |= branch.nullable();
            ModelType type = branch.type();
            if (type instanceof AnyType) {
                return TypeUse.of(type, true);
            }
            List<ModelType> parts = type instanceof UnionType union && union.discrimination() == Discrimination.KIND
                    ? union.branches() : List.of(type);
            for (ModelType part : parts) {
                if (part instanceof NullType) {
                    nullable = true;
                } else if (!(part instanceof NeverType) && seen.add(part)) {
                    flat.add(part);
                }
            }
        }
        if (flat.isEmpty()) {
            return nullable ? TypeUse.of(new NullType(holder), true) : TypeUse.of(new NeverType(holder), false);
        }
        Branches key = new Branches(List.copyOf(flat));
        TypeUse known = normalized.get(key);
        if (known != null) {
            return known.complete() ? known.withNullable(nullable || known.nullable()) : known;
        }
        TypeUse pending = TypeUse.pending();
        normalized.put(key, pending);
        TypeUse result = normalize(flat, holder);
        pending.complete(result);
        return result.withNullable(nullable || result.nullable());
    }

    /** Whether a branch can be read now: {@link ModelBuilder#ready}, and so is every branch of a union of kinds it is. */
    private static boolean ready(TypeUse branch) {
        if (!ModelBuilder.ready(branch)) {
            return false;
        }
        if (branch.type() instanceof UnionType union) {
            for (ModelType part : union.branches()) {
                if (part instanceof ObjectType object && object.filling()) {
                    return false;
                }
            }
        }
        return true;
    }

    private TypeUse normalize(List<ModelType> flat, SchemaNode holder) {
        Map<JsonKind, List<ModelType>> byKind = new LinkedHashMap<>();
        // integers and numbers alone merge into a number; beside other kinds they stay apart, so that
        // an integer is read (and written back) as an integer
        boolean numbers = flat.stream().anyMatch(t -> t.kind() == JsonKind.NUMBER)
                && flat.stream().allMatch(t -> t.kind() == JsonKind.NUMBER || t.kind() == JsonKind.INTEGER);
        for (ModelType type : flat) {
            JsonKind kind = type.kind() == JsonKind.INTEGER && numbers ? JsonKind.NUMBER : type.kind();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(type);
        }
        List<ModelType> merged = new ArrayList<>();
        for (Map.Entry<JsonKind, List<ModelType>> group : byKind.entrySet()) {
            List<ModelType> types = group.getValue();
            if (types.size() == 1) {
                merged.add(types.get(0));
                continue;
            }
            ModelType one = switch (group.getKey()) {
                case OBJECT -> objects(types, holder);
                case ARRAY -> arrays(types, holder);
                default -> scalars(group.getKey(), types, holder);
            };
            if (!(one instanceof UnionType)) {
                builder.combined(TypeUse.of(one, false), types.stream().map(t -> TypeUse.of(t, false)).toList(), holder,
                        false);
            }
            merged.add(one);
        }
        for (ModelType type : merged) {
            if (type instanceof AnyType) {
                return TypeUse.of(type, true);
            }
        }
        if (merged.size() == 1) {
            return TypeUse.of(merged.get(0), false);
        }
        return TypeUse.of(new UnionType(holder, Discrimination.KIND, merged, null, null), false);
    }

    /** Strings, integers, numbers or booleans: one scalar (an enum when every branch is one). */
    private static ModelType scalars(JsonKind kind, List<ModelType> types, SchemaNode holder) {
        if (types.stream().allMatch(t -> t instanceof EnumType)) {
            List<JsonNode> values = new ArrayList<>();
            for (ModelType type : types) {
                for (JsonNode value : ((EnumType) type).values()) {
                    if (!values.contains(value)) {
                        values.add(value);
                    }
                }
            }
            return new EnumType(holder, kind, values);
        }
        Set<String> formats = new LinkedHashSet<>();
        for (ModelType type : types) {
            formats.add(type instanceof ScalarType scalar ? scalar.format() : null);
        }
        String format = formats.size() == 1 ? formats.iterator().next() : null;
        for (ModelType type : types) {
            if (type instanceof ScalarType scalar && scalar.kind() == kind && java.util.Objects.equals(scalar.format(), format)) {
                return scalar;
            }
        }
        return new ScalarType(holder, kind, format);
    }

    /** Several arrays: an array of the union of their elements. */
    private ModelType arrays(List<ModelType> types, SchemaNode holder) {
        List<TypeUse> elements = new ArrayList<>();
        for (ModelType type : types) {
            if (type instanceof ArrayType array) {
                elements.add(array.items());
            } else {
                TupleType tuple = (TupleType) type;
                elements.addAll(tuple.items());
                if (tuple.additional() != null) {
                    elements.add(tuple.additional());
                }
            }
        }
        int derivation = ModelBuilder.derivation(types.toArray(ModelType[]::new));
        if (derivation > ModelBuilder.MAX_DERIVATION) {
            return builder.loosenedType(holder, ModelBuilder.DERIVATION_REASON);
        }
        ArrayType array = new ArrayType(holder);
        array.derivation = derivation;
        array.items = elements.isEmpty() ? TypeUse.of(new AnyType(holder, null), true) : of(elements, holder);
        return array;
    }

    /** Several objects: told apart by a tag, else by their properties, else merged into one. */
    private ModelType objects(List<ModelType> types, SchemaNode holder) {
        List<ObjectType> objects = new ArrayList<>();
        for (ModelType type : types) {
            if (type instanceof ObjectType object) {
                objects.add(object);
            } else {
                for (ModelType branch : ((UnionType) type).branches()) {
                    objects.add((ObjectType) branch);
                }
            }
        }
        Set<ObjectType> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        objects.removeIf(object -> !distinct.add(object));
        if (objects.size() == 1) {
            return objects.get(0);
        }
        List<String> tagValues = new ArrayList<>();
        String tag = tag(objects, tagValues);
        if (tag != null) {
            return new UnionType(holder, Discrimination.TAG, List.copyOf(objects), tag, tagValues);
        }
        if (deducible(objects)) {
            return new UnionType(holder, Discrimination.PROPERTIES, List.copyOf(objects), null, null);
        }
        return merge(objects, holder);
    }

    /**
     * The tag: the first property of the first branch that every branch requires with a single
     * string value, different in each branch.
     */
    static String tag(List<ObjectType> branches, List<String> values) {
        for (Property candidate : branches.get(0).properties()) {
            List<String> found = new ArrayList<>();
            for (ObjectType branch : branches) {
                String value = branch.property(candidate.name())
                        .filter(Property::required)
                        .map(property -> single(property.type()))
                        .orElse(null);
                if (value == null) {
                    break;
                }
                found.add(value);
            }
            if (found.size() == branches.size() && new HashSet<>(found).size() == found.size()) {
                values.addAll(found);
                return candidate.name();
            }
        }
        return null;
    }

    private static String single(TypeUse type) {
        if (type.complete() && type.type() instanceof EnumType values && values.kind() == JsonKind.STRING
                && values.values().size() == 1) {
            return values.values().get(0).asText();
        }
        return null;
    }

    /** Whether every branch requires a property that no other branch declares. */
    private static boolean deducible(List<ObjectType> branches) {
        for (ObjectType branch : branches) {
            boolean unique = false;
            for (Property property : branch.properties()) {
                if (property.required() && branches.stream()
                        .filter(other -> other != branch)
                        .noneMatch(other -> other.property(property.name()).isPresent() || other.additional() != null
                                && !(other.additional().complete() && other.additional().type() instanceof NeverType))) {
                    unique = true;
                    break;
                }
            }
            if (!unique) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds to {@code types} what {@code branch} allows for a member {@code name} it does not
     * declare: the types of the patterns it matches, else the {@code additionalProperties} type
     * ({@code false} adds nothing).
     *
     * @return whether the branch allows any value there (no pattern matches, and
     *     {@code additionalProperties} is absent, {@code true} or {@code {}})
     */
    private static boolean undeclared(ObjectType branch, String name, List<TypeUse> types) {
        boolean matched = false;
        boolean free = false;
        for (ObjectType.Pattern pattern : branch.patterns()) {
            if (Patterns.find(pattern.pattern(), name)) {
                matched = true;
                free |= addUnlessFree(pattern.type(), types);
            }
        }
        if (matched) {
            return free;
        }
        return branch.additional() == null || addUnlessFree(branch.additional(), types);
    }

    /** Adds {@code use} to {@code types} unless it allows any value ({@code true}, {@code {}}); returns whether it does. */
    private static boolean addUnlessFree(TypeUse use, List<TypeUse> types) {
        if (use.complete() && use.type() instanceof AnyType any && any.loosening() == null) {
            return true;
        }
        types.add(use);
        return false;
    }

    /**
     * One object with the properties of all branches; required only where every branch requires
     * them. A property some branches do not declare has the union of the declared types and what
     * the other branches allow there, so that every value one of the branches accepts is read.
     */
    private ModelType merge(List<ObjectType> branches, SchemaNode holder) {
        Branches key = new Branches(List.copyOf(branches));
        ObjectType known = mergedObjects.get(key);
        if (known != null) {
            return known;
        }
        int derivation = ModelBuilder.derivation(branches.toArray(ModelType[]::new));
        if (derivation > ModelBuilder.MAX_DERIVATION) {
            return builder.loosenedType(holder, ModelBuilder.DERIVATION_REASON);
        }
        ObjectType merged = new ObjectType(holder);
        merged.derivation = derivation;
        mergedObjects.put(key, merged);
        Map<String, List<Property>> byName = new LinkedHashMap<>();
        Set<Set<String>> shapes = new HashSet<>();
        for (ObjectType branch : branches) {
            Set<String> names = new HashSet<>();
            for (Property property : branch.properties()) {
                byName.computeIfAbsent(property.name(), k -> new ArrayList<>()).add(property);
                names.add(property.name());
            }
            shapes.add(names);
            merged.patterns.addAll(branch.patterns());
        }
        for (Map.Entry<String, List<Property>> entry : byName.entrySet()) {
            String name = entry.getKey();
            boolean required = branches.stream().allMatch(branch -> branch.required().contains(name)
                    && branch.property(name).isPresent());
            if (required) {
                merged.required.add(name);
            }
            List<TypeUse> types = new ArrayList<>(entry.getValue().stream().map(Property::type).toList());
            boolean anyValue = false;
            for (ObjectType branch : branches) {
                if (branch.property(name).isEmpty()) {
                    // a branch that does not declare the member takes what its patterns or
                    // additionalProperties allow there: the merged type must read that too
                    anyValue |= undeclared(branch, name, types);
                }
            }
            SchemaNode at = entry.getValue().get(0).schema();
            if (anyValue) {
                // a branch leaves the member free: a listed value (an enum, a const) is widened to its
                // kind, so that values other branches allow read and write back ("kind": "template"
                // beside a branch whose kind is the const "signature"); keeping the kind keeps the
                // type useful, and a value of another kind fails to read rather than being dropped
                types = types.stream().map(use -> use.complete() && use.type() instanceof EnumType values
                        ? TypeUse.of(new ScalarType(values.schema(), values.kind(), null), use.nullable()) : use)
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            }
            TypeUse type = types.size() == 1 ? types.get(0) : of(types, at);
            merged.properties.add(new Property(name, type, required, entry.getValue().get(0).schema()));
        }
        List<TypeUse> additional = new ArrayList<>();
        for (ObjectType branch : branches) {
            if (branch.additional() == null) {
                additional = null;
                break;
            }
            additional.add(branch.additional());
        }
        merged.additional = additional == null ? null : of(additional, holder);
        builder.values(merged, holder);
        if (shapes.size() > 1) {
            merged.loosening = "is a union of objects that cannot be told apart (no tag property, and not every"
                    + " branch requires a property of its own); mapped to one type with the properties of all "
                    + branches.size() + " branches";
            builder.loosen(holder, merged.loosening);
        }
        return merged;
    }
}
