package dev.jsoncontract.verify.oracle;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * networknt json-schema-validator as a second, independent judge: its own parser (Jackson 3), its
 * own loader and its own keywords. Draft-07 unless a schema's {@code $schema} says otherwise;
 * formats are asserted (as everit does); remote documents only from the local copies given.
 */
public final class Networknt {

    /** networknt's verdict on one instance. */
    public enum Verdict { VALID, INVALID, ERROR }

    private final SchemaRegistry registry;
    private final Map<String, List<Path>> prefixes;

    /**
     * @param prefixes remote address prefixes mapped onto local folders, searched in order
     *     ({@code http://localhost:1234/} onto the suite's remotes)
     */
    public Networknt(Map<String, List<Path>> prefixes) {
        this.prefixes = new LinkedHashMap<>(prefixes);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemaLoader(loader -> loader.resourceLoaders(loaders -> loaders.values(list -> list.add(0, this::local)))));
    }

    /**
     * Reads {@code file:} documents and the mapped remote ones from their local copies (a name
     * without {@code .json} also finds the file with it); never the network.
     */
    private InputStreamSource local(AbsoluteIri iri) {
        String text = iri.toString();
        int hash = text.indexOf('#');
        String document = hash < 0 ? text : text.substring(0, hash);
        Path path = null;
        if (document.startsWith("file:")) {
            path = Path.of(URI.create(document));
        }
        for (Map.Entry<String, List<Path>> prefix : prefixes.entrySet()) {
            if (document.startsWith(prefix.getKey())) {
                String name = document.substring(prefix.getKey().length());
                for (Path folder : prefix.getValue()) {
                    for (String candidate : List.of(name, name + ".json")) {
                        if (path == null || !Files.isRegularFile(path)) {
                            path = folder.resolve(candidate);
                        }
                    }
                }
            }
        }
        Path found = path;
        return found != null && Files.isRegularFile(found) ? () -> Files.newInputStream(found) : null;
    }

    /** The schema at {@code file} (and JSON Pointer {@code pointer}, {@code ""} for the root). */
    public Schema load(Path file, String pointer) {
        String location = file.toAbsolutePath().normalize().toUri() + (pointer.isEmpty() ? "" : "#" + pointer);
        Schema schema = registry.getSchema(SchemaLocation.of(location));
        schema.initializeValidators();
        return schema;
    }

    /** What networknt says, for explaining a difference: its first errors or what it threw. */
    public static String explain(Schema schema, String json) {
        try {
            return schema.validate(json, InputFormat.JSON).stream().limit(3).map(Object::toString).toList().toString();
        } catch (RuntimeException | StackOverflowError e) {
            return e.toString();
        }
    }

    /** The verdict of {@code schema} on a JSON text; {@code ERROR} when networknt throws. */
    public static Verdict judge(Schema schema, String json) {
        try {
            return schema.validate(json, InputFormat.JSON).isEmpty() ? Verdict.VALID : Verdict.INVALID;
        } catch (RuntimeException | StackOverflowError e) {
            return Verdict.ERROR;
        }
    }
}
