package dev.jsoncontract.generate;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.GenerationException;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import java.util.List;

/** The production generator: {@link JavaGenerator}, with its problems as {@link GenerateException}. */
final class JavaSources {

    private JavaSources() {
    }

    static List<JavaFile> generate(Contract contract, String packageName, JacksonVersion jackson)
            throws GenerateException {
        try {
            return JavaGenerator.generate(contract, packageName, jackson);
        } catch (GenerationException e) {
            throw new GenerateException("jsoncontract: " + e.getMessage(),
                    e.problems().stream().map(ContractException::getMessage).toList(), e);
        }
    }
}
