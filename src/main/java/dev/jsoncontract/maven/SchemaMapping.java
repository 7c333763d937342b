package dev.jsoncontract.maven;

import dev.jsoncontract.contract.SchemaSource;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * One {@code <schemaMapping>} of the {@code schemaMappings} parameter: a remote URL prefix and the
 * local folder that stands for it.
 */
public class SchemaMapping {

    /** The URL prefix, e.g. {@code https://json.schemastore.org/}. */
    private String prefix;

    /** The folder holding the documents below the prefix. */
    private File directory;

    /** The schema source the goals' schema parameters describe. */
    static SchemaSource source(File schema, List<String> includes, List<String> excludes, List<SchemaMapping> mappings)
            throws MojoExecutionException {
        List<dev.jsoncontract.contract.SchemaMapping> converted = new ArrayList<>();
        if (mappings != null) {
            for (SchemaMapping mapping : mappings) {
                if (mapping.prefix == null || mapping.prefix.isBlank() || mapping.directory == null) {
                    throw new MojoExecutionException("jsoncontract: every <schemaMapping> of schemaMappings needs a"
                            + " <prefix> (a URL such as https://json.schemastore.org/) and a <directory> (the local"
                            + " folder holding those schemas); one has " + (mapping.prefix == null ? "no prefix"
                            : "the prefix " + mapping.prefix + " but no directory") + ".");
                }
                converted.add(new dev.jsoncontract.contract.SchemaMapping(mapping.prefix, mapping.directory.toPath()));
            }
        }
        return new SchemaSource(schema == null ? null : schema.toPath(), includes == null ? List.of() : includes,
                excludes == null ? List.of() : excludes, converted);
    }
}
