package dev.jsoncontract.testgen;

import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ArrayType;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.contract.model.EnumType;
import dev.jsoncontract.contract.model.JsonKind;
import dev.jsoncontract.contract.model.ModelType;
import dev.jsoncontract.contract.model.ObjectType;
import dev.jsoncontract.contract.model.ScalarType;
import dev.jsoncontract.contract.model.TypeUse;
import dev.jsoncontract.contract.model.UnionType;
import dev.jsoncontract.testgen.Place.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the table of {@link Place}s from a response schema's type in the contract model: one
 * entry per place a response can have, in schema order, generic over any contract, so that the
 * generated tests compare by the same reading of the contract the generated types come from. A
 * type reached a second time (a shared definition, or recursion) becomes a {@link Kind#SAME} entry
 * pointing at the first place, so the table is finite.
 */
final class ContractPlaces {

    private final List<Place> places = new ArrayList<>();
    /** Model type → the pattern it was first described at. */
    private final Map<ModelType, String> described = new IdentityHashMap<>();

    private ContractPlaces() {
    }

    /**
     * @param model the contract model
     * @param response the response schema of the operation
     * @return the places, the whole body ({@code ""}) first, then depth first in schema order
     */
    static List<Place> derive(ContractModel model, SchemaNode response) {
        ContractPlaces derivation = new ContractPlaces();
        derivation.describe(model.type(response), "");
        return List.copyOf(derivation.places);
    }

    private void describe(TypeUse use, String pattern) {
        boolean nullable = use.nullable();
        ModelType type = use.complete() ? use.type() : null;
        if (type == null) {
            places.add(Place.value(pattern, Kind.ANY, true));
            return;
        }
        String earlier = described.get(type);
        if (earlier != null) {
            places.add(new Place(pattern, Kind.SAME, nullable, List.of(), List.of(), null, List.of(), null, earlier));
            return;
        }
        if (type instanceof ObjectType object) {
            describeObject(object, pattern, nullable);
        } else if (type instanceof ArrayType array) {
            described.put(type, pattern);
            places.add(Place.value(pattern, Kind.ARRAY, nullable));
            describe(array.items(), pattern + "/*");
        } else if (type instanceof UnionType union && union.discrimination() == UnionType.Discrimination.TAG) {
            describeUnion(union, pattern, nullable);
        } else if (type instanceof UnionType union && union.discrimination() == UnionType.Discrimination.PROPERTIES) {
            describeDeduced(union, pattern, nullable);
        } else if (type instanceof UnionType union && union.discrimination() == UnionType.Discrimination.KIND) {
            describeKinds(union, pattern, nullable);
        } else if (type instanceof EnumType values) {
            if (values.kind() == JsonKind.STRING) {
                described.put(type, pattern);
                places.add(new Place(pattern, Kind.ENUM, nullable, List.of(), List.of(), null, values.strings(),
                        label(pattern), null));
            } else {
                places.add(Place.value(pattern, scalarKind(values.kind(), null), nullable));
            }
        } else if (type instanceof ScalarType scalar) {
            places.add(Place.value(pattern, scalarKind(scalar.kind(), scalar.format()), nullable));
        } else {
            places.add(Place.value(pattern, Kind.ANY, nullable));
        }
    }

    private void describeObject(ObjectType object, String pattern, boolean nullable) {
        if (!object.properties().isEmpty()) {
            described.put(object, pattern);
            List<String> names = object.properties().stream().map(ObjectType.Property::name).toList();
            List<String> required = object.properties().stream().filter(ObjectType.Property::required)
                    .map(ObjectType.Property::name).toList();
            places.add(new Place(pattern, Kind.OBJECT, nullable, required, names, null, List.of(), null, null));
            for (ObjectType.Property property : object.properties()) {
                describe(property.type(), pattern + "/" + SchemaNode.escape(property.name()));
            }
            return;
        }
        TypeUse values = object.values();
        if (values != null && values.complete() && !(values.type() instanceof dev.jsoncontract.contract.model.AnyType)) {
            described.put(object, pattern);
            places.add(Place.value(pattern, Kind.MAP, nullable));
            describe(values, pattern + "/*");
            return;
        }
        places.add(Place.value(pattern, Kind.ANY, nullable));
    }

    private void describeUnion(UnionType union, String pattern, boolean nullable) {
        described.put(union, pattern);
        places.add(new Place(pattern, Kind.UNION, nullable, List.of(), List.of(), union.tag(), union.tagValues(),
                label(pattern) + "." + union.tag(), null));
        for (int i = 0; i < union.branches().size(); i++) {
            describe(TypeUse.of(union.branches().get(i), false), branch(pattern, union.tag(), union.tagValues().get(i)));
        }
    }

    /**
     * A union told apart by the properties present: one object with the properties of every
     * branch (each value is read into the branch that declares what it holds).
     */
    private void describeDeduced(UnionType union, String pattern, boolean nullable) {
        described.put(union, pattern);
        Set<String> names = new LinkedHashSet<>();
        for (ModelType branch : union.branches()) {
            ((ObjectType) branch).properties().forEach(p -> names.add(p.name()));
        }
        places.add(new Place(pattern, Kind.OBJECT, nullable, List.of(), List.copyOf(names), null, List.of(), null, null));
        for (String name : names) {
            List<TypeUse> types = new ArrayList<>();
            for (ModelType branch : union.branches()) {
                ((ObjectType) branch).property(name).ifPresent(p -> types.add(p.type()));
            }
            if (types.size() == 1) {
                describe(types.get(0), pattern + "/" + SchemaNode.escape(name));
            } else {
                places.add(Place.value(pattern + "/" + SchemaNode.escape(name), Kind.ANY, true));
            }
        }
    }

    /**
     * A union of JSON kinds ({@code string | string[]}): each branch is described at
     * {@code pattern{kind=array}}, so that a value is compared as its kind's branch says (an
     * object's undescribed properties are noted, a number is compared by value).
     */
    private void describeKinds(UnionType union, String pattern, boolean nullable) {
        described.put(union, pattern);
        List<String> kinds = union.branches().stream().map(branch -> kindName(branch.kind())).toList();
        places.add(new Place(pattern, Kind.KINDS, nullable, List.of(), List.of(), null, kinds, null, null));
        for (ModelType branch : union.branches()) {
            describe(TypeUse.of(branch, false), branch(pattern, "kind", kindName(branch.kind())));
        }
    }

    /** The name the support code gives a JSON kind: {@code object}, {@code integer}, ... */
    private static String kindName(JsonKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Kind scalarKind(JsonKind kind, String format) {
        return switch (kind) {
            case INTEGER -> Kind.INTEGER;
            case NUMBER -> Kind.NUMBER;
            case BOOLEAN -> Kind.BOOLEAN;
            case STRING -> switch (format == null ? "" : format) {
                case "date-time" -> Kind.DATE_TIME;
                case "date" -> Kind.DATE;
                case "uuid" -> Kind.UUID;
                default -> Kind.STRING;
            };
            default -> Kind.ANY;
        };
    }

    /** The pattern of a union's branch: {@code /*}{@code /messages/*{role=user}}. */
    static String branch(String pattern, String discriminator, String value) {
        return pattern + "{" + discriminator + "=" + value + "}";
    }

    /**
     * How coverage lines name a place: the property path without array indexes, {@code []} for
     * arrays, the branch in brackets: {@code /*}{@code /messages/*{role=user}/x} →
     * {@code messages[role=user].x}; the body's items are {@code item}.
     */
    static String label(String pattern) {
        if (pattern.isEmpty()) {
            return "response body";
        }
        List<String> parts = new ArrayList<>();
        for (String raw : pattern.substring(1).split("/", -1)) {
            String token = raw;
            String branch = "";
            int brace = raw.indexOf('{');
            if (raw.startsWith("*") && brace == 1 && raw.endsWith("}")) {
                token = "*";
                branch = raw.substring(2, raw.length() - 1);
            }
            if (token.equals("*")) {
                String marker = "[" + branch + "]";
                if (parts.isEmpty()) {
                    parts.add(branch.isEmpty() ? "" : marker);
                } else {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + marker);
                }
            } else {
                parts.add(SchemaNode.unescape(token));
            }
        }
        if (parts.get(0).isEmpty()) {
            parts.remove(0);
        }
        return parts.isEmpty() ? "item" : String.join(".", parts);
    }

}
