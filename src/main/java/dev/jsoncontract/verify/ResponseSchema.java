package dev.jsoncontract.verify;

import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/**
 * Loads a schema node of the contract into everit (draft-07). everit is given a one-line schema
 * {@code {"$ref": "<document location>#<pointer>"}} and reads every document through
 * {@link ContractSchemaClient}, which serves them with their references already resolved by the
 * contract's registry: the node may sit anywhere inside a document (an operation's
 * {@code response.schema} sits inside {@code x-jsoncontract}), and {@code "$ref": "#"} inside it
 * means what it means to the rest of jsoncontract. A boolean schema is given to everit directly.
 */
final class ResponseSchema {

    private ResponseSchema() {
    }

    /**
     * @param registry the contract's registry
     * @param node the schema to load
     */
    static Schema load(SchemaRegistry registry, SchemaNode node) throws ContractException {
        Object json = node.node().isBoolean()
                ? node.node().booleanValue()
                : new JSONObject().put("$ref", ContractSchemaClient.reference(node));
        try {
            return SchemaLoader.builder()
                    .draftV7Support()
                    // every pattern match is bounded: a backtracking pattern is a finding, not a hang
                    .regexpFactory(PatternBudget.factory())
                    .schemaClient(new ContractSchemaClient(registry))
                    .resolutionScope(node.file().location())
                    .schemaJson(json)
                    .build()
                    .load()
                    .build();
        } catch (ContractSchemaClient.FetchException e) {
            if (e.getCause() instanceof ContractException contract) {
                throw new ContractException(contract.file(), contract.pointer(), contract.problem(), contract);
            }
            throw new ContractException(node.file().displayName(), node.pointer(),
                    "cannot be loaded: " + e.getMessage(), e);
        } catch (SchemaException e) {
            throw SchemaProblems.invalid(registry, node, e);
        } catch (RuntimeException e) {
            throw SchemaProblems.unloadable(registry, node, e);
        }
    }
}
