package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.stats.Census;
import dev.jsoncontract.verify.stats.Presence;
import dev.jsoncontract.verify.stats.Slot;
import dev.jsoncontract.verify.stats.Tally;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/**
 * <b>Test oracle</b>: verify's statistics walk as it was before it read the contract model, over
 * everit's schema objects; {@code ModelWalkersAgreementTest} checks that the model's walk agrees
 * with it. Not used by the plugin.
 *
 * Feeds the {@link Census} of a response schema: declares its places once (every enum, every
 * discriminated {@code oneOf}/{@code anyOf}, every property of every object schema reachable from
 * the root), then walks each body beside the schema and tallies what it holds there.
 *
 * <p>The walk follows {@code $ref}, {@code allOf}, {@code properties}, {@code patternProperties},
 * {@code additionalProperties}, {@code items}, the branch a discriminator names, and of another
 * {@code oneOf}/{@code anyOf} every branch whose type fits the value ({@code null} takes the
 * {@code {"type": "null"}} branch only). The plan is compiled once, so the walk of a body only
 * follows its members; it is bounded by {@value #MAX_DEPTH} schema steps in depth.
 *
 * <p>This is the only part of the statistics that knows everit's schema objects; the census and
 * tallies do not, so the walk can move onto another model of the contract. Immutable after
 * construction: one instance serves every body, from any thread.
 */
final class LegacyStatisticsWalker {

    /** How deep (schema steps, {@code $ref}s included) the walk goes; deeper values are not counted. */
    static final int MAX_DEPTH = 256;

    /** How many schemas the plan may hold; a larger contract is counted up to that many. */
    static final int MAX_SCHEMAS = 100_000;

    private final Census census;
    private final Map<Schema, Node> plan = new IdentityHashMap<>();

    /** What to do with a value at one schema. */
    private static final class Node {
        Schema next;
        /** All parts apply ({@code allOf}) or only those that fit ({@code oneOf}/{@code anyOf}). */
        List<Schema> parts;
        boolean all;
        boolean nullBranch;
        /** Whether a value here, or below, can be counted at all; a plain string or number cannot. */
        boolean counts;
        /** Of a {@code oneOf}/{@code anyOf}: the enum slots among its parts, {@code null} when none. */
        List<Slot> enumParts;
        Discriminator discriminator;
        Slot discriminatorSlot;
        Slot enumSlot;
        String[] names;
        Slot[] properties;
        Schema[] children;
        Map<Pattern, Schema> patterns;
        Schema additional;
        Schema items;
        List<Schema> tuple;
        Schema additionalItems;
        boolean object;
        boolean array;
    }

    /**
     * A schema to plan: the path that reached it (a JSON Pointer with {@code 0} for array items),
     * the noun of the object holding it, the nearest title since the last property or item (a
     * title on a {@code $ref} or an {@code allOf} names the object below it) and the nearest
     * schema location (everit gives none to the parts it makes of one schema, such as the
     * {@code enum} beside a {@code type}).
     */
    private record Todo(Schema schema, String pointer, String noun, String title, String location) {

        Todo member(Schema child, String at, String owner, String where) {
            return new Todo(child, at, owner, null, where);
        }

        Todo same(Schema child, String nearest, String where) {
            return new Todo(child, pointer, noun, nearest, where);
        }
    }

