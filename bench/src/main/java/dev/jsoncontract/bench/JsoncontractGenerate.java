package dev.jsoncontract.bench;

import dev.jsoncontract.generate.GenerateException;
import dev.jsoncontract.generate.GenerateRequest;
import dev.jsoncontract.generate.GenerateResult;
import dev.jsoncontract.generate.GenerateService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * jsoncontract's {@code generate}, as the Mojo runs it, minus Maven: a {@link GenerateRequest} for
 * the call contract bundled in the plugin (no {@code schema}), package {@value #PACKAGE}, handed to
 * {@link GenerateService#standard()}. The Mojo then only adds the output folder to the compile
 * source roots.
 *
 * <p>{@link #main(String[])} generates into a folder in a process of its own: the unchanged-input
 * benchmarks use it to set up their output without loading the generator into the measured JVM.
 */
public final class JsoncontractGenerate {

    /** The package of the generated code, as in {@code bench/whole/jsoncontract/pom.xml}. */
    public static final String PACKAGE = "com.example.calls";

    private static final String POM_PROPERTIES =
            "META-INF/maven/dev.jsoncontract/jsoncontract-maven-plugin/pom.properties";

    private JsoncontractGenerate() {
    }

    /** Generates into {@code out}, or writes nothing when {@code out} is up to date. */
    public static GenerateResult generate(Path out) {
        try {
            return GenerateService.standard().generate(request(out), line -> { });
        } catch (GenerateException e) {
            throw new IllegalStateException("generate failed on the bundled contract: " + e.getMessage(), e);
        }
    }

    /** The request the Mojo builds for the bundled contract: {@code schema} unset, {@link #PACKAGE}. */
    public static GenerateRequest request(Path out) {
        return new GenerateRequest(null, PACKAGE, out, pluginVersion());
    }

    /**
     * The plugin's version, as the Mojo gets it from {@code ${plugin.version}}: from the plugin's
     * {@code pom.properties} (kept in the benchmark jar), else {@code 0.1.0-SNAPSHOT}.
     */
    public static String pluginVersion() {
        try (InputStream in = JsoncontractGenerate.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "0.1.0-SNAPSHOT");
            }
        } catch (IOException e) {
            // fall through to the version bench/pom.xml depends on
        }
        return "0.1.0-SNAPSHOT";
    }

    /**
     * Every file below {@code dir} (relative path with {@code /}) with its size and modification
     * time in nanoseconds: two equal snapshots mean no file was written, added or removed.
     */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(dir.relativize(file).toString().replace('\\', '/'),
                        attributes.size() + "@" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Generates into a folder in a JVM of its own, the way a first build would.
     *
     * @param out the output folder
     * @param timeoutSeconds how long to wait for it
     */
    public static void generateInChildJvm(Path out, long timeoutSeconds) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JsoncontractGenerate.class.getName(), out.toString()).inheritIO();
        try {
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("generating " + out + " in a child JVM took over " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("generating " + out + " in a child JVM failed (exit "
                        + process.exitValue() + "); its output is above");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + java, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating " + out, e);
        }
    }

    /** {@code JsoncontractGenerate <output folder>}: generates the bundled contract there. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: JsoncontractGenerate <output folder>");
            System.exit(2);
        }
        GenerateResult result = generate(Path.of(args[0]));
        if (result.files() == 0) {
            System.err.println("generate wrote no source file into " + args[0]);
            System.exit(1);
        }
    }
}
