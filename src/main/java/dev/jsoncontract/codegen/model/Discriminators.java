package dev.jsoncontract.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the property that tells the branches of a {@code oneOf} apart: the first property of the
 * first branch that every branch lists in {@code required} and restricts to a single string value
 * ({@code const}, or an {@code enum} of one value), with a different value in each branch.
 * Public so that the generated contract tests ({@code dev.jsoncontract.testgen}) pick branches by
 * exactly the rule the model uses.
 */
public final class Discriminators {

    /**
     * @param property the wire name of the discriminating property
     * @param values its value in each branch, in branch order
     */
    public record Discriminator(String property, List<String> values) {
    }

    private Discriminators() {
    }

    /**
     * @param branches the branch schemas, references already followed
     * @return the discriminator, or {@code null} when the branches have none
     */
    public static Discriminator find(List<SchemaNode> branches, SchemaRegistry registry) {
        SchemaNode first = branches.get(0).child("properties");
        Iterator<String> candidates = first.node().fieldNames();
        while (candidates.hasNext()) {
            String candidate = candidates.next();
            List<String> values = new ArrayList<>();
            for (SchemaNode branch : branches) {
                String value = requiredSingleValue(branch, candidate, registry);
                if (value == null) {
                    break;
                }
                values.add(value);
            }
            if (values.size() == branches.size() && new HashSet<>(values).size() == values.size()) {
                return new Discriminator(candidate, List.copyOf(values));
            }
        }
        return null;
    }

    private static String requiredSingleValue(SchemaNode branch, String property, SchemaRegistry registry) {
        JsonNode required = branch.node().get("required");
        Set<String> names = new HashSet<>();
        if (required != null && required.isArray()) {
            required.forEach(name -> names.add(name.asText()));
        }
        SchemaNode properties = branch.child("properties");
        SchemaNode schema = properties == null ? null : properties.child(property);
        if (!names.contains(property) || schema == null) {
            return null;
        }
        try {
            for (int hops = 0; hops < 32 && schema.node().isObject() && schema.node().has("$ref"); hops++) {
                schema = registry.resolve(schema);
            }
        } catch (ContractException e) {
            return null;
        }
        return singleValue(schema.node());
    }

    /** The one string a schema allows, or {@code null}. */
    static String singleValue(JsonNode schema) {
        if (!schema.isObject()) {
            return null;
        }
        JsonNode constant = schema.get("const");
        if (constant != null && constant.isTextual()) {
            return constant.asText();
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray() && values.size() == 1 && values.get(0).isTextual()) {
            return values.get(0).asText();
        }
        return null;
    }
}
