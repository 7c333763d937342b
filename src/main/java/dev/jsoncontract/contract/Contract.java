package dev.jsoncontract.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded contract: the root schema documents the user pointed at, the registry that resolves
 * references between them, and the APIs they describe.
 *
 * @param roots the root documents, sorted by their display name
 * @param registry reads further documents and resolves {@code $ref}s
 * @param apis the APIs described by {@code x-jsoncontract} in the roots, in root order
 */
public record Contract(List<SchemaFile> roots, SchemaRegistry registry, List<Api> apis) {

    public Contract {
        roots = List.copyOf(roots);
        Objects.requireNonNull(registry, "registry");
        apis = List.copyOf(apis);
    }

    /** Every operation of every API, in order. */
    public List<Operation> operations() {
        return apis.stream().flatMap(api -> api.operations().stream()).toList();
    }

    /** The operation with this name, if any. */
    public Optional<Operation> operation(String name) {
        return operations().stream().filter(op -> op.name().equals(name)).findFirst();
    }
}
