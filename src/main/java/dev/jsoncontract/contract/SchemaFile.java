package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Objects;

/**
 * One parsed schema document.
 *
 * <p>Two documents are the same when they were read from the same location: equality and hash code
 * look at {@link #location()} only, never at the (possibly large) parsed tree, so that documents and
 * the {@link SchemaNode}s inside them are cheap map keys.
 *
 * @param displayName how messages name the file: its path relative to the configured schema
 *     location, or {@code bundled:<name>} for the contract shipped in the plugin
 * @param location the absolute URI the document was read from (its retrieval URI)
 * @param id the document's base URI as its root {@code $id} (draft-04: {@code id}) sets it,
 *     resolved against {@code location}, or {@code null} when it has none
 * @param root the parsed document
 */
public record SchemaFile(String displayName, URI location, URI id, JsonNode root) {

    public SchemaFile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(root, "root");
    }

    /** The draft the document declares in {@code $schema}; draft-07 when it declares none. */
    public Draft draft() {
        return Draft.of(root);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaFile file && location.equals(file.location);
    }

    @Override
    public int hashCode() {
        return location.hashCode();
    }

    @Override
    public String toString() {
        return "SchemaFile[" + displayName + "]";
    }
}
