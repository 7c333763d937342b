package dev.jsoncontract.testgen;

import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.contract.SchemaSource;
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
 * @param source where the contract's schemas come from ({@code schema} with the goal's
 *     {@code includes}, {@code excludes} and {@code schemaMappings}), or {@code null} for
 *     {@code schema} alone
 */
public record GenerateTestsRequest(
        Path schema,
        String operation,
        String packageName,
        Path recordings,
        Path baseDirectory,
        boolean strict,
        Path outputDirectory,
        JacksonVersion jackson,
        SchemaSource source) {

    /** A request whose contract is {@code schema} alone (no includes, excludes or mappings). */
    public GenerateTestsRequest(Path schema, String operation, String packageName, Path recordings,
            Path baseDirectory, boolean strict, Path outputDirectory, JacksonVersion jackson) {
        this(schema, operation, packageName, recordings, baseDirectory, strict, outputDirectory, jackson, null);
    }

    /** A request for tests written for Jackson 2. */
    public GenerateTestsRequest(Path schema, String operation, String packageName, Path recordings,
            Path baseDirectory, boolean strict, Path outputDirectory) {
        this(schema, operation, packageName, recordings, baseDirectory, strict, outputDirectory,
                JacksonVersion.JACKSON_2);
    }

    public GenerateTestsRequest {
        source = SchemaSource.of(schema, source);
        Objects.requireNonNull(jackson, "jackson");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(recordings, "recordings");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }
}
