package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import java.util.regex.Pattern;

/**
 * <b>Test oracle</b>: verify's drift walk as it was before it read the contract model, over
 * everit's schema objects; {@code ModelWalkersAgreementTest} checks that the model's walk agrees
 * with it. Not used by the plugin.
 *
 * Walks a body together with the schemas that apply at each place (see {@link #flatten}) and
 * reports two things everit does not:
 * <ul>
 *   <li>drift: properties present in the body that the contract does not describe (not in
 *       {@code properties}, matching no {@code patternProperties}, and the schema gives no
 *       {@code additionalProperties}) on objects whose schema lists properties at all;</li>
 *   <li>which titled object schema each object of the body was checked against, for the
 *       denominators of the summary ("in 37 of 1000 calls").</li>
 * </ul>
 * Stateless: one instance serves every body, from any thread.
 */
final class LegacySchemaWalker {

    private final SchemaLocations locations;
    private final Discriminator.Cache discriminators;
    private final Map<IdentityKey, Owner> owners = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<IdentityKey, Owner> untitledOwners = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<IdentityKey, ObjectShape> shapes = new java.util.concurrent.ConcurrentHashMap<>();
    private final BranchMatcher matcher = new BranchMatcher();
    /**
     * The location of the schemas everit splits one JSON object into ({@code properties} beside
     * {@code if} or {@code allOf} becomes an allOf of an object schema and the rest, without
     * locations of their own): the location of that object.
     */
    private final Map<IdentityKey, String> splitLocations = new java.util.concurrent.ConcurrentHashMap<>();

    LegacySchemaWalker(SchemaLocations locations, Discriminator.Cache discriminators) {
        this.locations = locations;
        this.discriminators = discriminators;
    }

