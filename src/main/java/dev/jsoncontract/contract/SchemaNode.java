package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A schema (or any node) together with where it stands: the file and the JSON Pointer in it.
 * Everything that reports on a schema carries one of these, so that messages can name the place.
 *
 * @param file the document the node belongs to
 * @param pointer the JSON Pointer of the node in {@code file}, {@code ""} for the root
 * @param node the node itself
 */
public record SchemaNode(SchemaFile file, String pointer, JsonNode node) {

    public SchemaNode {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(node, "node");
    }

    /** Two nodes are the same place when file and pointer are; the tree itself is not compared. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaNode node && file.equals(node.file) && pointer.equals(node.pointer);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + pointer.hashCode();
    }

    @Override
    public String toString() {
        return location();
    }

    /** The root of a document. */
    public static SchemaNode root(SchemaFile file) {
        return new SchemaNode(file, "", file.root());
    }

    /** The child under an object key, or {@code null} when there is none. */
    public SchemaNode child(String key) {
        JsonNode value = node.get(key);
        return value == null ? null : new SchemaNode(file, pointer + "/" + escape(key), value);
    }

    /** The element at an array index, or {@code null} when there is none. */
    public SchemaNode child(int index) {
        JsonNode value = node.get(index);
        return value == null ? null : new SchemaNode(file, pointer + "/" + index, value);
    }

    /** A {@link ContractException} located at this node. */
    public ContractException error(String problem) {
        return new ContractException(file.displayName(), pointer, problem);
    }

    /** {@code file#pointer}, the way messages name a place. */
    public String location() {
        return file.displayName() + "#" + pointer;
    }

    /** Escapes one reference token of a JSON Pointer (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Unescapes one reference token of a JSON Pointer (RFC 6901). */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
