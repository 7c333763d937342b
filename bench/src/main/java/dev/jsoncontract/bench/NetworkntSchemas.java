package dev.jsoncontract.bench;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The peer validator, networknt json-schema-validator, set up as fairly as the others: draft-07
 * unless a schema says otherwise, formats asserted (everit and verify check them too), documents
 * read from local files only.
 */
public final class NetworkntSchemas {

    /** Where the call schema is registered: an address no network is asked for. */
    private static final String CALL = "https://bench.jsoncontract.invalid/call.schema.json";

    private NetworkntSchemas() {
    }

    /** The response schema of List Calls, {@code {"type":"array","items":<call schema>}}. */
    public static Schema callResponse() {
        SchemaRegistry registry = registry(iri -> null, Map.of(CALL, CallSchema.text()));
        Schema schema = registry.getSchema("{\"type\": \"array\", \"items\": {\"$ref\": \"" + CALL + "\"}}");
        schema.initializeValidators();
        return schema;
    }

    /**
     * A schema file, with remote documents read through {@code local} (a {@code file:} path for an
     * address, or {@code null}).
     */
    public static Schema file(Path file, Function<String, Path> local) {
        SchemaRegistry registry = registry(iri -> {
            String text = iri.toString();
            int hash = text.indexOf('#');
            String document = hash < 0 ? text : text.substring(0, hash);
            Path path = document.startsWith("file:") ? Path.of(URI.create(document)) : local.apply(document);
            return path != null && Files.isRegularFile(path) ? () -> Files.newInputStream(path) : null;
        }, Map.of());
        Schema schema = registry.getSchema(SchemaLocation.of(file.toAbsolutePath().normalize().toUri().toString()));
        schema.initializeValidators();
        return schema;
    }

    private static SchemaRegistry registry(java.util.function.Function<AbsoluteIri, InputStreamSource> loader,
            Map<String, String> schemas) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(schemas)
                .schemaLoader(schemaLoader -> schemaLoader.resourceLoaders(loaders -> loaders.values(
                        list -> list.add(0, loader::apply)))));
    }
}
