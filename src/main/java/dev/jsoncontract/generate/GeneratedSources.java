package dev.jsoncontract.generate;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * What a generator made of a contract.
 *
 * @param files the files, in a deterministic order
 * @param warnings the places whose Java type is looser than the schema, sorted
 */
public record GeneratedSources(List<JavaFile> files, List<String> warnings) {

    public GeneratedSources {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
