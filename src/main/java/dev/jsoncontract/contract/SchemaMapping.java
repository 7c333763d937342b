package dev.jsoncontract.contract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the documents under a remote URL prefix are kept on disk, as an XML catalog says it:
 * {@code https://json.schemastore.org/} → {@code src/main/jsonschema/schemastore}. jsoncontract never
 * fetches a schema from the network; a remote {@code $ref} is read from the mapped folder instead.
 *
 * @param prefix the URL prefix, e.g. {@code https://json.schemastore.org/}
 * @param directory the folder whose files stand for the URLs below the prefix
 */
public record SchemaMapping(String prefix, Path directory) {

    public SchemaMapping {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(directory, "directory");
    }
}
