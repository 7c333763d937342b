package dev.jsoncontract.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the last successful run generated, kept in {@value #FILE_NAME} in the output directory: the
 * fingerprint of its inputs, the schema documents it read and the files it wrote. Only files listed
 * here are ever deleted.
 *
 * @param fingerprint the inputs' fingerprint, see {@link Fingerprint}
 * @param pluginVersion the plugin version that wrote the files (for people; the fingerprint covers it)
 * @param inputs the schema documents read (URIs), sorted
 * @param files the generated files, relative to the output directory with {@code /}, sorted
 * @param warnings the warnings of that run, logged again when the sources are up to date
 */
record GenerationState(String fingerprint, String pluginVersion, List<String> inputs, List<String> files,
        List<String> warnings) {

    static final String FILE_NAME = ".jsoncontract-state";

    private static final String HEADER = "# jsoncontract generate: what the last run read and wrote. Do not edit.";

    GenerationState {
        inputs = List.copyOf(inputs);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The state in {@code outputDirectory}, or {@code null} when there is none or it is unreadable. */
    static GenerationState read(Path outputDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(outputDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // none yet, or unreadable: generate everything
            return null;
        }
        String fingerprint = null;
        String pluginVersion = "";
        List<String> inputs = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("fingerprint ")) {
                fingerprint = line.substring("fingerprint ".length());
            } else if (line.startsWith("plugin ")) {
                pluginVersion = line.substring("plugin ".length());
            } else if (line.startsWith("input ")) {
                inputs.add(line.substring("input ".length()));
            } else if (line.startsWith("file ")) {
                files.add(line.substring("file ".length()));
            } else if (line.startsWith("warning ")) {
                warnings.add(line.substring("warning ".length()));
            }
        }
        return fingerprint == null ? null : new GenerationState(fingerprint, pluginVersion, inputs, files, warnings);
    }

    void write(Path outputDirectory) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("fingerprint ").append(fingerprint).append('\n');
        text.append("plugin ").append(pluginVersion).append('\n');
        inputs.forEach(input -> text.append("input ").append(input).append('\n'));
        files.forEach(file -> text.append("file ").append(file).append('\n'));
        warnings.forEach(warning -> text.append("warning ").append(warning.replace('\n', ' ')).append('\n'));
        // written beside and moved, so that an interrupted run never leaves half a list behind
        Path temporary = outputDirectory.resolve(FILE_NAME + ".tmp");
        Files.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(temporary, outputDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, outputDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
