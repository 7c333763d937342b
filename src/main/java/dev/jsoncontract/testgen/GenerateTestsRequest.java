package dev.jsoncontract.testgen;

import dev.jsoncontract.codegen.JacksonVersion;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code generate-tests} is asked to do. Immutable.
 *
 * @param schema the contract (a file or folder), or {@code null} for the call contract bundled in the plugin
 * @param operation the operation whose responses the recordings are, or {@code null} for the first
 * @param packageName the package of the generated model, which the tests join
 * @param recordings the folder of recorded bodies ({@code *.json}, {@code *.har}); need not exist
 * @param baseDirectory the project's folder; the tests find the recordings relative to it
 * @param strict whether properties the contract does not describe are violations, as for {@code verify}
 * @param outputDirectory the test source root the tests are written to
 * @param jackson the Jackson the tests are written for
 */
public record GenerateTestsRequest(
        Path schema,
        String operation,
        String packageName,
        Path recordings,
        Path baseDirectory,
        boolean strict,
        Path outputDirectory,
        JacksonVersion jackson) {

    /** A request for tests written for Jackson 2. */
    public GenerateTestsRequest(Path schema, String operation, String packageName, Path recordings,
            Path baseDirectory, boolean strict, Path outputDirectory) {
        this(schema, operation, packageName, recordings, baseDirectory, strict, outputDirectory,
                JacksonVersion.JACKSON_2);
    }

    public GenerateTestsRequest {
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(recordings, "recordings");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }
}
