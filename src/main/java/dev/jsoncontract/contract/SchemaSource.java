package dev.jsoncontract.contract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a contract's schemas come from, as the {@code schema}, {@code includes}, {@code excludes}
 * and {@code schemaMappings} parameters of every goal describe it.
 *
 * @param location a schema file or a folder of them, or {@code null} for the contract bundled in
 *     the plugin
 * @param includes Ant-style globs, relative to a folder {@code location}, of the files that are
 *     roots (generated, verified against); empty: every {@code *.json}. Files not selected still
 *     serve {@code $ref}s.
 * @param excludes globs of files that are not roots, even when included
 * @param mappings remote URL prefixes and the folders that stand for them
 */
public record SchemaSource(Path location, List<String> includes, List<String> excludes, List<SchemaMapping> mappings) {

    public SchemaSource {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        mappings = List.copyOf(mappings);
    }

    /** The bundled contract. */
    public static SchemaSource bundled() {
        return new SchemaSource(null, List.of(), List.of(), List.of());
    }

    /** One file or folder, every file a root, no mappings. */
    public static SchemaSource of(Path location) {
        return new SchemaSource(Objects.requireNonNull(location, "location"), List.of(), List.of(), List.of());
    }

    /**
     * The source of a request that names {@code schema}: {@code given} when there is one (it must
     * name the same place), else {@code schema} alone, or the bundled contract when that is
     * {@code null}.
     *
     * @throws IllegalArgumentException when {@code given} names another place than {@code schema}
     */
    public static SchemaSource of(Path schema, SchemaSource given) {
        if (given == null) {
            return schema == null ? bundled() : of(schema);
        }
        if (!Objects.equals(given.location(), schema)) {
            throw new IllegalArgumentException("source " + given.location() + " is not schema " + schema);
        }
        return given;
    }

    /** Whether this is the contract bundled in the plugin. */
    public boolean isBundled() {
        return location == null;
    }
}
