package dev.jsoncontract.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/** The everit schemas reachable from one schema, each visited once (references may be cyclic). */
final class SchemaGraph {

    private SchemaGraph() {
    }

    /**
     * Every schema reachable from {@code root} that has a location, by that location. Where two
     * schema objects share one (a {@code $ref} and what it refers to never do; two loads of one
     * document may), the first met in a breadth-first walk is kept, a reference only when nothing
     * else stands there.
     */
    static Map<String, Schema> byLocation(Schema root) {
        Map<String, Schema> found = new HashMap<>();
        for (Schema schema : reachable(root)) {
            String location = schema.getSchemaLocation();
            if (location == null) {
                continue;
            }
            Schema known = found.get(location);
            if (known == null || (known instanceof ReferenceSchema && !(schema instanceof ReferenceSchema))) {
                found.put(location, schema);
            }
        }
        return found;
    }

    /** The {@code propertyNames} schemas of the object schemas reachable from {@code root} (references followed), by identity. */
    static Set<Schema> propertyNameSchemas(Schema root) {
        Set<Schema> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Schema schema : reachable(root)) {
            if (schema instanceof ObjectSchema object && object.getPropertyNameSchema() != null) {
                Schema names = object.getPropertyNameSchema();
                found.add(names);
                for (int i = 0; i < 32 && names instanceof ReferenceSchema reference; i++) {
                    names = reference.getReferredSchema();
                    found.add(names);
                }
            }
        }
        return Collections.unmodifiableSet(found);
    }

    /**
     * Where a {@code false} schema that rejected the value at {@code pointer} stands (everit's
     * {@code false} schemas have no location): the schemas of the instance's path are followed from
     * {@code root} (properties, pattern properties, additional properties, items, through
     * references, branches and conditions), and the first {@code false} met at the end of the path
     * is named by its parent's location and the keyword that holds it. {@code null} when none is
     * found within a bounded number of steps.
     */
    static String falseLocation(Schema root, String pointer) {
        List<String> tokens = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String raw : pointer.substring(1).split("/", -1)) {
                tokens.add(raw.replace("~1", "/").replace("~0", "~"));
            }
        }
        int[] budget = {10_000};
        return falseLocation(root, null, tokens, 0, budget);
    }

    @SuppressWarnings("deprecation")
    private static String falseLocation(Schema schema, String place, List<String> tokens, int at, int[] budget) {
        if (schema == null || --budget[0] < 0) {
            return null;
        }
        if (at == tokens.size()) {
            if (schema instanceof FalseSchema) {
                return place;
            }
        }
        String here = schema.getSchemaLocation() == null || schema.getSchemaLocation().contains("#")
                ? schema.getSchemaLocation() : schema.getSchemaLocation() + "#";
        List<Map.Entry<String, Schema>> next = new ArrayList<>();
        List<Schema> same = new ArrayList<>();
        if (schema instanceof ReferenceSchema reference) {
            same.add(reference.getReferredSchema());
        } else if (schema instanceof CombinedSchema combined) {
            same.addAll(combined.getSubschemas());
        } else if (schema instanceof ConditionalSchema conditional) {
            conditional.getThenSchema().ifPresent(same::add);
            conditional.getElseSchema().ifPresent(same::add);
        } else if (at < tokens.size() && here != null && schema instanceof ObjectSchema object) {
            String token = tokens.get(at);
            Schema property = object.getPropertySchemas().get(token);
            if (property != null) {
                next.add(Map.entry(here + "/properties/" + escape(token), property));
            }
            object.getPatternProperties().forEach((pattern, value) -> {
                if (pattern.matcher(token).find()) {
                    next.add(Map.entry(here + "/patternProperties/" + escape(pattern.pattern()), value));
                }
            });
            if (property == null && next.isEmpty() && object.getSchemaOfAdditionalProperties() != null) {
                next.add(Map.entry(here + "/additionalProperties", object.getSchemaOfAdditionalProperties()));
            }
        } else if (at < tokens.size() && here != null && schema instanceof ArraySchema array) {
            int index = index(tokens.get(at));
            if (array.getAllItemSchema() != null) {
                next.add(Map.entry(here + "/items", array.getAllItemSchema()));
            } else if (array.getItemSchemas() != null && index >= 0 && index < array.getItemSchemas().size()) {
                next.add(Map.entry(here + "/items/" + index, array.getItemSchemas().get(index)));
            } else if (array.getSchemaOfAdditionalItems() != null) {
                next.add(Map.entry(here + "/additionalItems", array.getSchemaOfAdditionalItems()));
            }
        }
        for (Schema alternative : same) {
            String found = falseLocation(alternative, place, tokens, at, budget);
            if (found != null) {
                return found;
            }
        }
        for (Map.Entry<String, Schema> step : next) {
            String found = falseLocation(step.getValue(), step.getKey(), tokens, at + 1, budget);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The schemas reachable from {@code root}, breadth-first, {@code root} first. */
    static List<Schema> reachable(Schema root) {
        List<Schema> order = new ArrayList<>();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> queue = new ArrayDeque<>();
        queue.add(root);
        seen.add(root);
        while (!queue.isEmpty()) {
            Schema schema = queue.removeFirst();
            order.add(schema);
            for (Schema child : children(schema)) {
                if (child != null && seen.add(child)) {
                    queue.addLast(child);
                }
            }
        }
        return order;
    }

    /** The schemas one schema holds directly (a reference: the referred one). */
    @SuppressWarnings("deprecation") // the public getter of pattern properties recompiles them: fine once
    static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema instanceof ReferenceSchema reference) {
            children.add(reference.getReferredSchema());
        } else if (schema instanceof CombinedSchema combined) {
            children.addAll(combined.getSubschemas());
        } else if (schema instanceof NotSchema not) {
            children.add(not.getMustNotMatch());
        } else if (schema instanceof ConditionalSchema conditional) {
            conditional.getIfSchema().ifPresent(children::add);
            conditional.getThenSchema().ifPresent(children::add);
            conditional.getElseSchema().ifPresent(children::add);
        } else if (schema instanceof ArraySchema array) {
            children.add(array.getAllItemSchema());
            if (array.getItemSchemas() != null) {
                children.addAll(array.getItemSchemas());
            }
            children.add(array.getSchemaOfAdditionalItems());
            children.add(array.getContainedItemSchema());
        } else if (schema instanceof ObjectSchema object) {
            children.addAll(object.getPropertySchemas().values());
            children.addAll(object.getPatternProperties().values());
            children.add(object.getSchemaOfAdditionalProperties());
            children.add(object.getPropertyNameSchema());
            children.addAll(object.getSchemaDependencies().values());
        }
        return children;
    }
}
