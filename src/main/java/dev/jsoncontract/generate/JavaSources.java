package dev.jsoncontract.generate;

import dev.jsoncontract.codegen.GenerationException;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.codegen.JavaGenerator;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;

/** The production generator: {@link JavaGenerator}, with its problems as {@link GenerateException}. */
final class JavaSources {

    private JavaSources() {
    }

    static GeneratedSources generate(Contract contract, GenerateRequest request) throws GenerateException {
        try {
            JavaGenerator.Result result = JavaGenerator.generate(contract, request.packageName(), request.strictTypes(),
                    request.jackson());
            return new GeneratedSources(result.files(), result.warnings());
        } catch (GenerationException e) {
            throw new GenerateException("jsoncontract: " + e.getMessage(),
                    e.problems().stream().map(ContractException::getMessage).toList(), e);
        }
    }
}
