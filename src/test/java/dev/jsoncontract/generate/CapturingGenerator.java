package dev.jsoncontract.generate;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.contract.Contract;
import java.util.List;

/**
 * Test utility: the production generator of {@link GenerateService#standard()}, keeping the contract
 * it was given and the files it produced, so that harnesses can run {@code generate} exactly as the
 * Mojo does and still compile and inspect what came out.
 */
public final class CapturingGenerator implements GenerateService.Generator {

    private Contract contract;
    private List<JavaFile> files = List.of();
    private List<String> warnings = List.of();

    @Override
    public GeneratedSources generate(Contract contract, GenerateRequest request) throws GenerateException {
        this.contract = contract;
        GeneratedSources generated = JavaSources.generate(contract, request);
        files = generated.files();
        warnings = generated.warnings();
        return generated;
    }

    /** The warnings of the last call that succeeded. */
    public List<String> warnings() {
        return warnings;
    }

    /** The contract of the last call, or {@code null}. */
    public Contract contract() {
        return contract;
    }

    /** The files of the last call that succeeded. */
    public List<JavaFile> files() {
        return files;
    }
}
