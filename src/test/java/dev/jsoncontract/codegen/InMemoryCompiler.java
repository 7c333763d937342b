package dev.jsoncontract.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Test utility: compiles generated {@link JavaFile}s in memory against the test class path and
 * loads the classes. Used by the model tests and meant for the client tests too.
 *
 * <pre>{@code
 * ClassLoader loader = InMemoryCompiler.compile(files);              // -Xlint:all -Werror --release 17
 * Class<?> call = loader.loadClass("example.calls.Call");
 * }</pre>
 */
public final class InMemoryCompiler {

    /** The options of the warning-free check: every lint, warnings are errors, Java 17. */
    public static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");

    private InMemoryCompiler() {
    }

    /** Compiles with {@link #STRICT}; fails with every diagnostic when javac reports anything. */
    public static ClassLoader compile(List<JavaFile> files) {
        return compile(files, STRICT);
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

    /**
     * @throws AssertionError with every diagnostic (and the sources' line numbers) when compilation
     *     fails or reports a warning
     */
    public static ClassLoader compile(List<JavaFile> files, List<String> options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new AssertionError("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        // the text generate writes (pure ASCII), not JavaPoet's own rendering
        List<JavaFileObject> sources = files.stream().map(InMemoryCompiler::source).toList();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null);
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
        List<String> allOptions = new ArrayList<>(options);
        allOptions.add("-classpath");
        allOptions.add(System.getProperty("java.class.path"));
        StringWriter output = new StringWriter();
        boolean ok = compiler.getTask(output, manager, diagnostics, allOptions, null, sources).call();
        List<Diagnostic<? extends JavaFileObject>> reported = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .toList();
        if (!ok || !reported.isEmpty()) {
            throw new AssertionError("javac " + options + " reported:\n" + reported.stream()
                    .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                            + d.getKind() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n")) + "\n" + output);
        }
        try {
            manager.close();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
    }
}