    private Owner owner(Schema titled) {
        IdentityKey key = new IdentityKey(titled);
        Owner owner = owners.get(key);
        return owner != null ? owner : owners.computeIfAbsent(key,
                k -> Owner.titled(locations.display(titled.getSchemaLocation()), titled.getTitle()));
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

    Walk walk(String source, Schema schema, JsonNode body, boolean strict) {
        return walk(source, schema, body, strict, "");
    }

    /**
     * @param pattern the body's place as {@link #pattern} names it: {@code ""} for a whole body,
     *     {@code "[]"} for one element of a streamed array
     */
    Walk walk(String source, Schema schema, JsonNode body, boolean strict, String pattern) {
        Walk walk = new Walk();
        visit(walk, source, List.of(schema), body, "", pattern, strict ? Severity.FAILURE : Severity.WARNING, 0);
        return walk;
    }

    /**
     * The owner of an untitled object: its schema's location, named by its place in the body with
     * array items as {@code []} and map values as {@code {}} ({@code items[]}, {@code custom{}},
     * {@code analysis.custom{}.score}); the whole body is {@link Owner#BODY}.
     */
    private Owner untitled(Schema schema, String pattern) {
        if (pattern.isEmpty()) {
            return Owner.BODY;
        }
        String location = location(schema);
        if (location == null) {
            return null;
        }
        String noun = pattern.equals("[]") ? "items" : pattern + " objects";
        IdentityKey key = new IdentityKey(schema);
        Owner owner = untitledOwners.get(key);
        return owner != null ? owner : untitledOwners.computeIfAbsent(key,
                k -> new Owner(locations.display(location), noun));
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

    /**
     * Visits one value with every schema that applies at its place, all at once: a property two
     * {@code allOf} branches describe is described by both, however each spells it.
     */
    private void visit(Walk walk, String source, List<Schema> schemas, JsonNode value, String pointer,
            String pattern, Severity severity, int depth) {
        if (depth > MAX_DEPTH || !value.isContainerNode()) {
            // a scalar has no members to describe and owns no finding
            return;
        }
        List<Schema> views = new ArrayList<>();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Object[] orgJson = new Object[1];
        for (Schema schema : schemas) {
            flatten(schema, value, views, seen, orgJson);
        }
        if (value.isObject()) {
            boolean titled = false;
            for (Schema view : views) {
                if (view.getTitle() != null && view.getSchemaLocation() != null) {
                    titled = true;
                    count(walk, pointer, owner(view));
                }
            }
            if (!titled) {
                for (Schema view : views) {
                    Owner owner = view instanceof ObjectSchema ? untitled(view, pattern) : null;
                    if (owner != null) {
                        if (owner != Owner.BODY) {
                            count(walk, pointer, owner);
                        }
                        break;
                    }
                }
            }
            objectMembers(walk, source, views, value, pointer, pattern, severity, depth);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                List<Schema> items = new ArrayList<>();
                for (Schema view : views) {
                    if (view instanceof ArraySchema array) {
                        Schema item = itemSchema(array, i);
                        if (item != null) {
                            items.add(item);
                        }
                    }
                }
                if (!items.isEmpty()) {
                    visit(walk, source, items, value.get(i), pointer + "/" + i, pattern + "[]", severity, depth + 1);
                }
            }
        }
    }

    /** The schema of item {@code i} of an array schema: {@code items}, the tuple's, or {@code additionalItems}. */
    private static Schema itemSchema(ArraySchema array, int i) {
        if (array.getAllItemSchema() != null) {
            return array.getAllItemSchema();
        }
        if (array.getItemSchemas() != null) {
            return i < array.getItemSchemas().size() ? array.getItemSchemas().get(i) : array.getSchemaOfAdditionalItems();
        }
        return null;
    }

    /**
     * Reports the members no applying object schema describes, then visits each member with every
     * schema that describes it. A member is described by a schema that names it in
     * {@code properties}, matches it by a {@code patternProperties} pattern, or has
     * {@code additionalProperties} (a schema, {@code true} or {@code false}: what it allows is
     * everit's to judge). Drift is reported only where some applying schema lists properties.
     */
    private void objectMembers(Walk walk, String source, List<Schema> views, JsonNode value, String pointer,
            String pattern, Severity severity, int depth) {
        List<ObjectShape> objects = new ArrayList<>();
        boolean listsProperties = false;
        for (Schema view : views) {
            if (view instanceof ObjectSchema object) {
                ObjectShape shape = shape(object);
                objects.add(shape);
                listsProperties |= shape.listsProperties;
            }
        }
        if (objects.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            String at = pointer + "/" + SchemaNode.escape(name);
            List<Schema> children = new ArrayList<>();
            Set<Schema> childSet = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean described = false;
            boolean declared = false;
            for (ObjectShape object : objects) {
                Schema property = object.schema.getPropertySchemas().get(name);
                boolean matched = false;
                if (property != null) {
                    declared = true;
                    if (childSet.add(property)) {
                        children.add(property);
                    }
                    matched = true;
                }
                for (Map.Entry<Pattern, Schema> patternProperty : object.patterns) {
                    if (PatternBudget.find(patternProperty.getKey(), name)) {
                        if (childSet.add(patternProperty.getValue())) {
                            children.add(patternProperty.getValue());
                        }
                        matched = true;
                    }
                }
                if (!matched && object.givesAdditional) {
                    matched = true;
                    Schema additional = object.schema.getSchemaOfAdditionalProperties();
                    if (additional != null && childSet.add(additional)) {
                        children.add(additional);
                    }
                }
                described |= matched || !object.known;
            }
            if (!described && listsProperties && walk.reported.add(at)) {
                String location = locations.display(location(objects.get(objects.size() - 1).schema));
                walk.drift.add(new Finding(source, at, location, Finding.KEYWORD_DRIFT,
                        JsonBodies.render(com.fasterxml.jackson.databind.node.TextNode.valueOf(name)), List.of(),
                        severity, "is not described by the contract"));
            }
            if (!children.isEmpty()) {
                visit(walk, source, children, field.getValue(), at, pattern(pattern, name, declared), severity,
                        depth + 1);
            }
        }
    }

    /**
     * What the walk needs of one object schema, read once: its pattern properties compiled (everit's
     * public getter compiles them again on every call), and from its raw node whether it lists
     * properties and gives {@code additionalProperties}.
     *
     * @param known whether the raw node was found; an object schema without one describes every member
     */
    private record ObjectShape(ObjectSchema schema, List<Map.Entry<Pattern, Schema>> patterns, boolean listsProperties,
            boolean givesAdditional, boolean known) {
    }

    private ObjectShape shape(ObjectSchema object) {
        IdentityKey key = new IdentityKey(object);
        ObjectShape shape = shapes.get(key);
        if (shape == null) {
            JsonNode raw = raw(object);
            shape = shapes.computeIfAbsent(key, k -> new ObjectShape(object,
                    List.copyOf(patternProperties(object).entrySet()),
                    raw != null && (raw.has("properties") || raw.has("patternProperties")),
                    raw != null && raw.has("additionalProperties"), raw != null));
        }
        return shape;
    }

    /** everit's only public accessor of patternProperties is deprecated in favour of a package-private one. */
    @SuppressWarnings("deprecation")
    static Map<Pattern, Schema> patternProperties(ObjectSchema object) {
        return object.getPatternProperties();
    }

    private JsonNode raw(Schema schema) {
        SchemaNode node = locations.node(location(schema));
        return node == null ? null : node.node();
    }

    /** The schema's location, or that of the JSON object everit split it from; {@code null} when neither is known. */
    private String location(Schema schema) {
        return schema.getSchemaLocation() != null ? schema.getSchemaLocation()
                : splitLocations.get(new IdentityKey(schema));
    }

    /**
     * The schemas that apply to {@code value} at one place, references followed: every
     * {@code allOf} branch; of a {@code oneOf} with a discriminator the branch it names; of any
     * other {@code oneOf} or {@code anyOf} the branches the value matches (all of them when it
     * matches none: the value fails anyway, and drift would only add noise); the {@code if} and
     * {@code then} when the value matches the {@code if}, else the {@code else}; the
     * {@code dependencies} schemas of the members present. {@code not} describes nothing.
     */
    private void flatten(Schema schema, JsonNode value, List<Schema> views, Set<Schema> seen, Object[] orgJson) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema instanceof ReferenceSchema reference) {
            flatten(reference.getReferredSchema(), value, views, seen, orgJson);
            return;
        }
        if (schema instanceof CombinedSchema combined) {
            if (schema.getTitle() != null) {
                views.add(schema);
            }
            String location = location(combined);
            for (Schema part : applying(combined, value, orgJson)) {
                if (part.getSchemaLocation() == null && location != null) {
                    splitLocations.putIfAbsent(new IdentityKey(part), location);
                }
                flatten(part, value, views, seen, orgJson);
            }
            return;
        }
        if (schema instanceof ConditionalSchema conditional) {
            Schema condition = conditional.getIfSchema().orElse(null);
            if (condition == null) {
                return;
            }
            if (matcher.matches(condition, value, orgJson)) {
                flatten(condition, value, views, seen, orgJson);
                conditional.getThenSchema().ifPresent(s -> flatten(s, value, views, seen, orgJson));
            } else {
                conditional.getElseSchema().ifPresent(s -> flatten(s, value, views, seen, orgJson));
            }
            return;
        }
        views.add(schema);
        if (schema instanceof ObjectSchema object && value.isObject()) {
            object.getSchemaDependencies().forEach((name, dependency) -> {
                if (value.has(name)) {
                    flatten(dependency, value, views, seen, orgJson);
                }
            });
        }
    }

    /** The branches of a combined schema that apply to {@code value}. */
    private Iterable<Schema> applying(CombinedSchema combined, JsonNode value, Object[] orgJson) {
        if (combined.getCriterion() == CombinedSchema.ALL_CRITERION) {
            return combined.getSubschemas();
        }
        if (combined.getCriterion() == CombinedSchema.ONE_CRITERION && value.isObject()) {
            Optional<Discriminator> discriminator = discriminators.of(combined);
            if (discriminator.isPresent()) {
                JsonNode seenValue = value.get(discriminator.get().property());
                Schema branch = seenValue == null ? null : discriminator.get().branchFor(seenValue);
                return branch == null ? List.of() : List.of(branch);
            }
        }
        if (combined.getSubschemas().size() == 1) {
            return combined.getSubschemas();
        }
        List<Schema> matching = new ArrayList<>();
        for (Schema branch : combined.getSubschemas()) {
            if (matcher.matches(branch, value, orgJson)) {
                matching.add(branch);
            }
        }
        return matching.isEmpty() ? combined.getSubschemas() : matching;
    }
}
