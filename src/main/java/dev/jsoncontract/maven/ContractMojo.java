package dev.jsoncontract.maven;

import dev.jsoncontract.contract.SchemaSource;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal reads the contract with, so that {@code generate},
 * {@code generate-tests} and {@code verify} resolve and select schemas the same way: set them once
 * in the plugin's {@code <configuration>} and every execution shares them.
 */
abstract class ContractMojo extends AbstractMojo {

    /**
     * With a folder {@code schema}: Ant-style patterns, relative to the folder, of the root files:
     * those {@code generate} generates from and, in plain schema mode, the one {@code verify}
     * holds recordings to; e.g. {@code <include>orders/*.schema.json</include>}. Default: every
     * {@code *.json}. Files not included still serve {@code $ref}s.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> includes;

    /**
     * With a folder {@code schema}: patterns of files that are not roots, even when included.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<String> excludes;

    /**
     * Where remote schemas are kept: each {@code <schemaMapping>} maps a URL prefix to a local
     * folder, e.g. {@code <prefix>https://json.schemastore.org/</prefix>} and
     * {@code <directory>${project.basedir}/src/main/jsonschema/schemastore</directory>}. A remote
     * {@code $ref} is read from the mapped folder; jsoncontract never fetches schemas from the
     * network.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<SchemaMapping> schemaMappings;

    /** Where the contract comes from: {@code schema} (or the bundled contract) and the parameters above. */
    final SchemaSource schemaSource(File schema) throws MojoExecutionException {
        return SchemaMapping.source(schema, includes, excludes, schemaMappings);
    }
}
