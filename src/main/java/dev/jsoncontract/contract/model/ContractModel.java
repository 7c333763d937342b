package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The normalized model of a contract's schemas, built on demand and once per schema place: ask
 * for the {@link TypeUse} of any schema node of the contract ({@link #type(SchemaNode)}).
 *
 * <p>Building never throws for a schema that is merely hard to describe: the place becomes
 * {@link AnyType} with a {@link Loosening}. Schemas that are wrong (a {@code $ref} to nothing,
 * {@code allOf} branches that contradict each other) are collected in {@link #errors()}, every one
 * of them, so that a run reports all problems at once. Not thread-safe: build it on one thread,
 * then share it read-only ({@link #combination} and {@link #sources} index what was built on
 * their first call, so make those calls on the building thread too).
 */
public final class ContractModel {

    /** How many schemas {@link #sources} gathers for one type at most. */
    static final int MAX_SOURCES = 10_000;

    private final ModelBuilder builder;
    /** The combinations by their result's type, as of {@link #indexed} combinations. */
    private Map<ModelType, List<ModelBuilder.Combination>> byResult = Map.of();
    private int indexed = -1;

    /**
     * How a type was made of others.
     *
     * @param all {@code true}: it allows the values every part allows ({@code allOf} merged, or the
     *     keywords beside a {@code oneOf}/{@code anyOf}); {@code false}: the values any part
     *     allows (branches of one kind of a union merged into one type)
     * @param parts the types combined, in schema order
     */
    public record Combination(boolean all, List<ModelType> parts) {

        public Combination {
            parts = List.copyOf(parts);
        }
    }

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

    /**
     * How {@code type} was made, when it is a new type combined from others (two {@code allOf}
     * branches merged into an object, two enums of a union merged into one); empty for a type
     * built from one schema, and for a type a combination kept as it was (a named type that an
     * {@code allOf} only narrows).
     */
    public Optional<Combination> combination(ModelType type) {
        for (ModelBuilder.Combination made : index().getOrDefault(type, List.of())) {
            List<ModelType> parts = new ArrayList<>();
            for (TypeUse part : made.parts()) {
                if (part.complete() && part.type() == type) {
                    parts = null;
                    break;
                }
                if (part.complete() && !parts.contains(part.type())) {
                    parts.add(part.type());
                }
            }
            if (parts != null) {
                return Optional.of(new Combination(made.all(), parts));
            }
        }
        return Optional.empty();
    }

    /**
     * The types that combinations met {@code type} with and kept it as it was ({@code allOf}, or the
     * keywords beside a {@code oneOf}/{@code anyOf}, that only narrow it): each describes values of
     * {@code type} too, where it is used. In the order made, each once.
     */
    public List<ModelType> keptWith(ModelType type) {
        Set<ModelType> found = new LinkedHashSet<>();
        for (ModelBuilder.Combination made : index().getOrDefault(type, List.of())) {
            if (!made.all() || made.parts().stream().noneMatch(part -> part.complete() && part.type() == type)) {
                continue;
            }
            for (TypeUse part : made.parts()) {
                if (part.complete() && part.type() != type) {
                    found.add(part.type());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Every schema that describes values of {@code type}: its own, and for each combination that
     * made it, or kept it as it was, the schema holding the combination and the sources of every
     * part, in the order met (at most {@value #MAX_SOURCES}). A named type that one {@code allOf}
     * narrows somewhere lists that narrowing schema too, wherever the type is used. For readers of
     * the keywords the model leaves out ({@code if}/{@code then}/{@code else},
     * {@code dependencies}) that must see every schema that may apply, such as verify's drift.
     */
    public List<SchemaNode> sources(ModelType type) {
        Map<ModelType, List<ModelBuilder.Combination>> combinations = index();
        Set<SchemaNode> found = new LinkedHashSet<>();
        Set<ModelType> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<ModelType> todo = new ArrayDeque<>();
        todo.add(type);
        seen.add(type);
        while (!todo.isEmpty() && found.size() < MAX_SOURCES) {
            ModelType next = todo.removeFirst();
            found.add(next.schema());
            for (ModelBuilder.Combination made : combinations.getOrDefault(next, List.of())) {
                found.add(made.holder());
                for (TypeUse part : made.parts()) {
                    if (part.complete() && seen.add(part.type())) {
                        todo.addLast(part.type());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private Map<ModelType, List<ModelBuilder.Combination>> index() {
        List<ModelBuilder.Combination> all = builder.combinations();
        if (indexed != all.size()) {
            Map<ModelType, List<ModelBuilder.Combination>> index = new IdentityHashMap<>();
            for (ModelBuilder.Combination made : all) {
                if (made.result().complete()) {
                    index.computeIfAbsent(made.result().type(), k -> new ArrayList<>()).add(made);
                }
            }
            byResult = index;
            indexed = all.size();
        }
        return byResult;
    }

    /** Every loosening made so far, in the order the places were built. */
    public List<Loosening> loosenings() {
        return builder.loosenings();
    }
}
