package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which members of a schema object hold schemas: the one answer to "where are the subschemas?"
 * for everything that walks a document (the resolver's {@code $id} index, the copies served to the
 * validator). Keywords whose values are data ({@code enum}, {@code const}, {@code default},
 * {@code examples}) are never entered, so a {@code "$ref"} or {@code "$id"} inside an example is
 * not taken for a keyword; keywords that map names to schemas ({@code properties},
 * {@code definitions}, ...) are entered one level deeper, so a property named {@code "$ref"} is a
 * property. Members jsoncontract does not know (such as {@code x-jsoncontract}) are entered as if
 * they held schemas, because {@code $ref}s may point into them.
 */
public final class SchemaKeywords {

    /** Keywords whose value is data, not a schema. */
    public static final Set<String> DATA = Set.of("enum", "const", "default", "examples", "required", "type");

    /** Keywords whose value maps names to schemas. */
    public static final Set<String> NAMED = Set.of("properties", "patternProperties", "definitions", "$defs", "dependencies");

    private SchemaKeywords() {
    }

    /** The subschemas directly below {@code schema}, in document order. */
    public static List<SchemaNode> subschemas(SchemaNode schema) {
        List<SchemaNode> children = new ArrayList<>();
        JsonNode json = schema.node();
        if (!json.isObject()) {
            return children;
        }
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            if (DATA.contains(keyword) || !(value.isObject() || value.isArray())) {
                continue;
            }
            SchemaNode child = schema.child(keyword);
            if (NAMED.contains(keyword) && value.isObject()) {
                for (String name : iterable(value)) {
                    SchemaNode entry = child.child(name);
                    if (entry.node().isObject()) {
                        children.add(entry);
                    }
                }
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isObject()) {
                        children.add(child.child(i));
                    }
                }
            } else {
                children.add(child);
            }
        }
        return children;
    }

    private static Iterable<String> iterable(JsonNode object) {
        return object::fieldNames;
    }
}
