package dev.jsoncontract.testgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.codegen.JacksonVersion;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the generated test class of one operation is made of.
 *
 * @param testClass the test class, e.g. {@code example.calls.ListCallsContractTest}
 * @param support the generic support class beside it
 * @param operation the operation's name, e.g. {@code listCalls}
 * @param schemaSource how the generated file names its schema ({@code call.schema.json})
 * @param recordingsFolder the recordings folder relative to the project, with {@code /}
 * @param response the generated type of a response body, e.g. {@code List<Call>}
 * @param places the contract table
 * @param recordings the recordings, sorted by source
 * @param jackson the Jackson the tests are written for
 * @param packageTypes the simple names of every type generated into the package (model, client, tests):
 *     library types with one of these names are written qualified
 */
record TestSpec(
        ClassName testClass,
        ClassName support,
        String operation,
        String schemaSource,
        String recordingsFolder,
        TypeName response,
        List<Place> places,
        List<Recorded> recordings,
        JacksonVersion jackson,
        Set<String> packageTypes) {

    TestSpec {
        Objects.requireNonNull(testClass, "testClass");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(schemaSource, "schemaSource");
        Objects.requireNonNull(recordingsFolder, "recordingsFolder");
        Objects.requireNonNull(response, "response");
        places = List.copyOf(places);
        recordings = List.copyOf(recordings);
        Objects.requireNonNull(jackson, "jackson");
        packageTypes = Collections.unmodifiableSet(new TreeSet<>(packageTypes));
    }

    /** Tests written for Jackson 2 that qualify no library type. */
    TestSpec(ClassName testClass, ClassName support, String operation, String schemaSource, String recordingsFolder,
            TypeName response, List<Place> places, List<Recorded> recordings) {
        this(testClass, support, operation, schemaSource, recordingsFolder, response, places, recordings,
                JacksonVersion.JACKSON_2, Set.of());
    }

    /** The response type as people write it: {@code List<Call>}. */
    String responseName() {
        return response.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
