package dev.jsoncontract.codegen.client;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.TypeMapper;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.ContractException;
import java.util.List;

/**
 * Writes the typed HTTP client of an {@link Api}: {@code <client>Client}, one query type per
 * operation and the exception it throws. Uses only {@code java.net.http} and Jackson at run time.
 */
public final class ClientGenerator {

    private ClientGenerator() {
    }

    /**
     * @param api the API described by the contract
     * @param packageName the package of the generated code
     * @param types maps response schemas to the generated model types
     */
    public static List<JavaFile> generate(Api api, String packageName, TypeMapper types) throws ContractException {
        // Work in progress on branch gen-client.
        throw new UnsupportedOperationException("client generation is not written yet");
    }
}
