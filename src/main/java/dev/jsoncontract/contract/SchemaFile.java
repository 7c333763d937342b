package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Objects;

/**
 * One parsed schema document.
 *
 * @param displayName how messages name the file: its path relative to the configured schema
 *     location, or {@code bundled:<name>} for the contract shipped in the plugin
 * @param location the absolute URI the document was read from; relative {@code $ref}s resolve
 *     against it
 * @param id the document's {@code $id}, or {@code null} when it has none
 * @param root the parsed document
 */
public record SchemaFile(String displayName, URI location, URI id, JsonNode root) {

    public SchemaFile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(root, "root");
    }
}
