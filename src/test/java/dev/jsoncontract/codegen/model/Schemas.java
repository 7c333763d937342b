package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Test helper: writes schema files into a folder, loads and maps them. */
final class Schemas {

    static final String PACKAGE = "example.model";

    private Schemas() {
    }

    /** Writes {@code name → JSON} (single quotes stand for double quotes) and loads the folder. */
    static Contract load(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue().replace('\'', '"'), StandardCharsets.UTF_8);
            }
            return ContractLoader.load(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ContractException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Loads one schema file named {@code test.schema.json}. */
    static Contract load(Path folder, String json) {
        return load(folder, Map.of("test.schema.json", json));
    }

    static ModelGenerator mapped(Contract contract) {
        ModelGenerator generator = new ModelGenerator(contract.registry(), PACKAGE);
        generator.addRoots(contract.roots());
        return generator;
    }

    /** Generated sources by simple type name; fails when there are errors. */
    static Map<String, String> generate(Contract contract) {
        ModelGenerator generator = mapped(contract);
        if (!generator.errors().isEmpty()) {
            throw new AssertionError("unexpected errors: " + generator.errors());
        }
        return sources(generator.files());
    }

    static Map<String, String> sources(List<JavaFile> files) {
        return files.stream().collect(Collectors.toMap(f -> f.typeSpec().name(), JavaFile::toString,
                (a, b) -> a, TreeMap::new));
    }

    /** The messages of the errors, in order. */
    static List<String> errors(Contract contract) {
        return mapped(contract).errors().stream().map(Exception::getMessage).toList();
    }
}
