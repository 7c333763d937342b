package dev.jsoncontract.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ObjectType.Property;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code allOf}, and the rest of a schema beside its {@code oneOf}/{@code anyOf}: the values both
 * schemas allow.
 * <ul>
 *   <li>objects merge: properties and {@code required} united, a property in both gets the
 *       intersection of its types; when one side only narrows the other (declares no property the
 *       other lacks, no pattern, no typed {@code additionalProperties}: it adds {@code required},
 *       a {@code const} or an {@code enum}), the other side's type is kept as it is, so a named
 *       type is reused;</li>
 *   <li>a union distributes: {@code A and (B or C)} is {@code (A and B) or (A and C)};</li>
 *   <li>scalars of one kind merge (integer and number give integer; a format is kept), an enum
 *       keeps the values the other side allows;</li>
 *   <li>"any value" changes nothing; {@code null} stays allowed only when both allow it;</li>
 *   <li>different kinds (a string and an integer) contradict: an error naming both places.</li>
 * </ul>
 */
final class Intersection {

    /** How many branches a distributed union may have before it is loosened to "any value". */
    static final int MAX_BRANCHES = 64;

    private final ModelBuilder builder;
    /**
     * Every pair of types merged so far, so that a recursive merge (a type whose properties refer
     * back to it, merged with another) ends at the merge being built instead of unrolling forever.
     */
    private final Map<ModelType, Map<ModelType, TypeUse>> merged = new IdentityHashMap<>();

    Intersection(ModelBuilder builder) {
        this.builder = builder;
    }

    /**
     * @param holder the schema whose keywords are being combined; a merged type is declared there
     */
    TypeUse of(TypeUse a, TypeUse b, SchemaNode holder) throws ContractException {
        if (builder.overBudget()) {
            return builder.loosened(holder, ModelBuilder.BUDGET_REASON);
        }
        if (!ModelBuilder.ready(a) || !ModelBuilder.ready(b)) {
            return builder.defer(List.of(a, b), holder, () -> of(a, b, holder));
        }
        if (a.type() == b.type()) {
            return a.withNullable(a.nullable() && b.nullable());
        }
        Map<ModelType, TypeUse> withLeft = merged.computeIfAbsent(a.type(), k -> new IdentityHashMap<>());
        TypeUse known = withLeft.get(b.type());
        if (known != null) {
            return known.complete() ? known.withNullable(a.nullable() && b.nullable()) : known;
        }
        TypeUse pending = TypeUse.pending();
        withLeft.put(b.type(), pending);
        TypeUse result = compute(a, b, holder);
        pending.complete(result);
        builder.combined(result, List.of(a, b), holder, true);
        return result;
    }

    private TypeUse compute(TypeUse a, TypeUse b, SchemaNode holder) throws ContractException {
        boolean nullable = a.nullable() && b.nullable();
        ModelType x = a.type();
        ModelType y = b.type();
        if (x instanceof AnyType) {
            return b.withNullable(nullable);
        }
        if (y instanceof AnyType) {
            return a.withNullable(nullable);
        }
        if (x instanceof NeverType) {
            return a;
        }
        if (y instanceof NeverType) {
            return b;
        }
        if (x instanceof NullType || y instanceof NullType) {
            if ((x instanceof NullType || a.nullable()) && (y instanceof NullType || b.nullable())) {
                return TypeUse.of(new NullType(holder), true);
            }
            throw contradiction(holder, x, y);
        }
        if (x instanceof UnionType union) {
            return distribute(union, a.nullable(), b, true, holder);
        }
        if (y instanceof UnionType union) {
            return distribute(union, b.nullable(), a, false, holder);
        }
        if (x instanceof ObjectType left && y instanceof ObjectType right) {
            return TypeUse.of(objects(left, right, holder), nullable);
        }
        if (x instanceof ArrayType left && y instanceof ArrayType right) {
            if (left.items().complete() && right.items().complete() && right.items().type() instanceof AnyType) {
                return a.withNullable(nullable);
            }
            if (left.items().complete() && left.items().type() instanceof AnyType) {
                return b.withNullable(nullable);
            }
            int derivation = ModelBuilder.derivation(left, right);
            if (derivation > ModelBuilder.MAX_DERIVATION) {
                return builder.loosened(holder, ModelBuilder.DERIVATION_REASON);
            }
            ArrayType merged = new ArrayType(holder);
            merged.derivation = derivation;
            merged.items = of(left.items(), right.items(), holder);
            return TypeUse.of(merged, nullable);
        }
        if (x instanceof TupleType || y instanceof TupleType) {
            if (x.kind() == JsonKind.ARRAY && y.kind() == JsonKind.ARRAY) {
                return TypeUse.of(tuples(x, y, holder), nullable);
            }
            throw contradiction(holder, x, y);
        }
        if (x instanceof EnumType || y instanceof EnumType) {
            return enums(x, y, holder, nullable);
        }
        if (x instanceof ScalarType left && y instanceof ScalarType right) {
            JsonKind kind = commonKind(left.kind(), right.kind());
            if (kind == null) {
                throw contradiction(holder, x, y);
            }
            if (kind == left.kind() && (left.format() != null || right.format() == null)) {
                return a.withNullable(nullable);
            }
            if (kind == right.kind()) {
                return b.withNullable(nullable);
            }
            return TypeUse.of(new ScalarType(holder, kind, left.format() != null ? left.format() : right.format()), nullable);
        }
        throw contradiction(holder, x, y);
    }

