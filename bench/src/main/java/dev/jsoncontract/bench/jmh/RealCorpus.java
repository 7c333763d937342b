package dev.jsoncontract.bench.jmh;

import dev.jsoncontract.bench.NetworkntSchemas;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.ResponseValidator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Real schemas nobody here wrote: the SchemaStore development corpus's valid JSON instances
 * ({@code test/<name>/*.json}), each with its schema loaded once by every validator measured. A
 * schema one of them cannot load is left out for all of them (the count is printed), so every
 * row judges the same instances. SchemaStore's own addresses are read from the corpus.
 */
@State(Scope.Benchmark)
public class RealCorpus {

    private static final List<String> HOSTS = List.of("https://json.schemastore.org/", "https://www.schemastore.org/");

    /** The corpus folder: {@code schemas/}, {@code test/}, {@code referenced/}. */
    @Param("../shared/corpora/schemastore-dev")
    public String realCorpus;

    byte[][] instances;
    ResponseValidator[] verify;
    Schema[] everit;
    com.networknt.schema.Schema[] networknt;
    long totalBytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Path.of(realCorpus);
        if (!Files.isDirectory(corpus.resolve("test"))) {
            throw new IllegalStateException("No SchemaStore corpus at " + corpus.toAbsolutePath()
                    + ": pass -p realCorpus=<folder with schemas/, test/, referenced/>");
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(corpus.resolve("test"))) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        List<ResponseValidator> verifiers = new ArrayList<>();
        List<Schema> everits = new ArrayList<>();
        List<com.networknt.schema.Schema> peers = new ArrayList<>();
        int skipped = 0;
        for (Path folder : folders) {
            Path schemaFile = corpus.resolve("schemas").resolve(folder.getFileName() + ".json");
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            if (files.isEmpty() || !Files.isRegularFile(schemaFile)) {
                continue;
            }
            ResponseValidator verifier;
            Schema schema;
            com.networknt.schema.Schema peer;
            try {
                Contract contract = ContractLoader.load(schemaFile);
                verifier = ResponseValidator.forSchema(contract, SchemaNode.root(contract.roots().get(0)),
                        uri -> local(corpus, uri.toString()) == null ? null : local(corpus, uri.toString()).toUri());
                schema = everit(corpus, schemaFile);
                peer = NetworkntSchemas.file(schemaFile, address -> local(corpus, address));
            } catch (Exception | StackOverflowError e) {
                skipped++;
                continue;
            }
            for (Path file : files) {
                bytes.add(Files.readAllBytes(file));
                verifiers.add(verifier);
                everits.add(schema);
                peers.add(peer);
            }
        }
        instances = bytes.toArray(byte[][]::new);
        verify = verifiers.toArray(ResponseValidator[]::new);
        everit = everits.toArray(Schema[]::new);
        networknt = peers.toArray(com.networknt.schema.Schema[]::new);
        for (byte[] instance : instances) {
            totalBytes += instance.length;
        }
        System.out.printf(java.util.Locale.ROOT, "real corpus: %d instances (%d bytes) of %d schemas; %d schemas left out"
                + " (a validator cannot load them)%n", instances.length, totalBytes, folders.size() - skipped, skipped);
    }

    /** The corpus copy of a SchemaStore address (the name, or the name plus .json), or {@code null}. */
    static Path local(Path corpus, String address) {
        for (String host : HOSTS) {
            if (address.startsWith(host)) {
                String name = address.substring(host.length());
                int hash = name.indexOf('#');
                name = hash < 0 ? name : name.substring(0, hash);
                for (String folder : List.of("referenced", "schemas")) {
                    for (String candidate : List.of(name, name + ".json")) {
                        Path file = corpus.resolve(folder).resolve(candidate);
                        if (Files.isRegularFile(file)) {
                            return file.toAbsolutePath().normalize();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** everit alone, as the naive baseline uses it: draft-07 (or the schema's own), formats checked. */
    private static Schema everit(Path corpus, Path schemaFile) throws IOException {
        JSONObject json;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            json = new JSONObject(new JSONTokener(in));
        }
        return SchemaLoader.builder()
                .draftV7Support()
                .schemaClient(url -> {
                    try {
                        Path file = url.startsWith("file:") ? Path.of(URI.create(url.contains("#")
                                ? url.substring(0, url.indexOf('#')) : url)) : local(corpus, url);
                        if (file == null) {
                            throw new IllegalStateException("not in the corpus: " + url);
                        }
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .resolutionScope(schemaFile.toAbsolutePath().normalize().toUri())
                .schemaJson(json)
                .build()
                .load()
                .build();
    }
}
