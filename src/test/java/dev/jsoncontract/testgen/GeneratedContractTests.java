package dev.jsoncontract.testgen;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.InMemoryCompiler;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.Contract;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestReporter;

/**
 * Test utility: compiles the generated model and the generated contract tests in memory and runs
 * the dynamic tests of one {@code @TestFactory}, collecting each test's failure message (or
 * {@code null} when it passed), the report entries the tests published and what they printed.
 */
final class GeneratedContractTests {

    /**
     * The outcome of one factory: test name → failure message ({@code null}: passed), the values the
     * tests published as report entries (one a line), and what they printed to standard output.
     */
    record Run(Map<String, String> failures, String output, String printed) {

        List<String> lines() {
            return output.lines().toList();
        }
    }

    private final ClassLoader loader;
    private final String testClass;

    private GeneratedContractTests(ClassLoader loader, String testClass) {
        this.loader = loader;
        this.testClass = testClass;
    }

    /** Compiles the model of {@code contract} and the test files (the test class first) strictly. */
    static GeneratedContractTests compile(Contract contract, List<JavaFile> tests) throws Exception {
        JavaFile test = tests.get(0);
        List<JavaFile> files = new ArrayList<>(JavaGenerator.generate(contract, test.packageName()));
        files.addAll(tests);
        return new GeneratedContractTests(InMemoryCompiler.compile(files),
                test.packageName() + "." + test.typeSpec().name());
    }

    /** Runs the factory {@code method} with the recordings in {@code folder}. */
    Run run(String method, Path folder) throws Exception {
        Class<?> type = loader.loadClass(testClass);
        StringBuilder entries = new StringBuilder();
        TestReporter reporter = entry -> entry.values().forEach(value -> entries.append(value).append('\n'));
        Constructor<?> constructor = type.getDeclaredConstructor(TestReporter.class);
        constructor.setAccessible(true);
        Object instance = constructor.newInstance(reporter);
        Method factory = type.getDeclaredMethod(method);
        factory.setAccessible(true);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String previous = System.getProperty("jsoncontract.recordings");
        System.setProperty("jsoncontract.recordings", folder.toAbsolutePath().toString());
        Map<String, String> failures = new LinkedHashMap<>();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            @SuppressWarnings("unchecked")
            Stream<DynamicTest> tests = (Stream<DynamicTest>) factory.invoke(instance);
            for (DynamicTest test : tests.toList()) {
                try {
                    test.getExecutable().execute();
                    failures.put(test.getDisplayName(), null);
                } catch (AssertionError e) {
                    failures.put(test.getDisplayName(), e.getMessage());
                } catch (Throwable e) {
                    failures.put(test.getDisplayName(), "ERROR " + e);
                }
            }
        } finally {
            System.setOut(original);
            if (previous == null) {
                System.clearProperty("jsoncontract.recordings");
            } else {
                System.setProperty("jsoncontract.recordings", previous);
            }
        }
        return new Run(failures, entries.toString(), captured.toString(StandardCharsets.UTF_8));
    }
}
