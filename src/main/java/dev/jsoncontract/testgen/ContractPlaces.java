package dev.jsoncontract.testgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.codegen.model.Discriminators;
import dev.jsoncontract.codegen.model.Nullability;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import dev.jsoncontract.testgen.Place.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the table of {@link Place}s from a response schema: one entry per place a response can
 * have, in schema order, generic over any contract. A schema reached a second time (a shared
 * definition, or recursion through {@code $ref}) becomes a {@link Kind#SAME} entry pointing at the
 * first place, so the table is finite.
 */
final class ContractPlaces {

    private static final int MAX_REFERENCE_HOPS = 64;

    private final SchemaRegistry registry;
    private final List<Place> places = new ArrayList<>();
    /** Schema place (file#pointer) → the pattern it was first described at. */
    private final Map<String, String> described = new HashMap<>();

    private ContractPlaces(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param registry resolves {@code $ref}s
     * @param response the response schema of the operation
     * @return the places, the whole body ({@code ""}) first, then depth first in schema order
     * @throws ContractException when a reference cannot be resolved
     */
    static List<Place> derive(SchemaRegistry registry, SchemaNode response) throws ContractException {
        ContractPlaces derivation = new ContractPlaces(registry);
        derivation.describe(response, "", false);
        return List.copyOf(derivation.places);
    }

    private void describe(SchemaNode schema, String pattern, boolean nullable) throws ContractException {
        SchemaNode node = follow(schema);
        JsonNode json = node.node();
        if (!json.isObject()) {
            places.add(Place.value(pattern, Kind.ANY, true));
            return;
        }
        SchemaNode nonNull = nullableUnionBranch(node);
        if (nonNull != null) {
            describe(nonNull, pattern, true);
            return;
        }
        nullable |= Nullability.allowsNull(json);
        String key = node.file().location() + "#" + node.pointer();
        String earlier = described.get(key);
        if (earlier != null) {
            places.add(new Place(pattern, Kind.SAME, nullable, List.of(), List.of(), null, List.of(), null, earlier));
            return;
        }
        String union = json.has("oneOf") ? "oneOf" : json.has("anyOf") ? "anyOf" : null;
        if (union != null) {
            describeUnion(node, node.child(union), pattern, nullable, key);
            return;
        }
        Set<String> types = types(json);
        JsonNode values = json.get("enum");
        if (values != null && values.isArray()) {
            describeEnum(values, pattern, nullable, key);
            return;
        }
        JsonNode constant = json.get("const");
        if (constant != null && !constant.isNull()) {
            places.add(constant.isTextual()
                    ? new Place(pattern, Kind.ENUM, nullable, List.of(), List.of(), null, List.of(constant.asText()),
                            label(pattern), null)
                    : Place.value(pattern, kindOfValue(constant), nullable));
            return;
        }
        String type = types.size() == 1 ? types.iterator().next() : types.isEmpty() ? inferred(json) : null;
        if (type == null) {
            places.add(Place.value(pattern, Kind.ANY, nullable));
            return;
        }
        switch (type) {
            case "object" -> describeObject(node, pattern, nullable, key);
            case "array" -> {
                described.put(key, pattern);
                places.add(Place.value(pattern, Kind.ARRAY, nullable));
                SchemaNode items = node.child("items");
                if (items == null || !items.node().isObject()) {
                    places.add(Place.value(pattern + "/*", Kind.ANY, true));
                } else {
                    describe(items, pattern + "/*", false);
                }
            }
            case "string" -> places.add(Place.value(pattern, stringKind(json), nullable));
            case "integer" -> places.add(Place.value(pattern, Kind.INTEGER, nullable));
            case "number" -> places.add(Place.value(pattern, Kind.NUMBER, nullable));
            case "boolean" -> places.add(Place.value(pattern, Kind.BOOLEAN, nullable));
            default -> places.add(Place.value(pattern, Kind.ANY, nullable));
        }
    }

    private void describeObject(SchemaNode node, String pattern, boolean nullable, String key)
            throws ContractException {
        SchemaNode properties = node.child("properties");
        if (properties != null && properties.node().isObject() && properties.node().size() > 0) {
            described.put(key, pattern);
            List<String> names = new ArrayList<>();
            properties.node().fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            JsonNode requiredNode = node.node().get("required");
            if (requiredNode != null && requiredNode.isArray()) {
                requiredNode.forEach(name -> required.add(name.asText()));
            }
            places.add(new Place(pattern, Kind.OBJECT, nullable, required, names, null, List.of(), null, null));
            for (String name : names) {
                describe(properties.child(name), pattern + "/" + SchemaNode.escape(name), false);
            }
            return;
        }
        SchemaNode additional = node.child("additionalProperties");
        if (additional != null && additional.node().isObject()) {
            described.put(key, pattern);
            places.add(Place.value(pattern, Kind.MAP, nullable));
            describe(additional, pattern + "/*", false);
            return;
        }
        places.add(Place.value(pattern, Kind.ANY, nullable));
    }

    private void describeUnion(SchemaNode node, SchemaNode union, String pattern, boolean nullable, String key)
            throws ContractException {
        List<SchemaNode> branches = new ArrayList<>();
        for (int i = 0; union.node().isArray() && i < union.node().size(); i++) {
            SchemaNode branch = follow(union.child(i));
            if (!branch.node().isObject() || branch.child("properties") == null) {
                places.add(Place.value(pattern, Kind.ANY, nullable));
                return;
            }
            branches.add(branch);
        }
        Discriminators.Discriminator discriminator = branches.isEmpty() ? null
                : Discriminators.find(branches, registry);
        if (discriminator == null) {
            places.add(Place.value(pattern, Kind.ANY, nullable));
            return;
        }
        described.put(key, pattern);
        places.add(new Place(pattern, Kind.UNION, nullable, List.of(), List.of(), discriminator.property(),
                discriminator.values(), label(pattern) + "." + discriminator.property(), null));
        for (int i = 0; i < branches.size(); i++) {
            describe(union.child(i), branch(pattern, discriminator.property(), discriminator.values().get(i)), false);
        }
    }

    private void describeEnum(JsonNode values, String pattern, boolean nullable, String key) {
        List<String> strings = new ArrayList<>();
        Kind other = null;
        for (JsonNode value : values) {
            if (value.isTextual()) {
                strings.add(value.asText());
            } else if (value.isNull()) {
                nullable = true;
            } else {
                other = other == Kind.NUMBER ? Kind.NUMBER : kindOfValue(value);
            }
        }
        if (other != null || strings.isEmpty()) {
            places.add(Place.value(pattern, other == null ? Kind.ANY : other, nullable));
            return;
        }
        described.put(key, pattern);
        places.add(new Place(pattern, Kind.ENUM, nullable, List.of(), List.of(), null, strings, label(pattern), null));
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

    private SchemaNode follow(SchemaNode schema) throws ContractException {
        SchemaNode node = schema;
        for (int hops = 0; hops < MAX_REFERENCE_HOPS && node.node().isObject(); hops++) {
            if (node.node().has("$ref")) {
                node = registry.resolve(node);
            } else if (node.node().path("allOf").isArray() && node.node().get("allOf").size() == 1
                    && node.node().size() == 1) {
                node = node.child("allOf").child(0);
            } else {
                return node;
            }
        }
        return node;
    }

    /** The other branch of {@code oneOf}/{@code anyOf: [X, {"type": "null"}]}, or {@code null}. */
    private SchemaNode nullableUnionBranch(SchemaNode node) throws ContractException {
        String keyword = node.node().has("oneOf") ? "oneOf" : node.node().has("anyOf") ? "anyOf" : null;
        if (keyword == null || !node.node().get(keyword).isArray() || node.node().get(keyword).size() != 2) {
            return null;
        }
        SchemaNode first = node.child(keyword).child(0);
        SchemaNode second = node.child(keyword).child(1);
        boolean firstNull = isNull(follow(first).node());
        boolean secondNull = isNull(follow(second).node());
        if (firstNull == secondNull) {
            return null;
        }
        return firstNull ? second : first;
    }

    private static boolean isNull(JsonNode schema) {
        if (!schema.isObject()) {
            return false;
        }
        JsonNode type = schema.get("type");
        JsonNode constant = schema.get("const");
        return (type != null && type.isTextual() && type.asText().equals("null"))
                || (constant != null && constant.isNull());
    }

    /** The {@code type} keyword without {@code "null"}. */
    private static Set<String> types(JsonNode json) {
        Set<String> types = declaredTypes(json);
        types.remove("null");
        return types;
    }

    private static Set<String> declaredTypes(JsonNode json) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = json.get("type");
        if (type != null && type.isArray()) {
            Iterator<JsonNode> entries = type.elements();
            entries.forEachRemaining(entry -> types.add(entry.asText()));
        } else if (type != null && type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static String inferred(JsonNode json) {
        if (json.has("properties") || json.has("additionalProperties") || json.has("required")) {
            return "object";
        }
        return json.has("items") ? "array" : null;
    }

    private static Kind stringKind(JsonNode json) {
        return switch (json.path("format").asText("")) {
            case "date-time" -> Kind.DATE_TIME;
            case "date" -> Kind.DATE;
            case "uuid" -> Kind.UUID;
            default -> Kind.STRING;
        };
    }

    private static Kind kindOfValue(JsonNode value) {
        if (value.isIntegralNumber()) {
            return Kind.INTEGER;
        }
        if (value.isNumber()) {
            return Kind.NUMBER;
        }
        if (value.isBoolean()) {
            return Kind.BOOLEAN;
        }
        return value.isTextual() ? Kind.STRING : Kind.ANY;
    }
}
