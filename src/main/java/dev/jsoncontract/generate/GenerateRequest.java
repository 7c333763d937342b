package dev.jsoncontract.generate;

import dev.jsoncontract.codegen.JacksonVersion;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link GenerateService} is asked to do.
 *
 * @param schema a schema file or a folder of them, or {@code null} for the contract bundled in the
 *     plugin
 * @param packageName the package of the generated code, e.g. {@code example.calls}
 * @param outputDirectory the source root the files are written to
 * @param pluginVersion the version of the plugin; part of the fingerprint, so that a new version
 *     regenerates
 * @param jackson the Jackson the generated client is written for; part of the fingerprint
 */
public record GenerateRequest(Path schema, String packageName, Path outputDirectory, String pluginVersion,
        JacksonVersion jackson) {

    /** A request for a client written for Jackson 2. */
    public GenerateRequest(Path schema, String packageName, Path outputDirectory, String pluginVersion) {
        this(schema, packageName, outputDirectory, pluginVersion, JacksonVersion.JACKSON_2);
    }

    public GenerateRequest {
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
    }
}