    /** {@code unionFirst}: whether the union's properties come first in the merged branches. */
    private TypeUse distribute(UnionType union, boolean unionNullable, TypeUse other, boolean unionFirst,
            SchemaNode holder) throws ContractException {
        List<TypeUse> branches = new ArrayList<>();
        List<ContractException> contradictions = new ArrayList<>();
        for (ModelType branch : union.branches()) {
            try {
                TypeUse one = TypeUse.of(branch, false);
                TypeUse rest = other.withNullable(false);
                branches.add(unionFirst ? of(one, rest, branch.schema()) : of(rest, one, branch.schema()));
            } catch (ContractException e) {
                contradictions.add(e);
            }
        }
        boolean nullable = unionNullable && other.nullable();
        if (branches.isEmpty()) {
            if (nullable) {
                return TypeUse.of(new NullType(holder), true);
            }
            throw contradictions.get(0);
        }
        if (branches.size() > MAX_BRANCHES) {
            return builder.loosened(holder, "combining its allOf, oneOf and anyOf gives more than " + MAX_BRANCHES
                    + " cases");
        }
        return builder.unions().of(branches, holder).withNullable(nullable);
    }

    /** Two objects: one narrowing the other is the other; else a new object at {@code holder}. */
    private ModelType objects(ObjectType left, ObjectType right, SchemaNode holder) throws ContractException {
        left.fill();
        right.fill();
        if (isNamed(left.schema()) && onlyNarrows(right, left)) {
            return left;
        }
        if (isNamed(right.schema()) && onlyNarrows(left, right)) {
            return right;
        }
        if (!left.schema().equals(holder) && onlyAdds(right, left)) {
            return left;
        }
        if (!right.schema().equals(holder) && onlyAdds(left, right)) {
            return right;
        }
        int derivation = ModelBuilder.derivation(left, right);
        if (derivation > ModelBuilder.MAX_DERIVATION) {
            return builder.loosenedType(holder, ModelBuilder.DERIVATION_REASON);
        }
        ObjectType merged = new ObjectType(holder);
        merged.derivation = derivation;
        merged.required.addAll(left.required);
        merged.required.addAll(right.required);
        for (Property property : left.properties) {
            Property other = right.property(property.name()).orElse(null);
            TypeUse type = other == null ? property.type() : of(property.type(), other.type(), property.schema());
            if (type.complete() && type.type() instanceof NeverType) {
                continue;
            }
            merged.properties.add(new Property(property.name(), type, merged.required.contains(property.name()),
                    property.schema()));
        }
        for (Property property : right.properties) {
            if (left.property(property.name()).isEmpty()) {
                merged.properties.add(new Property(property.name(), property.type(),
                        merged.required.contains(property.name()), property.schema()));
            }
        }
        merged.patterns.addAll(left.patterns);
        merged.patterns.addAll(right.patterns);
        if (left.additional == null) {
            merged.additional = right.additional;
        } else if (right.additional == null) {
            merged.additional = left.additional;
        } else {
            merged.additional = of(left.additional, right.additional, holder);
        }
        builder.values(merged, holder);
        return merged;
    }

