package dev.jsoncontract.verify;

import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.everit.json.schema.Schema;

/** Opens {@code ResponseSchema.load} to tests in other packages: the everit schema exactly as verify loads it. */
public final class EveritSchemas {

    private EveritSchemas() {
    }

    /** The everit schema of {@code node}, loaded as {@link ResponseValidator} loads it. */
    public static Schema load(SchemaRegistry registry, SchemaNode node, UnaryOperator<URI> remotes)
            throws ContractException {
        registry.remotes(remotes);
        return ResponseSchema.load(registry, node);
    }
}
