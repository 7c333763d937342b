package dev.jsoncontract.generate;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs {@code generate}: loads the contract, turns it into Java sources and writes them below the
 * output directory.
 *
 * <p>Incremental: when the fingerprint of the schema documents, the configuration and the plugin
 * version matches the one recorded by the last run (see {@link GenerationState}) and every file it
 * wrote is still there, nothing is generated or written. Otherwise only files whose content changed
 * are written (the others keep their timestamps), and files the last run generated that are no
 * longer produced are deleted. Files the plugin did not write are never touched.
 */
public final class GenerateService {

    /** Turns a loaded contract into Java files. */
    @FunctionalInterface
    public interface Generator {

        /**
         * @param contract the loaded contract
         * @param packageName the package of the generated code
         * @return the files, in a deterministic order
         * @throws GenerateException listing every problem of the contract
         */
        List<JavaFile> generate(Contract contract, String packageName) throws GenerateException;

        /**
         * @param contract the loaded contract
         * @param packageName the package of the generated code
         * @param jackson the Jackson the client is written for; by default ignored
         * @return the files, in a deterministic order
         * @throws GenerateException listing every problem of the contract
         */
        default List<JavaFile> generate(Contract contract, String packageName, JacksonVersion jackson)
                throws GenerateException {
            return generate(contract, packageName);
        }
    }

    private final Generator generator;

    /** @param generator the code generator; see {@link #standard()} */
    public GenerateService(Generator generator) {
        this.generator = generator;
    }

    /** The service with the model generator and, for each API the contract describes, its client. */
    public static GenerateService standard() {
        return new GenerateService(new Generator() {
            @Override
            public List<JavaFile> generate(Contract contract, String packageName) throws GenerateException {
                return JavaSources.generate(contract, packageName, JacksonVersion.JACKSON_2);
            }

            @Override
            public List<JavaFile> generate(Contract contract, String packageName, JacksonVersion jackson)
                    throws GenerateException {
                return JavaSources.generate(contract, packageName, jackson);
            }
        });
    }

    /**
     * @param request what to generate, where
     * @param log receives one line per run saying what was done
     * @return what was done
     * @throws GenerateException when the configuration or the contract has problems, or the output
     *     cannot be written; the message lists every problem
     */
    public GenerateResult generate(GenerateRequest request, Consumer<String> log) throws GenerateException {
        checkPackageName(request.packageName());
        Path out = request.outputDirectory().toAbsolutePath().normalize();
        SortedSet<URI> roots = roots(request.schema());
        GenerationState previous = GenerationState.read(out);
        if (previous != null && upToDate(request, out, roots, previous)) {
            log.accept("jsoncontract: sources up to date (" + previous.files().size() + " files), nothing written");
            return new GenerateResult(previous.files().size(), 0, 0, true);
        }

        Contract contract;
        try {
            contract = request.schema() == null ? ContractLoader.loadBundled() : ContractLoader.load(request.schema());
        } catch (ContractException e) {
            throw new GenerateException("jsoncontract: the schema cannot be read: " + e.getMessage(),
                    List.of(e.getMessage()), e);
        }
        List<JavaFile> files = generator.generate(contract, request.packageName(), request.jackson());

        SortedSet<URI> inputs = new TreeSet<>(roots);
        for (SchemaFile file : contract.registry().files()) {
            inputs.add(file.location());
        }
        Map<String, String> sources = sources(files, out);
        int written = 0;
        int removed = 0;
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> source : sources.entrySet()) {
                if (SourceFiles.writeIfChanged(out.resolve(source.getKey()), source.getValue())) {
                    written++;
                }
            }
            if (previous != null) {
                for (String old : previous.files()) {
                    if (!sources.containsKey(old) && delete(out, old)) {
                        removed++;
                    }
                }
            }
            new GenerationState(Fingerprint.of(request, inputs), request.pluginVersion(), inputs.stream().map(URI::toString).toList(),
                    List.copyOf(sources.keySet())).write(out);
        } catch (IOException e) {
            throw new GenerateException("jsoncontract: cannot write the generated sources to " + out + ": "
                    + e + ". Check that the output directory is writable.", List.of(), e);
        }
        log.accept("jsoncontract: generated " + sources.size() + " files in " + out + " (" + written + " written, "
                + (sources.size() - written) + " unchanged, " + removed + " removed)");
        return new GenerateResult(sources.size(), written, removed, false);
    }

    private static boolean upToDate(GenerateRequest request, Path out, SortedSet<URI> roots,
            GenerationState previous) {
        SortedSet<URI> inputs = new TreeSet<>(roots);
        try {
            for (String input : previous.inputs()) {
                inputs.add(new URI(input));
            }
        } catch (URISyntaxException e) {
            return false;
        }
        return previous.fingerprint().equals(Fingerprint.of(request, inputs))
                && previous.files().stream().allMatch(file -> Files.isRegularFile(out.resolve(file)));
    }

    /** The root documents, listed the way {@link ContractLoader} lists them; empty when unreadable. */
    private static SortedSet<URI> roots(Path schema) throws GenerateException {
        SortedSet<URI> roots = new TreeSet<>();
        if (schema == null) {
            URL bundled = GenerateService.class.getClassLoader()
                    .getResource(ContractLoader.BUNDLED_RESOURCE_FOLDER + ContractLoader.BUNDLED_SCHEMA);
            try {
                if (bundled != null) {
                    roots.add(bundled.toURI());
                }
            } catch (URISyntaxException e) {
                // ContractLoader reports it
            }
            return roots;
        }
        Path absolute = schema.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            try (Stream<Path> walk = Files.walk(absolute)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .forEach(p -> roots.add(p.toUri()));
            } catch (IOException e) {
                // ContractLoader reports it
            }
        } else if (Files.isRegularFile(absolute)) {
            roots.add(absolute.toUri());
        }
        return roots;
    }

    /** Relative path ({@code /}) → content, refusing any path outside the output directory. */
    private static Map<String, String> sources(List<JavaFile> files, Path out) throws GenerateException {
        Map<String, String> sources = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JavaFile file : files) {
            String relative = (file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/")
                    + file.typeSpec().name() + ".java";
            Path target = out.resolve(relative).normalize();
            if (!target.startsWith(out) || target.equals(out)) {
                problems.add(relative + ": lies outside the output directory " + out + "; refusing to write it");
                continue;
            }
            String content = GeneratedCode.source(file);
            if (sources.putIfAbsent(relative, content) != null
                    || sources.keySet().stream().filter(k -> k.equalsIgnoreCase(relative)).count() > 1) {
                problems.add(relative + ": two generated types would share this file; rename one of the schemas");
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerateException("jsoncontract: the generated sources cannot be written:\n"
                    + String.join("\n", problems), problems, null);
        }
        return sources;
    }

    /** Deletes a file an earlier run wrote, and the package folders it leaves empty. */
    private static boolean delete(Path out, String relative) throws IOException {
        Path target = out.resolve(relative).normalize();
        if (!target.startsWith(out) || !relative.endsWith(".java") || !Files.deleteIfExists(target)) {
            return false;
        }
        for (Path dir = target.getParent(); dir != null && !dir.equals(out) && dir.startsWith(out);
                dir = dir.getParent()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    break;
                }
            }
            Files.delete(dir);
        }
        return true;
    }

    private static void checkPackageName(String packageName) throws GenerateException {
        if (!SourceFiles.isPackageName(packageName)) {
            throw new GenerateException("jsoncontract: packageName \"" + packageName + "\" is not a Java package"
                    + " name; set it to something like example.calls", List.of(), null);
        }
    }
}