    /**
     * Whether a schema names a type of its own: a document's root, a {@code definitions} (or
     * {@code $defs}) entry, or a schema with a {@code title}.
     */
    static boolean isNamed(SchemaNode schema) {
        String pointer = schema.pointer();
        if (pointer.isEmpty()) {
            return true;
        }
        JsonNode title = schema.node().isObject() ? schema.node().get("title") : null;
        if (title != null && title.isTextual() && !title.asText().isBlank()) {
            return true;
        }
        for (String container : List.of("/definitions/", "/$defs/")) {
            if (pointer.startsWith(container) && pointer.indexOf('/', container.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code other} says nothing about the shape at all (an object with no properties, no
     * patterns, no required names and no typed additional properties), so that {@code base} is the
     * merge as it is.
     */
    private static boolean onlyAdds(ObjectType other, ObjectType base) {
        return other.properties.isEmpty() && other.required.isEmpty() && onlyNarrows(other, base);
    }

    /** How deep {@link #onlyNarrows} compares the properties of properties; below that they are taken to narrow. */
    static final int MAX_NARROWING_DEPTH = 16;

    /**
     * Whether {@code narrowing} adds nothing to {@code base}'s shape: every property it declares
     * {@code base} declares too, with a type that adds no member to the base property's (compared
     * {@value #MAX_NARROWING_DEPTH} levels deep), and it has no pattern and no typed
     * {@code additionalProperties}.
     */
    private static boolean onlyNarrows(ObjectType narrowing, ObjectType base) {
        return onlyNarrows(narrowing, base, 0);
    }

    private static boolean onlyNarrows(ObjectType narrowing, ObjectType base, int depth) {
        if (!narrowing.patterns.isEmpty()) {
            return false;
        }
        if (narrowing.additional != null && !(narrowing.additional.complete()
                && (narrowing.additional.type() instanceof AnyType || narrowing.additional.type() instanceof NeverType))) {
            return false;
        }
        for (Property property : narrowing.properties) {
            Property same = base.property(property.name()).orElse(null);
            if (same == null || !narrowsType(property.type(), same.type(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a property's type in a narrowing schema adds no member to the type the base declares
     * there: a scalar, an enum, "any value" or the same type add none; an object adds none when it
     * only narrows the base's object (or declares nothing); an array when its items add none. A type
     * not known yet (a recursive one) is taken to narrow, as below {@value #MAX_NARROWING_DEPTH} levels.
     */
    private static boolean narrowsType(TypeUse narrowing, TypeUse base, int depth) {
        if (depth > MAX_NARROWING_DEPTH || !ModelBuilder.ready(narrowing) || !ModelBuilder.ready(base)) {
            return true;
        }
        ModelType n = narrowing.type();
        ModelType b = base.type();
        if (n == b) {
            return true;
        }
        if (n instanceof ObjectType object) {
            object.fill();
            if (b instanceof ObjectType other) {
                other.fill();
                return object.filling() || other.filling() || onlyNarrows(object, other, depth);
            }
            return object.properties.isEmpty() && object.patterns.isEmpty() && object.additional == null;
        }
        if (n instanceof ArrayType array) {
            if (b instanceof ArrayType other) {
                return narrowsType(array.items(), other.items(), depth + 1);
            }
            return array.items().complete() && array.items().type() instanceof AnyType;
        }
        return !(n instanceof TupleType || n instanceof UnionType);
    }

    private ModelType tuples(ModelType x, ModelType y, SchemaNode holder) throws ContractException {
        int derivation = ModelBuilder.derivation(x, y);
        if (derivation > ModelBuilder.MAX_DERIVATION) {
            return builder.loosenedType(holder, ModelBuilder.DERIVATION_REASON);
        }
        TupleType merged = new TupleType(holder);
        merged.derivation = derivation;
        TupleType left = x instanceof TupleType tuple ? tuple : null;
        TupleType right = y instanceof TupleType tuple ? tuple : null;
        TupleType longer = left == null ? right : right == null ? left
                : left.items.size() >= right.items.size() ? left : right;
        for (int i = 0; i < longer.items.size(); i++) {
            TypeUse l = elementAt(x, i);
            TypeUse r = elementAt(y, i);
            merged.items.add(l == null ? r : r == null ? l : of(l, r, holder));
        }
        merged.additional = longer.additional;
        return merged;
    }

    private static TypeUse elementAt(ModelType array, int index) {
        if (array instanceof ArrayType list) {
            return list.items();
        }
        TupleType tuple = (TupleType) array;
        return index < tuple.items.size() ? tuple.items.get(index) : tuple.additional;
    }

    private TypeUse enums(ModelType x, ModelType y, SchemaNode holder, boolean nullable) throws ContractException {
        EnumType left = x instanceof EnumType e ? e : null;
        EnumType right = y instanceof EnumType e ? e : null;
        if (left != null && right != null) {
            List<JsonNode> common = new ArrayList<>();
            for (JsonNode value : left.values()) {
                if (right.values().stream().anyMatch(other -> same(value, other))) {
                    common.add(value);
                }
            }
            if (common.isEmpty()) {
                throw holder.error("allows no value: " + left.schema().location() + " allows only "
                        + left.values() + " and " + right.schema().location() + " only " + right.values()
                        + ". Make the two lists share the values that are meant.");
            }
            if (common.size() == left.values().size()) {
                return TypeUse.of(left, nullable);
            }
            if (common.size() == right.values().size()) {
                return TypeUse.of(right, nullable);
            }
            return TypeUse.of(new EnumType(holder, left.kind(), common), nullable);
        }
        EnumType values = left != null ? left : right;
        ModelType other = left != null ? y : x;
        if (!(other instanceof ScalarType) || commonKind(values.kind(), other.kind()) == null) {
            throw contradiction(holder, x, y);
        }
        return TypeUse.of(values, nullable);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static JsonKind commonKind(JsonKind a, JsonKind b) {
        if (a == b) {
            return a;
        }
        if ((a == JsonKind.INTEGER && b == JsonKind.NUMBER) || (a == JsonKind.NUMBER && b == JsonKind.INTEGER)) {
            return JsonKind.INTEGER;
        }
        return null;
    }

    private static ContractException contradiction(SchemaNode holder, ModelType x, ModelType y) {
        return holder.error("allows no value: " + describe(x) + " and " + describe(y) + " contradict each other."
                + " Fix one of them so that the schemas combined here (allOf, or the keywords beside oneOf/anyOf)"
                + " describe the same kind of value.");
    }

    private static String describe(ModelType type) {
        String kind = type.kind() == null ? "any value" : type.kind().schemaName();
        return kind + " (" + type.schema().location() + ")";
    }
}
