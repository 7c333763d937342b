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
 * Walks a body together with the schema (following {@code $ref}, {@code items}, {@code allOf},
 * the matching {@code oneOf} branch) and reports two things everit does not:
 * <ul>
 *   <li>drift: properties present in the body that the contract does not describe (not in
 *       {@code properties}, matching no {@code patternProperties}, and the schema gives no
 *       {@code additionalProperties}) on objects whose schema lists properties at all;</li>
 *   <li>which titled object schema each object of the body was checked against, for the
 *       denominators of the summary ("in 37 of 1000 calls").</li>
 * </ul>
 * Stateless: one instance serves every body, from any thread.
 */
final class SchemaWalker {

    private final SchemaLocations locations;
    private final Discriminator.Cache discriminators;
    private final Map<IdentityKey, Owner> owners = new java.util.concurrent.ConcurrentHashMap<>();

    SchemaWalker(SchemaLocations locations, Discriminator.Cache discriminators) {
        this.locations = locations;
        this.discriminators = discriminators;
    }

    private Owner owner(Schema titled) {
        IdentityKey key = new IdentityKey(titled);
        Owner owner = owners.get(key);
        return owner != null ? owner : owners.computeIfAbsent(key,
                k -> Owner.titled(locations.display(titled.getSchemaLocation()), titled.getTitle()));
    }

    /** What one walk found. */
    static final class Walk {
        /** The innermost titled schema each object (by JSON Pointer) was checked against. */
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
        Walk walk = new Walk();
        visit(walk, source, schema, body, "", strict ? Severity.FAILURE : Severity.WARNING);
        return walk;
    }

    private void visit(Walk walk, String source, Schema schema, JsonNode value, String pointer, Severity severity) {
        List<Schema> views = new ArrayList<>();
        flatten(schema, value, views, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (value.isObject()) {
            for (Schema view : views) {
                if (view.getTitle() != null && view.getSchemaLocation() != null) {
                    Owner owner = owner(view);
                    walk.owners.put(pointer, owner);
                    if (walk.counted.add(pointer + " " + owner.schemaLocation())) {
                        walk.instances.add(owner);
                    }
                }
            }
            objectMembers(walk, source, views, value, pointer, severity);
        } else if (value.isArray()) {
            for (Schema view : views) {
                if (view instanceof ArraySchema array) {
                    for (int i = 0; i < value.size(); i++) {
                        Schema item = array.getAllItemSchema();
                        if (item == null && array.getItemSchemas() != null) {
                            item = i < array.getItemSchemas().size() ? array.getItemSchemas().get(i)
                                    : array.getSchemaOfAdditionalItems();
                        }
                        if (item != null) {
                            visit(walk, source, item, value.get(i), pointer + "/" + i, severity);
                        }
                    }
                }
            }
        }
    }

    private void objectMembers(Walk walk, String source, List<Schema> views, JsonNode value, String pointer,
            Severity severity) {
        List<ObjectSchema> objects = new ArrayList<>();
        boolean listsProperties = false;
        for (Schema view : views) {
            if (view instanceof ObjectSchema object) {
                objects.add(object);
                JsonNode raw = raw(object);
                listsProperties |= raw != null && (raw.has("properties") || raw.has("patternProperties"));
            }
        }
        if (objects.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String name = field.getKey();
            String at = pointer + "/" + SchemaNode.escape(name);
            Map<Schema, Boolean> children = new LinkedHashMap<>();
            boolean described = false;
            for (ObjectSchema object : objects) {
                Schema property = object.getPropertySchemas().get(name);
                boolean matched = false;
                if (property != null) {
                    children.put(property, true);
                    matched = true;
                }
                for (Map.Entry<Pattern, Schema> pattern : patternProperties(object).entrySet()) {
                    if (PatternBudget.find(pattern.getKey(), name)) {
                        children.put(pattern.getValue(), true);
                        matched = true;
                    }
                }
                JsonNode raw = raw(object);
                if (!matched && raw != null && raw.has("additionalProperties")) {
                    matched = true;
                    if (object.getSchemaOfAdditionalProperties() != null) {
                        children.put(object.getSchemaOfAdditionalProperties(), true);
                    }
                }
                described |= matched || raw == null;
            }
            if (!described && listsProperties && walk.reported.add(at)) {
                String location = locations.display(objects.get(objects.size() - 1).getSchemaLocation());
                walk.drift.add(new Finding(source, at, location, Finding.KEYWORD_DRIFT,
                        JsonBodies.render(com.fasterxml.jackson.databind.node.TextNode.valueOf(name)), List.of(),
                        severity, "is not described by the contract"));
            }
            for (Schema child : children.keySet()) {
                visit(walk, source, child, field.getValue(), at, severity);
            }
        }
    }

    /** everit's only public accessor of patternProperties is deprecated in favour of a package-private one. */
    @SuppressWarnings("deprecation")
    static Map<Pattern, Schema> patternProperties(ObjectSchema object) {
        return object.getPatternProperties();
    }

    private JsonNode raw(Schema schema) {
        SchemaNode node = locations.node(schema.getSchemaLocation());
        return node == null ? null : node.node();
    }

    private void flatten(Schema schema, JsonNode value, List<Schema> views, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema instanceof ReferenceSchema reference) {
            flatten(reference.getReferredSchema(), value, views, seen);
            return;
        }
        if (schema instanceof CombinedSchema combined) {
            if (schema.getTitle() != null) {
                views.add(schema);
            }
            if (combined.getCriterion() == CombinedSchema.ONE_CRITERION && value.isObject()) {
                Optional<Discriminator> discriminator = discriminators.of(combined);
                if (discriminator.isPresent()) {
                    JsonNode seenValue = value.get(discriminator.get().property());
                    Schema branch = seenValue == null ? null : discriminator.get().branchFor(seenValue);
                    flatten(branch, value, views, seen);
                    return;
                }
            }
            for (Schema part : combined.getSubschemas()) {
                flatten(part, value, views, seen);
            }
            return;
        }
        if (schema instanceof ConditionalSchema conditional) {
            conditional.getIfSchema().ifPresent(s -> flatten(s, value, views, seen));
            conditional.getThenSchema().ifPresent(s -> flatten(s, value, views, seen));
            conditional.getElseSchema().ifPresent(s -> flatten(s, value, views, seen));
            return;
        }
        views.add(schema);
    }
}
