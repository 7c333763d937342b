package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The normalized model of a contract's schemas, built on demand and once per schema place: ask
 * for the {@link TypeUse} of any schema node of the contract ({@link #type(SchemaNode)}).
 *
 * <p>Building never throws for a schema that is merely hard to describe: the place becomes
 * {@link AnyType} with a {@link Loosening}. Schemas that are wrong (a {@code $ref} to nothing,
 * {@code allOf} branches that contradict each other) are collected in {@link #errors()}, every one
 * of them, so that a run reports all problems at once. Not thread-safe: build it on one thread,
 * then share it read-only.
 */
public final class ContractModel {

    private final ModelBuilder builder;

    /** A model over the documents of {@code registry} (it resolves every {@code $ref}). */
    public ContractModel(SchemaRegistry registry) {
        this.builder = new ModelBuilder(Objects.requireNonNull(registry, "registry"));
    }

    /** The type of the schema at {@code schema}, built with everything it reaches if it was not yet. */
    public TypeUse type(SchemaNode schema) {
        return builder.build(schema);
    }

    /** Every wrong schema met so far, sorted by file, pointer and problem. */
    public List<ContractException> errors() {
        return builder.errors().stream()
                .sorted(Comparator.comparing(ContractException::file)
                        .thenComparing(ContractException::pointer)
                        .thenComparing(ContractException::problem))
                .toList();
    }

    /** Every loosening made so far, in the order the places were built. */
    public List<Loosening> loosenings() {
        return builder.loosenings();
    }
}
