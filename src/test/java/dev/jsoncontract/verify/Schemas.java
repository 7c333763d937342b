package dev.jsoncontract.verify;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.verify.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** The pointers of the drift findings in {@code body} (an array of items), in strict mode (drift fails). */
    static List<String> drift(Path dir, String itemMembers, String body) throws Exception {
        List<Finding> findings = validator(dir, itemMembers).check("page-1.json", JsonBodies.JSON.readTree(body), true)
                .findings();
        return findings.stream().filter(f -> f.keyword().equals(Finding.KEYWORD_DRIFT)).map(Finding::pointer).toList();
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
