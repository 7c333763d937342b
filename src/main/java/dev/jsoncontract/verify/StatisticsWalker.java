package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ArrayType;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.contract.model.EnumType;
import dev.jsoncontract.contract.model.ModelType;
import dev.jsoncontract.contract.model.NeverType;
import dev.jsoncontract.contract.model.ObjectType;
import dev.jsoncontract.contract.model.TupleType;
import dev.jsoncontract.contract.model.TypeUse;
import dev.jsoncontract.contract.model.UnionType;
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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feeds the {@link Census} of a response schema from the contract model: declares its places
 * once (every enum, every tag union, every property of every object type reachable from the
 * response), then walks each body beside the model and tallies what it holds there.
 *
 * <p>The walk follows properties, pattern properties, additional properties, items, the branch a
 * tag names, the branch of the value's kind, the branches whose properties the value fits (see
 * {@link ModelPlan#branches}), and the {@code then} and {@code else} of the types' conditionals
 * that fit the value's kind. An enum the model merged from several ({@code {"anyOf": [{"enum":
 * ...}, {"enum": ...}]}}) keeps one place per enum written, and a value counts at the one that
 * lists it; {@code null} where the use allows it but the enum does not list it is not counted.
 * The plan is compiled once, so the walk of a body only follows its members; it is bounded by
 * {@value #MAX_DEPTH} steps in depth.
 *
 * <p>Immutable after construction: one instance serves every body, from any thread.
 */
final class StatisticsWalker {

    /** How deep (steps through members, items, branches) the walk goes; deeper values are not counted. */
    static final int MAX_DEPTH = 256;

    /** How deep merged enums nest before the rest counts as one enum. */
    private static final int MAX_ENUM_NESTING = 16;

    private final Census census;
    private final ModelPlan plan;
    private final Map<ModelType, Node> nodes = new IdentityHashMap<>();

    /** An enum's places: one slot, or the enums it was merged from. */
    private record EnumPlace(Slot slot, boolean all, List<EnumPlace> parts) {

        boolean allowsNull(Census census) {
            if (slot != null) {
                return census.allows(slot, NullNode.getInstance());
            }
            return parts.stream().anyMatch(part -> part.allowsNull(census));
        }
    }

    /** What to do with a value of one type. */
    private static final class Node {
        /** Whether a value here, or below, can be counted at all; a plain string or number cannot. */
        boolean counts;
        EnumPlace enumeration;
        UnionType union;
        Slot tagSlot;
        String[] names;
        Slot[] properties;
        TypeUse[] children;
        Set<String> declared;
        ObjectType object;
        ModelPlan.Facts facts;
        TypeUse additional;
        List<TypeUse> conditionals = List.of();
    }

    /** A type to plan: the path that reached it (a JSON Pointer with {@code 0} for items) and the noun of its holder. */
    private record Todo(ModelType type, String pointer, String noun) {
    }

    StatisticsWalker(ModelPlan plan, ContractModel model) {
        this.plan = plan;
        Census.Builder places = Census.builder();
        Map<String, Slot> byLocation = new HashMap<>();
        Deque<Todo> todo = new ArrayDeque<>();
        for (TypeUse start : new TypeUse[] {plan.element(), plan.root()}) {
            if (start != null && start.complete()) {
                todo.push(new Todo(start.type(), start == plan.root() ? "" : "/0", Owner.BODY.noun()));
            }
        }
        while (!todo.isEmpty()) {
            Todo at = todo.pop();
            ModelType type = at.type();
            ModelPlan.Facts facts = plan.facts(type);
            if (facts == null || nodes.containsKey(type)) {
                continue;
            }
            Node node = new Node();
            nodes.put(type, node);
            String noun = type.title().isEmpty() ? at.noun() : Owner.titled("", type.title()).noun();
            List<Todo> next = new ArrayList<>();
            List<TypeUse> conditionals = new ArrayList<>();
            for (ModelPlan.Conditional conditional : facts.conditionals) {
                if (conditional.then() != null) {
                    conditionals.add(conditional.then());
                }
                if (conditional.otherwise() != null) {
                    conditionals.add(conditional.otherwise());
                }
            }
            node.conditionals = List.copyOf(conditionals);
            if (type instanceof EnumType enumeration) {
                node.enumeration = enumPlace(enumeration, model, places, byLocation, at, 0);
            } else if (type instanceof UnionType union) {
                node.union = union;
                if (union.discrimination() == UnionType.Discrimination.TAG) {
                    String location = union.schema().location();
                    node.tagSlot = byLocation.computeIfAbsent("oneOf " + location, k -> places.values(
                            Slot.Kind.DISCRIMINATOR, location,
                            Finding.subject(at.pointer() + "/" + SchemaNode.escape(union.tag())), noun,
                            union.tagValues().stream().map(v -> (JsonNode) TextNode.valueOf(v)).toList()));
                }
                union.branches().forEach(branch -> next.add(new Todo(branch, at.pointer(), noun)));
            } else if (type instanceof ObjectType object) {
                node.object = object;
                node.facts = facts;
                List<ObjectType.Property> declared = object.properties();
                node.names = new String[declared.size()];
                node.properties = new Slot[declared.size()];
                node.children = new TypeUse[declared.size()];
                node.declared = new HashSet<>(facts.listedNames);
                for (int i = 0; i < declared.size(); i++) {
                    ObjectType.Property property = declared.get(i);
                    String member = at.pointer() + "/" + SchemaNode.escape(property.name());
                    String location = property.schema().location();
                    node.names[i] = property.name();
                    node.declared.add(property.name());
                    node.properties[i] = byLocation.computeIfAbsent("property " + location,
                            k -> places.property(location, Finding.subject(member), noun));
                    node.children[i] = property.type();
                    add(next, property.type(), member, noun);
                }
                object.patterns().forEach(pattern -> add(next, pattern.type(), at.pointer() + "/*", noun));
                if (object.additional() != null && !(object.additional().type() instanceof NeverType)) {
                    node.additional = object.additional();
                    add(next, node.additional, at.pointer() + "/*", noun);
                }
            } else if (type instanceof ArrayType array) {
                add(next, array.items(), at.pointer() + "/0", at.noun());
            } else if (type instanceof TupleType tuple) {
                tuple.items().forEach(item -> add(next, item, at.pointer() + "/0", at.noun()));
                add(next, tuple.additional(), at.pointer() + "/0", at.noun());
            }
            conditionals.forEach(part -> add(next, part, at.pointer(), noun));
            // depth first, in declared order: the first path that reaches a type names its places
            for (int i = next.size() - 1; i >= 0; i--) {
                todo.push(next.get(i));
            }
        }
        this.census = places.build();
        markCounting();
    }

    private static void add(List<Todo> next, TypeUse use, String pointer, String noun) {
        if (use != null && use.complete()) {
            next.add(new Todo(use.type(), pointer, noun));
        }
    }

    /**
     * The places of an enum: the enum written in the schema (its values as written there, so a
     * listed {@code null} is one of them), or, for an enum the model merged from several, theirs;
     * {@code null} for a {@code const}.
     */
    private static EnumPlace enumPlace(EnumType enumeration, ContractModel model, Census.Builder places,
            Map<String, Slot> byLocation, Todo at, int nesting) {
        Optional<ContractModel.Combination> combination = model.combination(enumeration);
        if (combination.isPresent() && nesting < MAX_ENUM_NESTING
                && combination.get().parts().stream().allMatch(part -> part instanceof EnumType)) {
            List<EnumPlace> parts = new ArrayList<>();
            for (ModelType part : combination.get().parts()) {
                EnumPlace place = enumPlace((EnumType) part, model, places, byLocation, at, nesting + 1);
                if (place != null) {
                    parts.add(place);
                }
            }
            return parts.isEmpty() ? null : new EnumPlace(null, combination.get().all(), List.copyOf(parts));
        }
        if (enumeration.schema().node().has("const") && !enumeration.schema().node().has("enum")) {
            // a const is one value, not a choice: nothing to count (a tag's values count at its union)
            return null;
        }
        String location = enumeration.schema().location();
        Slot slot = byLocation.computeIfAbsent("enum " + location, k -> places.values(Slot.Kind.ENUM, location,
                Finding.subject(at.pointer()), at.noun(), written(enumeration)));
        return new EnumPlace(slot, true, List.of());
    }

    /** The values of the {@code enum} or {@code const} the type was built from, else the type's values. */
    private static List<JsonNode> written(EnumType enumeration) {
        JsonNode raw = enumeration.schema().node();
        JsonNode constant = raw.get("const");
        if (constant != null) {
            return List.of(constant);
        }
        JsonNode values = raw.get("enum");
        if (values != null && values.isArray() && !values.isEmpty()) {
            List<JsonNode> written = new ArrayList<>();
            values.forEach(written::add);
            return written;
        }
        return enumeration.values();
    }

    /**
     * Marks the types where a value can be counted (an enum, a tag, an object's properties, or
     * such a type below), so that the walk skips plain values. The types form a graph with
     * cycles, so the marks spread until nothing changes; when that takes too long, every type is
     * walked (safe, only slower).
     */
    private void markCounting() {
        boolean changed = true;
        for (int pass = 0; changed && pass < 64; pass++) {
            changed = false;
            for (Map.Entry<ModelType, Node> entry : nodes.entrySet()) {
                Node node = entry.getValue();
                if (!node.counts && counts(entry.getKey(), node)) {
                    node.counts = true;
                    changed = true;
                }
            }
        }
        if (changed) {
            nodes.values().forEach(node -> node.counts = true);
        }
    }

    private boolean counts(ModelType type, Node node) {
        if (node.enumeration != null || node.tagSlot != null || (node.names != null && node.names.length > 0)) {
            return true;
        }
        for (TypeUse part : node.conditionals) {
            if (counts(part)) {
                return true;
            }
        }
        for (TypeUse child : ModelPlan.children(type)) {
            if (counts(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean counts(TypeUse use) {
        Node node = use == null || !use.complete() ? null : nodes.get(use.type());
        return node != null && node.counts;
    }

    /** The places declared. */
    Census census() {
        return census;
    }

    /** Tallies one value: a whole body, or one element of a streamed array when {@code element}. */
    void walk(boolean element, JsonNode value, Tally tally) {
        visit(element ? plan.element() : plan.root(), value, tally, 0);
    }

    private void visit(TypeUse use, JsonNode value, Tally tally, int depth) {
        if (use != null && use.complete()) {
            visit(use.type(), use.nullable(), value, tally, depth);
        }
    }

    private void visit(ModelType type, boolean nullable, JsonNode value, Tally tally, int depth) {
        Node node = depth > MAX_DEPTH ? null : nodes.get(type);
        if (node == null || !node.counts) {
            return;
        }
        for (TypeUse part : node.conditionals) {
            if (part.complete() && (part.type().kind() == null || ModelPlan.kindFits(part.type().kind(), value))) {
                visit(part, value, tally, depth + 1);
            }
        }
        if (node.enumeration != null) {
            // null where the use allows it is not a value of the enum, unless the enum lists it
            if (!(value.isNull() && nullable && !node.enumeration.allowsNull(census))) {
                tally(node.enumeration, value, tally);
            }
        } else if (node.union != null) {
            if (value.isNull() && nullable) {
                return;
            }
            if (node.tagSlot != null) {
                JsonNode seen = value.isObject() ? value.get(node.union.tag()) : null;
                if (seen != null) {
                    tally.value(node.tagSlot, seen);
                }
            }
            for (ModelType branch : ModelPlan.branches(node.union, value)) {
                visit(branch, false, value, tally, depth + 1);
            }
        } else if (node.object != null) {
            if (value.isObject()) {
                members(node, value, tally, depth);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                visit(item(type, i), value.get(i), tally, depth + 1);
            }
        }
    }

    private static TypeUse item(ModelType type, int i) {
        if (type instanceof ArrayType array) {
            return array.items();
        }
        if (type instanceof TupleType tuple) {
            return i < tuple.items().size() ? tuple.items().get(i) : tuple.additional();
        }
        return null;
    }

    /** Of several enums merged by a union, a value counts at the first that lists it, else at each; of an intersection, at each. */
    private void tally(EnumPlace place, JsonNode value, Tally tally) {
        if (place.slot() != null) {
            tally.value(place.slot(), value);
            return;
        }
        if (!place.all()) {
            for (EnumPlace part : place.parts()) {
                if (part.slot() != null && census.allows(part.slot(), value)) {
                    tally.value(part.slot(), value);
                    return;
                }
            }
        }
        for (EnumPlace part : place.parts()) {
            tally(part, value, tally);
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
        if (node.facts.patterns.length == 0 && node.additional == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            boolean matched = false;
            for (int i = 0; i < node.facts.patterns.length; i++) {
                if (PatternBudget.find(node.facts.patterns[i], member.getKey())) {
                    visit(node.object.patterns().get(i).type(), member.getValue(), tally, depth + 1);
                    matched = true;
                }
            }
            if (!matched && node.additional != null && !node.declared.contains(member.getKey())) {
                visit(node.additional, member.getValue(), tally, depth + 1);
            }
        }
    }
}
