package dev.jsoncontract.codegen.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.palantir.javapoet.JavaFile;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Generated sources compiled with {@code javac -Xlint:all -Werror} into a folder and loaded in a
 * class loader whose parent is the test's, so that Jackson is shared.
 */
final class Compiled implements AutoCloseable {

    private final URLClassLoader loader;

    private Compiled(URLClassLoader loader) {
        this.loader = loader;
    }

    /**
     * @param files generated files
     * @param extra hand-written sources by qualified name
     * @param dir an empty folder
     */
    static Compiled compile(List<JavaFile> files, Map<String, String> extra, Path dir) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        for (JavaFile file : files) {
            file.writeTo(src);
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            Path p = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        List<String> sources;
        try (Stream<Path> walk = Files.walk(src)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
                "-classpath", classPath(), "-d", out.toString(), "-encoding", "UTF-8"));
        boolean ok = javac.getTask(messages, null, null, args, null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(sources))
                .call();
        if (!ok || !messages.toString().isBlank()) {
            throw new AssertionError("generated code does not compile cleanly:\n" + messages);
        }
        return new Compiled(new URLClassLoader(new URL[] {out.toUri().toURL()}, Compiled.class.getClassLoader()));
    }

    /** Jackson only: the generated code may use nothing else. */
    private static String classPath() {
        return Stream.of(ObjectMapper.class, JsonParser.class, JsonProperty.class, JavaTimeModule.class)
                .map(Compiled::location)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Class<?> type(String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " was not generated", e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
