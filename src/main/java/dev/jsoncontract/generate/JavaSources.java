package dev.jsoncontract.generate;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.GenerationException;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import java.util.List;

/** The production generator: {@link JavaGenerator}, with its problems as {@link GenerateException}. */
final class JavaSources {

    private JavaSources() {
    }

    static List<JavaFile> generate(Contract contract, String packageName) throws GenerateException {
        try {
            return JavaGenerator.generate(contract, packageName);
        } catch (GenerationException e) {
            throw new GenerateException("jsoncontract: " + e.getMessage(),
                    e.problems().stream().map(ContractException::getMessage).toList(), e);
        }
    }
}
