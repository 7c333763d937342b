package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ArrayType;
import dev.jsoncontract.contract.model.ModelType;
import dev.jsoncontract.contract.model.NeverType;
import dev.jsoncontract.contract.model.ObjectType;
import dev.jsoncontract.contract.model.TupleType;
import dev.jsoncontract.contract.model.TypeUse;
import dev.jsoncontract.contract.model.UnionType;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks a body together with the types of the contract model that apply at each place (see
 * {@link #flatten}) and reports two things everit does not:
 * <ul>
 *   <li>drift: properties present in the body that the contract does not describe (not declared,
 *       matching no {@code patternProperties}, and no {@code additionalProperties} given) on
 *       objects whose schema lists properties at all;</li>
 *   <li>which titled object type each object of the body was checked against (else its untitled
 *       one, named by its place), for the denominators of the summary ("in 37 of 1000 calls").</li>
 * </ul>
 * Reads only the {@link ModelPlan}, built before any body: one instance serves every body, from
 * any thread.
 */
final class SchemaWalker {

    private final ModelPlan plan;
    private final Map<ModelType, Owner> owners = new ConcurrentHashMap<>();
    private final Map<ModelType, Owner> untitledOwners = new ConcurrentHashMap<>();

    SchemaWalker(ModelPlan plan) {
        this.plan = plan;
    }

    private Owner owner(ModelType titled) {
        Owner owner = owners.get(titled);
        return owner != null ? owner : owners.computeIfAbsent(titled,
                k -> Owner.titled(titled.schema().location(), titled.title()));
    }

    /** Notes that the object at {@code pointer} was checked against the owner's schema (once per pair). */
    private static void count(Walk walk, String pointer, Owner owner) {
        walk.owners.put(pointer, owner);
        if (walk.counted.add(pointer + " " + owner.schemaLocation())) {
            walk.instances.add(owner);
        }
    }

    /** What one walk found. */
    static final class Walk {
        /** The innermost titled schema each object (by JSON Pointer) was checked against, else its untitled one. */
        final Map<String, Owner> owners = new HashMap<>();
        /** Every (object, titled schema) pair checked, in walk order. */
        final List<Owner> instances = new ArrayList<>();
        final List<Finding> drift = new ArrayList<>();
        private final Set<String> counted = new HashSet<>();
        private final Set<String> reported = new HashSet<>();

        /** The owner of a finding at {@code pointer}: the object holding it, else the value itself. */
        Owner ownerOf(String pointer) {
            if (!pointer.isEmpty()) {
                Owner parent = owners.get(pointer.substring(0, pointer.lastIndexOf('/')));
                if (parent != null) {
                    return parent;
                }
            }
            return owners.getOrDefault(pointer, Owner.BODY);
        }
    }

    /**
     * @param element whether {@code body} is one element of a streamed array (else a whole body)
     * @param pattern the body's place as {@link #pattern} names it: {@code ""} for a whole body,
     *     {@code "[]"} for one element of a streamed array
     */
    Walk walk(String source, boolean element, JsonNode body, boolean strict, String pattern) {
        Walk walk = new Walk();
        TypeUse type = element ? plan.element() : plan.root();
        if (type != null && type.complete()) {
            visit(walk, source, List.of(type), body, "", pattern, strict ? Severity.FAILURE : Severity.WARNING, 0);
        }
        return walk;
    }

    /**
     * The owner of an untitled object: its type's schema, named by its place in the body with
     * array items as {@code []} and map values as {@code {}} ({@code items[]}, {@code custom{}},
     * {@code analysis.custom{}.score}); the whole body is {@link Owner#BODY}.
     */
    private Owner untitled(ObjectType object, String pattern) {
        if (pattern.isEmpty()) {
            return Owner.BODY;
        }
        String noun = pattern.equals("[]") ? "items" : pattern + " objects";
        Owner owner = untitledOwners.get(object);
        return owner != null ? owner : untitledOwners.computeIfAbsent(object,
                k -> new Owner(object.schema().location(), noun));
    }

    /** The place of a member below {@code pattern}: {@code name}, or {@code {}} for a map value. */
    static String pattern(String pattern, String name, boolean declared) {
        if (!declared) {
            return pattern + "{}";
        }
        return pattern.isEmpty() || pattern.equals("[]") ? name : pattern + "." + name;
    }

    /** How deep a body is walked; deeper values are not checked for drift (everit still validates them). */
    static final int MAX_DEPTH = 512;

    /** How many nested unions and conditionals are followed at one place. */
    private static final int MAX_FLATTEN = 64;

    /**
     * Visits one value with every type that applies at its place, all at once: a property two
     * types describe is described by both.
     */
    private void visit(Walk walk, String source, List<TypeUse> uses, JsonNode value, String pointer,
            String pattern, Severity severity, int depth) {
        if (depth > MAX_DEPTH || !value.isContainerNode()) {
            // a scalar has no members to describe and owns no finding
            return;
        }
        List<ModelType> views = new ArrayList<>();
        Set<ModelType> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Object[] orgJson = new Object[1];
        for (TypeUse use : uses) {
            if (use.complete()) {
                flatten(use.type(), value, views, seen, orgJson, 0);
            }
        }
        if (value.isObject()) {
            boolean titled = false;
            for (ModelType view : views) {
                if (!view.title().isEmpty()) {
                    titled = true;
                    count(walk, pointer, owner(view));
                }
            }
            if (!titled) {
                for (ModelType view : views) {
                    if (view instanceof ObjectType object) {
                        Owner owner = untitled(object, pattern);
                        if (owner != Owner.BODY) {
                            count(walk, pointer, owner);
                        }
                        break;
                    }
                }
            }
            objectMembers(walk, source, describing(views, value, orgJson), value, pointer, pattern, severity, depth);
        } else {
            for (int i = 0; i < value.size(); i++) {
                List<TypeUse> items = new ArrayList<>();
                for (ModelType view : views) {
                    TypeUse item = itemType(view, i);
                    if (item != null && item.complete() && !(item.type() instanceof NeverType)) {
                        items.add(item);
                    }
                }
                if (!items.isEmpty()) {
                    visit(walk, source, items, value.get(i), pointer + "/" + i, pattern + "[]", severity, depth + 1);
                }
            }
        }
    }

    /**
     * The views that describe an object's members: each view, except that an object the model
     * merged from a union's objects ({@link ModelPlan.Facts#alternatives}) gives way to the
     * alternatives the value fits and the types that only narrowed it, when the value tells them
     * apart; {@code views} itself when none does.
     */
    private List<ModelType> describing(List<ModelType> views, JsonNode value, Object[] orgJson) {
        List<ModelType> describing = null;
        Set<ModelType> added = null;
        for (int i = 0; i < views.size(); i++) {
            ModelType view = views.get(i);
            ModelPlan.Facts facts = plan.facts(view);
            List<ModelType> fitting = facts == null || facts.alternatives.isEmpty() ? null
                    : ModelPlan.fitting(facts.alternatives, value);
            if (fitting == null) {
                if (describing != null && added.add(view)) {
                    describing.add(view);
                }
                continue;
            }
            if (describing == null) {
                describing = new ArrayList<>(views.subList(0, i));
                added = Collections.newSetFromMap(new IdentityHashMap<>());
                added.addAll(describing);
            }
            List<ModelType> instead = new ArrayList<>(fitting);
            instead.addAll(facts.narrowings);
            for (ModelType alternative : instead) {
                List<ModelType> flat = new ArrayList<>();
                flatten(alternative, value, flat, Collections.newSetFromMap(new IdentityHashMap<>()), orgJson, 0);
                for (ModelType type : flat) {
                    if (added.add(type)) {
                        describing.add(type);
                    }
                }
            }
        }
        return describing == null ? views : describing;
    }

    /** The type of item {@code i} of an array type: its items, the tuple's, or its additional items; else {@code null}. */
    private static TypeUse itemType(ModelType view, int i) {
        if (view instanceof ArrayType array) {
            return array.items();
        }
        if (view instanceof TupleType tuple) {
            return i < tuple.items().size() ? tuple.items().get(i) : tuple.additional();
        }
        return null;
    }

    /**
     * Reports the members no applying object type describes, then visits each member with every
     * type that describes it. A member is described by an object that declares it (or lists it
     * with the schema {@code false}), matches it by a {@code patternProperties} pattern, or has
     * {@code additionalProperties} (a schema, {@code true} or {@code false}: what it allows is
     * everit's to judge). Drift is reported only where some applying object lists properties.
     */
    private void objectMembers(Walk walk, String source, List<ModelType> views, JsonNode value, String pointer,
            String pattern, Severity severity, int depth) {
        List<ObjectType> objects = new ArrayList<>();
        boolean listsProperties = false;
        boolean describesAll = false;
        for (ModelType view : views) {
            if (view instanceof ObjectType object) {
                objects.add(object);
                ModelPlan.Facts facts = plan.facts(object);
                // a type beyond the plan's bound describes every member
                describesAll |= facts == null;
                listsProperties |= facts != null && facts.listsProperties;
            }
        }
        if (objects.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            String at = pointer + "/" + SchemaNode.escape(name);
            List<TypeUse> children = new ArrayList<>();
            Set<TypeUse> childSet = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean described = describesAll;
            boolean declared = false;
            for (ObjectType object : objects) {
                ModelPlan.Facts facts = plan.facts(object);
                if (facts == null) {
                    continue;
                }
                boolean matched = false;
                ObjectType.Property property = facts.properties.get(name);
                if (property != null) {
                    declared = true;
                    matched = true;
                    add(children, childSet, property.type());
                } else if (facts.listedNames.contains(name)) {
                    // listed with the schema false: declared, and everit's to reject
                    declared = true;
                    matched = true;
                }
                for (int i = 0; i < facts.patterns.length; i++) {
                    if (PatternBudget.find(facts.patterns[i], name)) {
                        add(children, childSet, object.patterns().get(i).type());
                        matched = true;
                    }
                }
                if (!matched && object.additional() != null) {
                    matched = true;
                    add(children, childSet, object.additional());
                }
                described |= matched;
            }
            if (!described && listsProperties && walk.reported.add(at)) {
                String location = objects.get(objects.size() - 1).schema().location();
                walk.drift.add(new Finding(source, at, location, Finding.KEYWORD_DRIFT,
                        JsonBodies.render(TextNode.valueOf(name)), List.of(), severity,
                        "is not described by the contract"));
            }
            if (!children.isEmpty()) {
                visit(walk, source, children, field.getValue(), at, pattern(pattern, name, declared), severity,
                        depth + 1);
            }
        }
    }

    private static void add(List<TypeUse> children, Set<TypeUse> childSet, TypeUse child) {
        if (child != null && child.complete() && !(child.type() instanceof NeverType) && childSet.add(child)) {
            children.add(child);
        }
    }

    /**
     * The types that apply to {@code value} at one place: the type itself; of a union the
     * branches {@link ModelPlan#branches} picks; of a conditional in the type's schemas the
     * {@code if} and {@code then} when the value matches the {@code if} (everit decides), else the
     * {@code else}, both when that cannot be known; the {@code dependencies} schemas of the members
     * present. {@code not} describes nothing.
     */
    private void flatten(ModelType type, JsonNode value, List<ModelType> views, Set<ModelType> seen, Object[] orgJson,
            int depth) {
        if (type == null || depth > MAX_FLATTEN || !seen.add(type)) {
            return;
        }
        views.add(type);
        if (type instanceof UnionType union) {
            for (ModelType branch : ModelPlan.branches(union, value)) {
                flatten(branch, value, views, seen, orgJson, depth + 1);
            }
        }
        ModelPlan.Facts facts = plan.facts(type);
        if (facts == null) {
            return;
        }
        for (ModelPlan.Conditional conditional : facts.conditionals) {
            Boolean matches = plan.matches(conditional, value, orgJson);
            if (matches == null || matches) {
                flatten(conditional.ifType(), value, views, seen, orgJson, depth + 1);
                flatten(conditional.then(), value, views, seen, orgJson, depth + 1);
            }
            if (matches == null || !matches) {
                flatten(conditional.otherwise(), value, views, seen, orgJson, depth + 1);
            }
        }
        if (value.isObject()) {
            for (ModelPlan.Dependency dependency : facts.dependencies) {
                if (value.has(dependency.name())) {
                    flatten(dependency.schema(), value, views, seen, orgJson, depth + 1);
                }
            }
        }
    }

    private void flatten(TypeUse use, JsonNode value, List<ModelType> views, Set<ModelType> seen, Object[] orgJson,
            int depth) {
        if (use != null && use.complete()) {
            flatten(use.type(), value, views, seen, orgJson, depth);
        }
    }
}
