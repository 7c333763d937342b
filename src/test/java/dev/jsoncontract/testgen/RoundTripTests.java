package dev.jsoncontract.testgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import java.util.List;
import java.util.Set;

/**
 * Test utility: the contract tests {@code generate-tests} would write for a schema whose instances
 * lie in a folder, without an operation: the same table ({@link ContractPlaces}), the same test
 * class and support class ({@link ContractTestWriter}), so that a harness compares instances with
 * what the model writes back exactly as the generated tests do.
 */
public final class RoundTripTests {

    private RoundTripTests() {
    }

    /**
     * @param contract the loaded contract
     * @param schema the schema every instance must match
     * @param type the generated type of {@code schema}
     * @param testClass the test class to write
     * @param support its support class
     * @param folder the instances' folder, absolute, as the test finds it
     * @param files the instance files in {@code folder}, sorted
     * @return the test class, then the support class
     */
    public static List<JavaFile> write(Contract contract, SchemaNode schema, TypeName type, ClassName testClass,
            ClassName support, String folder, List<String> files, Set<String> packageTypes) throws ContractException {
        List<Place> places = ContractPlaces.derive(new dev.jsoncontract.contract.model.ContractModel(contract.registry()), schema);
        List<Recorded> recordings = files.stream().map(file -> new Recorded(file, null, List.of())).toList();
        return ContractTestWriter.write(new TestSpec(testClass, support, "corpus",
                schema.file().displayName(), folder, type, places, recordings, JacksonVersion.JACKSON_2, packageTypes));
    }
}
