package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/**
 * The property that tells the branches of a {@code oneOf} apart, derived from the schema alone:
 * a property every branch requires and pins to one value ({@code const}, or an {@code enum} of
 * one), with a different value in each branch. For the call contract that is a message's
 * {@code role}; nothing here knows that.
 *
 * @param property the property name
 * @param values the pinned values as JSON text, in branch order
 * @param branches the branch schemas, in the same order
 */
record Discriminator(String property, List<JsonNode> values, List<Schema> branches) {

    /**
     * Remembers the discriminator of each {@code oneOf} (by identity: everit's schemas compare
     * structurally, which is slow), so that each is derived once per validator. Thread-safe.
     */
    static final class Cache {

        private final Map<IdentityKey, Optional<Discriminator>> known = new ConcurrentHashMap<>();

        Optional<Discriminator> of(CombinedSchema oneOf) {
            IdentityKey key = new IdentityKey(oneOf);
            Optional<Discriminator> found = known.get(key);
            return found != null ? found : known.computeIfAbsent(key, k -> Discriminator.of(oneOf));
        }
    }

    /** The discriminator of a {@code oneOf}, if its branches have one. */
    static Optional<Discriminator> of(CombinedSchema oneOf) {
        List<ObjectSchema> objects = new ArrayList<>();
        List<Schema> branches = new ArrayList<>(oneOf.getSubschemas());
        for (Schema branch : branches) {
            Schema target = unwrap(branch);
            if (!(target instanceof ObjectSchema object)) {
                return Optional.empty();
            }
            objects.add(object);
        }
        if (objects.size() < 2) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(objects.get(0).getRequiredProperties());
        candidates.sort(null);
        for (String property : candidates) {
            List<JsonNode> values = new ArrayList<>();
            for (ObjectSchema object : objects) {
                JsonNode value = object.getRequiredProperties().contains(property)
                        ? pinned(object.getPropertySchemas().get(property)) : null;
                if (value == null || values.contains(value)) {
                    values = null;
                    break;
                }
                values.add(value);
            }
            if (values != null) {
                return Optional.of(new Discriminator(property, List.copyOf(values), List.copyOf(branches)));
            }
        }
        return Optional.empty();
    }

    /** The branch whose pinned value equals {@code value}, or {@code null}. */
    Schema branchFor(JsonNode value) {
        int at = values.indexOf(value);
        return at < 0 ? null : branches.get(at);
    }

    /** The pinned values, rendered for messages. */
    List<String> rendered() {
        return values.stream().map(JsonNode::toString).toList();
    }

    static Schema unwrap(Schema schema) {
        Schema current = schema;
        for (int i = 0; i < 32 && current instanceof ReferenceSchema reference; i++) {
            current = reference.getReferredSchema();
        }
        return current;
    }

    private static JsonNode pinned(Schema schema) {
        Schema target = unwrap(schema);
        if (target instanceof ConstSchema constant) {
            return toJackson(constant.getPermittedValue());
        }
        if (target instanceof EnumSchema enumeration && enumeration.getPossibleValuesAsList().size() == 1) {
            return toJackson(enumeration.getPossibleValuesAsList().get(0));
        }
        if (target instanceof CombinedSchema combined
                && combined.getCriterion() == CombinedSchema.ALL_CRITERION) {
            for (Schema part : combined.getSubschemas()) {
                JsonNode value = pinned(part);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** An org.json value as a Jackson node, for comparing with parsed bodies. */
    static JsonNode toJackson(Object orgJson) {
        try {
            return JsonBodies.JSON.readTree(org.json.JSONObject.valueToString(orgJson));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read back " + orgJson, e);
        }
    }
}
