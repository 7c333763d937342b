package dev.jsoncontract.bench;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.ResponseBody;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.ResponseValidator;

/**
 * jsoncontract's own validation path, as {@code verify} runs it for each recorded file:
 * {@link ResponseValidator#check(ResponseBody, boolean)} reads and parses the body, validates it
 * against the {@code listCalls} response schema of the bundled contract and returns its findings.
 * What {@code Verifier} adds around it per body (aggregating the findings, the streaming JUnit
 * report) is not included.
 */
public final class JsoncontractVerify {

    private JsoncontractVerify() {
    }

    /** The validator {@code verify} builds for the bundled contract's {@code listCalls} operation. */
    public static ResponseValidator validator() {
        try {
            Contract contract = ContractLoader.loadBundled();
            Operation operation = contract.operation("listCalls")
                    .orElseThrow(() -> new IllegalStateException("The bundled contract has no operation listCalls."));
            return ResponseValidator.forOperation(contract, operation);
        } catch (ContractException e) {
            throw new IllegalStateException("The bundled contract cannot be used for verify: " + e.getMessage(), e);
        }
    }

    /** A body over bytes already in memory (verify's own {@link BytesBody}). */
    public static ResponseBody inMemory(String source, byte[] bytes) {
        return new BytesBody(source, bytes);
    }
}
