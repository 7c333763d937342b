package dev.jsoncontract.generate;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.contract.Contract;
import java.util.List;

/** The production generator: model types and typed clients. */
final class JavaSources {

    private JavaSources() {
    }

    static List<JavaFile> generate(Contract contract, String packageName) throws GenerateException {
        // INTERIM: replaced by a call to JavaGenerator as soon as branch gen-model provides it.
        throw new GenerateException("jsoncontract: the model generator is not available in this build",
                List.of(), null);
    }
}
