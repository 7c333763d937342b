package dev.jsoncontract.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Test utility: compiles sources in memory against the test class path, reporting every diagnostic
 * with the source it belongs to instead of failing. One instance keeps one compiler and one file
 * manager, so the class path's jars are opened once however many compilations follow (the corpus
 * runner and the generator fuzzing compile hundreds of batches).
 *
 * <pre>{@code
 * try (SourceCompiler javac = new SourceCompiler(List.of("-Xlint:all", "--release", "17"))) {
 *     SourceCompiler.Result result = javac.compile(files.stream().map(JavaFile::toJavaFileObject).toList());
 *     result.problems().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class SourceCompiler implements AutoCloseable {

    /**
     * One error or warning (notes are left out).
     *
     * @param source the source it is about, or {@code null} (a class path or option warning)
     * @param line the line in {@code source}, or a negative number
     * @param kind error, warning or mandatory warning
     * @param message javac's message
     */
    public record Problem(JavaFileObject source, long line, Diagnostic.Kind kind, String message) {

        public boolean error() {
            return kind == Diagnostic.Kind.ERROR;
        }

        @Override
        public String toString() {
            return (source == null ? "" : source.getName() + ":" + line + ": ") + kind + ": " + message;
        }
    }

    /**
     * @param success whether javac reported no error (warnings allowed)
     * @param problems every error and warning, in javac's order
     * @param output what javac wrote besides diagnostics
     * @param classes loads the compiled classes (child of this class's loader); empty on failure
     */
    public record Result(boolean success, List<Problem> problems, String output, ClassLoader classes) {
    }

    private final JavaCompiler compiler;
    private final StandardJavaFileManager standard;
    private final List<String> options;

    /** @param options javac options; the test class path is added */
    public SourceCompiler(List<String> options) {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        standard = compiler.getStandardFileManager(null, null, null);
        List<String> all = new ArrayList<>(options);
        all.add("-classpath");
        all.add(System.getProperty("java.class.path"));
        this.options = List.copyOf(all);
    }

    /** The options javac is given, without the class path. */
    public List<String> options() {
        return options.subList(0, options.size() - 2);
    }

    /** Compiles JavaPoet files. */
    public Result compileFiles(List<JavaFile> files) {
        // the text generate writes (pure ASCII, Javadoc wrapped), not JavaPoet's own rendering
        return compile(files.stream().map(SourceCompiler::source).toList());
    }

    private static JavaFileObject source(JavaFile file) {
        String path = (file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/")
                + file.typeSpec().name() + JavaFileObject.Kind.SOURCE.extension;
        String text = GeneratedCode.source(file);
        return new SimpleJavaFileObject(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** Compiles sources; {@link Problem#source()} is one of these objects (compare by identity). */
    public Result compile(List<? extends JavaFileObject> sources) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        classes.put(className, bytes);
                        return bytes;
                    }
                };
            }
        };
        StringWriter output = new StringWriter();
        boolean ok = compiler.getTask(output, manager, diagnostics, options, null, sources).call();
        List<Problem> problems = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> new Problem(d.getSource(), d.getLineNumber(), d.getKind(), d.getMessage(null)))
                .toList();
        ClassLoader loader = new ClassLoader(SourceCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = ok ? classes.get(name) : null;
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
        return new Result(ok, problems, output.toString(), loader);
    }

    /**
     * What one compilation of several groups of files found, group by group.
     *
     * @param result the whole compilation
     * @param problems each group's errors and warnings; a group without any has no entry
     * @param unattributed problems javac reported without a source (class path, options)
     */
    public record Grouped<K>(Result result, Map<K, List<Problem>> problems, List<Problem> unattributed) {

        /** The problems of one group, in javac's order; empty when it has none. */
        public List<Problem> of(K group) {
            return problems.getOrDefault(group, List.of());
        }
    }

    /**
     * Compiles the files of every group in one javac call (groups must not clash: a package each)
     * and tells each group's problems apart, by the source they are reported on.
     */
    public <K> Grouped<K> compileGroups(Map<K, List<JavaFile>> groups) {
        Map<JavaFileObject, K> owners = new IdentityHashMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        groups.forEach((group, files) -> {
            for (JavaFile file : files) {
                JavaFileObject source = file.toJavaFileObject();
                owners.put(source, group);
                sources.add(source);
            }
        });
        Result result = compile(sources);
        Map<K, List<Problem>> problems = new LinkedHashMap<>();
        List<Problem> unattributed = new ArrayList<>();
        for (Problem problem : result.problems()) {
            K owner = problem.source() == null ? null : owners.get(problem.source());
            if (owner == null) {
                unattributed.add(problem);
            } else {
                problems.computeIfAbsent(owner, key -> new ArrayList<>()).add(problem);
            }
        }
        return new Grouped<>(result, problems, unattributed);
    }

    @Override
    public void close() {
        try {
            standard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
