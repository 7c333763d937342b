package dev.jsoncontract.codegen;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test utility: compiles generated {@link JavaFile}s in memory against the test class path and
 * loads the classes, failing on any diagnostic. Used by the model tests and meant for the client
 * tests too; {@link SourceCompiler} is the reporting variant behind it.
 *
 * <pre>{@code
 * ClassLoader loader = InMemoryCompiler.compile(files);              // -Xlint:all -Werror --release 17
 * Class<?> call = loader.loadClass("example.calls.Call");
 * }</pre>
 */
public final class InMemoryCompiler {

    /** The options of the warning-free check: every lint, warnings are errors, Java 17. */
    public static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");

    private InMemoryCompiler() {
    }

    /** Compiles with {@link #STRICT}; fails with every diagnostic when javac reports anything. */
    public static ClassLoader compile(List<JavaFile> files) {
        return compile(files, STRICT);
    }

    /**
     * @throws AssertionError with every diagnostic (and the sources' line numbers) when compilation
     *     fails or reports a warning
     */
    public static ClassLoader compile(List<JavaFile> files, List<String> options) {
        SourceCompiler.Result result;
        try (SourceCompiler javac = new SourceCompiler(options)) {
            result = javac.compileFiles(files);
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        if (!result.success() || !result.problems().isEmpty()) {
            throw new AssertionError("javac " + options + " reported:\n" + result.problems().stream()
                    .map(SourceCompiler.Problem::toString)
                    .collect(Collectors.joining("\n")) + "\n" + result.output());
        }
        return result.classes();
    }
}
