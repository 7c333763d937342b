package dev.jsoncontract.verify;

import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.UnaryOperator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/**
 * Loads a schema node of the contract into everit (draft-07). The node may sit anywhere inside a
 * document (an operation's {@code response.schema} sits inside {@code x-jsoncontract}): everit is
 * given a one-line schema {@code {"$ref": "<document>#<pointer>"}} and reads the document through
 * {@link ContractSchemaClient}, so that {@code "$ref": "#"} inside the node means the document's
 * root, as it does for the rest of jsoncontract. A whole document (or a boolean schema) is given
 * to everit directly.
 */
final class ResponseSchema {

    private ResponseSchema() {
    }

    /**
     * @param registry the contract's registry
     * @param node the schema to load
     * @param remotes where remote documents may be read ({@code null} result: refused)
     */
    static Schema load(SchemaRegistry registry, SchemaNode node, UnaryOperator<URI> remotes) throws ContractException {
        URI document = node.file().id() != null && node.file().id().isAbsolute() && !node.file().id().isOpaque()
                ? node.file().id() : node.file().location();
        String reference;
        try {
            URI bare = ContractSchemaClient.stripFragment(document);
            reference = new URI(bare.getScheme(), bare.getSchemeSpecificPart(), node.pointer()).toASCIIString();
            if (node.pointer().isEmpty()) {
                reference = bare.toASCIIString() + "#";
            }
        } catch (URISyntaxException e) {
            throw node.error("cannot be addressed for validation: " + e.getMessage());
        }
        Object json;
        if (node.node().isBoolean()) {
            json = node.node().booleanValue();
        } else if (node.pointer().isEmpty()) {
            // a whole document: everit reads it as its root, with the $ids embedded in it
            json = new JSONObject(node.node().toString());
        } else {
            json = new JSONObject().put("$ref", reference);
        }
        try {
            return SchemaLoader.builder()
                    .draftV7Support()
                    .schemaClient(new ContractSchemaClient(registry, remotes))
                    .resolutionScope(document)
                    .schemaJson(json)
                    .build()
                    .load()
                    .build();
        } catch (ContractSchemaClient.FetchException e) {
            if (e.getCause() instanceof ContractException contract) {
                throw new ContractException(node.file().displayName(), node.pointer(),
                        "cannot be loaded: " + contract.getMessage(), contract);
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