    LegacyStatisticsWalker(Schema root, SchemaLocations locations, Discriminator.Cache discriminators) {
        Census.Builder places = Census.builder();
        Map<String, Slot> byLocation = new HashMap<>();
        Deque<Todo> todo = new ArrayDeque<>();
        todo.push(new Todo(root, "", Owner.BODY.noun(), null, ""));
        while (!todo.isEmpty() && plan.size() < MAX_SCHEMAS) {
            Todo at = todo.pop();
            Schema schema = at.schema();
            if (schema == null || plan.containsKey(schema)) {
                continue;
            }
            Node node = new Node();
            plan.put(schema, node);
            String title = schema.getTitle() != null ? schema.getTitle() : at.title();
            String own = schema.getSchemaLocation() == null ? "" : locations.display(schema.getSchemaLocation());
            String location = own.isEmpty() ? at.location() : own;
            String noun = title != null ? Owner.titled("", title).noun() : at.noun();
            List<Todo> next = new ArrayList<>();
            if (schema instanceof ReferenceSchema reference) {
                node.next = reference.getReferredSchema();
                next.add(at.same(node.next, title, location));
            } else if (schema instanceof CombinedSchema combined) {
                node.parts = List.copyOf(combined.getSubschemas());
                node.all = combined.getCriterion() == CombinedSchema.ALL_CRITERION;
                node.nullBranch = node.parts.stream().anyMatch(p -> Discriminator.unwrap(p) instanceof NullSchema);
                if (!node.all) {
                    Optional<Discriminator> discriminator = discriminators.of(combined);
                    if (discriminator.isPresent()) {
                        node.discriminator = discriminator.get();
                        node.discriminatorSlot = byLocation.computeIfAbsent("oneOf " + location, k -> places.values(
                                Slot.Kind.DISCRIMINATOR, location,
                                Finding.subject(at.pointer() + "/" + SchemaNode.escape(discriminator.get().property())),
                                noun, discriminator.get().values()));
                    }
                }
                node.parts.forEach(p -> next.add(at.same(p, title, location)));
            } else if (schema instanceof ConditionalSchema conditional) {
                List<Schema> parts = new ArrayList<>();
                conditional.getThenSchema().ifPresent(parts::add);
                conditional.getElseSchema().ifPresent(parts::add);
                node.parts = List.copyOf(parts);
                parts.forEach(p -> next.add(at.same(p, title, location)));
            } else if (schema instanceof EnumSchema enumeration) {
                node.enumSlot = byLocation.computeIfAbsent("enum " + location, k -> places.values(Slot.Kind.ENUM,
                        location, Finding.subject(at.pointer()), at.noun(),
                        enumeration.getPossibleValuesAsList().stream().map(Discriminator::toJackson).toList()));
            } else if (schema instanceof ObjectSchema object) {
                node.object = true;
                List<String> names = declaredOrder(object, locations);
                node.names = names.toArray(String[]::new);
                node.properties = new Slot[names.size()];
                node.children = new Schema[names.size()];
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    String member = at.pointer() + "/" + SchemaNode.escape(name);
                    String propertyLocation = location + (location.contains("#") ? "" : "#") + "/properties/"
                            + SchemaNode.escape(name);
                    node.properties[i] = byLocation.computeIfAbsent("property " + propertyLocation,
                            k -> places.property(propertyLocation, Finding.subject(member), noun));
                    node.children[i] = object.getPropertySchemas().get(name);
                    next.add(at.member(node.children[i], member, noun, propertyLocation));
                }
                Map<Pattern, Schema> patterns = LegacySchemaWalker.patternProperties(object);
                node.patterns = patterns == null || patterns.isEmpty() ? null : new LinkedHashMap<>(patterns);
                node.additional = object.getSchemaOfAdditionalProperties();
                if (node.patterns != null) {
                    node.patterns.values().forEach(p -> next.add(at.member(p, at.pointer() + "/*", noun, location)));
                }
                if (node.additional != null) {
                    next.add(at.member(node.additional, at.pointer() + "/*", noun, location));
                }
            } else if (schema instanceof ArraySchema array) {
                node.array = true;
                node.items = array.getAllItemSchema();
                node.tuple = array.getItemSchemas() == null ? null : List.copyOf(array.getItemSchemas());
                node.additionalItems = array.getSchemaOfAdditionalItems();
                String item = at.pointer() + "/0";
                if (node.items != null) {
                    next.add(at.member(node.items, item, at.noun(), location));
                }
                if (node.tuple != null) {
                    node.tuple.forEach(p -> next.add(at.member(p, item, at.noun(), location)));
                }
                if (node.additionalItems != null) {
                    next.add(at.member(node.additionalItems, item, at.noun(), location));
                }
            }
            // depth first, in declared order: the first path that reaches a schema names its places
            for (int i = next.size() - 1; i >= 0; i--) {
                todo.push(next.get(i));
            }
        }
        this.census = places.build();
        markCounting();
        for (Node node : plan.values()) {
            if (node.parts != null && !node.all) {
                List<Slot> enums = new ArrayList<>();
                for (Schema part : node.parts) {
                    Node target = resolved(part);
                    if (target != null && target.enumSlot != null) {
                        enums.add(target.enumSlot);
                    }
                }
                node.enumParts = enums.isEmpty() ? null : List.copyOf(enums);
            }
        }
    }

    /**
     * Marks the schemas where a value can be counted (an enum, a discriminator, an object's
     * properties, or such a schema below), so that the walk skips plain values. The schemas form a
     * graph with cycles, so the marks spread until nothing changes; when that takes too long,
     * every schema is walked (safe, only slower).
     */
    private void markCounting() {
        boolean changed = true;
        for (int pass = 0; changed && pass < 64; pass++) {
            changed = false;
            for (Node node : plan.values()) {
                if (!node.counts && counts(node)) {
                    node.counts = true;
                    changed = true;
                }
            }
        }
        if (changed) {
            plan.values().forEach(node -> node.counts = true);
        }
    }

    private boolean counts(Node node) {
        if (node.enumSlot != null || node.discriminator != null || (node.object && node.names.length > 0)) {
            return true;
        }
        if (node.next != null) {
            return counts(node.next);
        }
        if (node.parts != null) {
            return node.parts.stream().anyMatch(this::counts);
        }
        if (node.object) {
            return counts(node.additional) || (node.patterns != null && node.patterns.values().stream()
                    .anyMatch(this::counts));
        }
        if (node.array) {
            return counts(node.items) || counts(node.additionalItems)
                    || (node.tuple != null && node.tuple.stream().anyMatch(this::counts));
        }
        return false;
    }

    private boolean counts(Schema schema) {
        Node node = schema == null ? null : plan.get(schema);
        return node != null && node.counts;
    }

    /** The places declared. */
    Census census() {
        return census;
    }

    /** Tallies one value (a body, or an element of a streamed array) checked against {@code schema}. */
    void walk(Schema schema, JsonNode value, Tally tally) {
        visit(schema, value, tally, 0);
    }

    private void visit(Schema schema, JsonNode value, Tally tally, int depth) {
        Node node = schema == null || depth > MAX_DEPTH ? null : plan.get(schema);
        if (node == null || !node.counts) {
            return;
        }
        if (node.next != null) {
            visit(node.next, value, tally, depth + 1);
        } else if (node.parts != null) {
            if (node.discriminator != null && value.isObject()) {
                JsonNode seen = value.get(node.discriminator.property());
                if (seen != null) {
                    tally.value(node.discriminatorSlot, seen);
                    visit(node.discriminator.branchFor(seen), value, tally, depth + 1);
                }
                return;
            }
            if (!node.all && node.nullBranch && value.isNull()) {
                return;
            }
            if (node.enumParts != null) {
                // of several enums ({"anyOf": [{"enum": ...}, {"enum": ...}]}) the value counts at one that lists it
                for (Slot slot : node.enumParts) {
                    if (census.allows(slot, value)) {
                        tally.value(slot, value);
                        return;
                    }
                }
            }
            for (Schema part : node.parts) {
                if (node.all || fits(part, value)) {
                    visit(part, value, tally, depth + 1);
                }
            }
        } else if (node.enumSlot != null) {
            tally.value(node.enumSlot, value);
        } else if (node.object) {
            if (value.isObject()) {
                members(node, value, tally, depth);
            }
        } else if (node.array && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                Schema item = node.items;
                if (item == null && node.tuple != null) {
                    item = i < node.tuple.size() ? node.tuple.get(i) : node.additionalItems;
                }
                visit(item, value.get(i), tally, depth + 1);
            }
        }
    }

    private void members(Node node, JsonNode value, Tally tally, int depth) {
        for (int i = 0; i < node.names.length; i++) {
            JsonNode member = value.get(node.names[i]);
            if (member == null) {
                tally.property(node.properties[i], Presence.ABSENT);
                continue;
            }
            tally.property(node.properties[i], member.isNull() ? Presence.NULL : Presence.PRESENT);
            visit(node.children[i], member, tally, depth + 1);
        }
        if (node.patterns == null && node.additional == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            boolean matched = false;
            if (node.patterns != null) {
                for (Map.Entry<Pattern, Schema> pattern : node.patterns.entrySet()) {
                    if (PatternBudget.find(pattern.getKey(), member.getKey())) {
                        visit(pattern.getValue(), member.getValue(), tally, depth + 1);
                        matched = true;
                    }
                }
            }
            if (!matched && node.additional != null && !declared(node, member.getKey())) {
                visit(node.additional, member.getValue(), tally, depth + 1);
            }
        }
    }

    private static boolean declared(Node node, String name) {
        for (String declared : node.names) {
            if (declared.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The plan of a schema after following {@code $ref}s, or {@code null}. */
    private Node resolved(Schema schema) {
        Node node = plan.get(schema);
        for (int i = 0; node != null && node.next != null && i < 32; i++) {
            node = plan.get(node.next);
        }
        return node;
    }

    /** Whether a branch of a {@code oneOf}/{@code anyOf} can hold the value, judged by its kind alone. */
    private boolean fits(Schema part, JsonNode value) {
        Node node = resolved(part);
        if (node == null) {
            return false;
        }
        return node.object ? value.isObject() : !node.array || value.isArray();
    }

    /** The object's properties in the order the schema declares them (everit's map has none). */
    private static List<String> declaredOrder(ObjectSchema object, SchemaLocations locations) {
        List<String> names = new ArrayList<>();
        SchemaNode raw = locations.node(object.getSchemaLocation());
        JsonNode declared = raw == null ? null : raw.node().get("properties");
        if (declared != null && declared.isObject()) {
            declared.fieldNames().forEachRemaining(name -> {
                if (object.getPropertySchemas().containsKey(name)) {
                    names.add(name);
                }
            });
        }
        List<String> rest = new ArrayList<>();
        for (String name : object.getPropertySchemas().keySet()) {
            if (!names.contains(name)) {
                rest.add(name);
            }
        }
        rest.sort(null);
        names.addAll(rest);
        return names;
    }
}
