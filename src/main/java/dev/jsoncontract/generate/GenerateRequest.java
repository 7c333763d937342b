package dev.jsoncontract.generate;

import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.contract.SchemaSource;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link GenerateService} is asked to do.
 *
 * @param source the schemas: a file or folder (with includes, excludes and schema mappings), or
 *     the contract bundled in the plugin
 * @param packageName the package of the generated code, e.g. {@code example.calls}
 * @param outputDirectory the source root the files are written to
 * @param pluginVersion the version of the plugin; part of the fingerprint, so that a new version
 *     regenerates
 * @param strictTypes whether a place that can only be mapped to {@code JsonNode} is an error
 *     rather than a warning
 * @param jackson the Jackson the generated client is written for; part of the fingerprint
 */
public record GenerateRequest(SchemaSource source, String packageName, Path outputDirectory, String pluginVersion,
        boolean strictTypes, JacksonVersion jackson) {

    public GenerateRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        Objects.requireNonNull(jackson, "jackson");
    }

    /** A request for a client written for Jackson 2. */
    public GenerateRequest(SchemaSource source, String packageName, Path outputDirectory, String pluginVersion,
            boolean strictTypes) {
        this(source, packageName, outputDirectory, pluginVersion, strictTypes, JacksonVersion.JACKSON_2);
    }

    /**
     * @param schema a schema file or a folder of them, every file a root, or {@code null} for the
     *     bundled contract
     */
    public GenerateRequest(Path schema, String packageName, Path outputDirectory, String pluginVersion) {
        this(SchemaSource.of(schema, null), packageName, outputDirectory,
                pluginVersion, false);
    }

    /** The schema file or folder, or {@code null} for the bundled contract. */
    public Path schema() {
        return source.location();
    }
}
