package dev.jsoncontract.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The libraries generated sources import that a project lacks, found before the compiler would
 * report every use of them: one hint instead of a screen of "package does not exist".
 */
public final class RequiredDependencies {

    /** Imported package prefix → the {@code groupId:artifactId} that provides it. */
    private static final Map<String, String> PROVIDERS = new TreeMap<>(Map.of(
            "com.fasterxml.jackson.annotation.", "com.fasterxml.jackson.core:jackson-annotations",
            "com.fasterxml.jackson.core.", "com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.databind.", "com.fasterxml.jackson.core:jackson-databind",
            "com.fasterxml.jackson.datatype.jsr310.", "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
            "tools.jackson.core.", "tools.jackson.core:jackson-core",
            "tools.jackson.databind.", "tools.jackson.core:jackson-databind",
            "org.junit.jupiter.api.", "org.junit.jupiter:junit-jupiter-api"));

    /** Bounds the scan: the generators write tens of files, never this many. */
    private static final int MAX_FILES = 10_000;

    private RequiredDependencies() {
    }

    /**
     * The providers of what the {@code *.java} files below {@code root} import that are not in
     * {@code available}, sorted; empty when nothing is missing or {@code root} does not exist.
     *
     * @param root a generated source root
     * @param available the {@code groupId:artifactId} of every dependency of the project in the
     *     scope the sources compile in
     */
    public static List<String> missing(Path root, Set<String> available) throws IOException {
        Map<String, String> missing = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, 64)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".java"))
                    .filter(Files::isRegularFile).limit(MAX_FILES).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("@") || line.startsWith("/**") || line.startsWith("public ")
                        || line.startsWith("final ") || line.startsWith("class ") || line.startsWith("record ")) {
                    break; // the imports are behind
                }
                if (!line.startsWith("import ")) {
                    continue;
                }
                String imported = line.substring("import ".length()).replace("static ", "").strip();
                for (Map.Entry<String, String> provider : PROVIDERS.entrySet()) {
                    if (imported.startsWith(provider.getKey()) && !available.contains(provider.getValue())) {
                        missing.putIfAbsent(provider.getValue(), root.relativize(file).toString().replace('\\', '/'));
                    }
                }
            }
        }
        List<String> described = new ArrayList<>();
        missing.forEach((artifact, file) -> described.add(artifact + " (imported by " + file + ")"));
        return described;
    }
}
