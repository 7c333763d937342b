package dev.jsoncontract.verify;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small contracts for tests: an item schema whose operation returns an array of items. */
final class Schemas {

    private Schemas() {
    }

    /** Writes {@code item.schema.json}: the given members plus an operation listing items. */
    static Contract contract(Path dir, String itemMembers) throws IOException, ContractException {
        String json = "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n" + itemMembers + ",\n"
                + "  \"x-jsoncontract\": {\"client\": \"Items\", \"operations\": {\"listItems\": {\"method\": \"GET\","
                + " \"path\": \"/item\", \"response\": {\"schema\": {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}}}}}\n}\n";
        Path file = dir.resolve("item.schema.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return ContractLoader.load(file);
    }

    static ResponseValidator validator(Path dir, String itemMembers) throws IOException, ContractException {
        Contract contract = contract(dir, itemMembers);
        return ResponseValidator.forOperation(contract, contract.operations().get(0));
    }

    static ResponseValidator bundled() throws ContractException {
        Contract contract = ContractLoader.loadBundled();
        return ResponseValidator.forOperation(contract, contract.operations().get(0));
    }

    static CheckedBody check(ResponseValidator validator, String json) {
        try {
            return validator.check("page-1.json", JsonBodies.JSON.readTree(json), false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
