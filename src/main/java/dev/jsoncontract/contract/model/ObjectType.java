package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object: its properties in schema order, the names it requires, and what it says about
 * other members ({@code additionalProperties}, {@code patternProperties}). A property whose schema
 * is {@code false} is not listed (no value is allowed there).
 */
public final class ObjectType extends ModelType {

    /**
     * One declared property.
     *
     * @param name the name on the wire
     * @param type its type
     * @param required whether the object requires it
     * @param schema the property's schema (for a merged property, the first one)
     */
    public record Property(String name, TypeUse type, boolean required, SchemaNode schema) {
    }

    /**
     * A {@code patternProperties} entry.
     *
     * @param pattern the regular expression over member names
     * @param type the type of the members it matches
     */
    public record Pattern(String pattern, TypeUse type) {
    }

    final List<Property> properties = new ArrayList<>();
    final Set<String> required = new LinkedHashSet<>();
    final List<Pattern> patterns = new ArrayList<>();
    /** {@code null}: not declared (any member allowed); {@link NeverType}: {@code false}. */
    TypeUse additional;
    /** The union of the pattern and additional types, or {@code null} when neither is declared. */
    TypeUse values;
    /** Why this object stands for a union of objects that could not be told apart, or {@code null}. */
    String loosening;

    /** Fills the members in when they are first asked for; {@code null} once filled. */
    private Runnable filler;

    ObjectType(SchemaNode schema) {
        super(schema);
    }

    /**
     * An object whose members are built later, by {@code filler}: when they are first read, or when
     * the builder gets to it. Building objects this way keeps the builder's recursion shallow however
     * long a chain of objects referring to objects is.
     */
    ObjectType(SchemaNode schema, Runnable filler) {
        super(schema);
        this.filler = filler;
    }

    /** Whether the members are being built right now: the lists hold only some of them. */
    private boolean filling;

    /** Builds the members now if they are not yet. */
    void fill() {
        Runnable pending = filler;
        if (pending != null) {
            filler = null;
            filling = true;
            try {
                pending.run();
            } finally {
                filling = false;
            }
        }
    }

    /**
     * Whether the members are being built (a member's schema refers back to this object): whoever
     * copies them, a merge or a union, must wait until they are all there.
     */
    boolean filling() {
        return filling;
    }

    /** The declared properties, in schema order. */
    public List<Property> properties() {
        fill();
        return Collections.unmodifiableList(properties);
    }

    /** The property with this wire name, if declared. */
    public Optional<Property> property(String name) {
        fill();
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every name in {@code required}, declared as a property or not. */
    public Set<String> required() {
        fill();
        return Collections.unmodifiableSet(required);
    }

    /** The {@code patternProperties}, in schema order. */
    public List<Pattern> patterns() {
        fill();
        return Collections.unmodifiableList(patterns);
    }

    /**
     * The type of members that are neither declared nor matched by a pattern: {@code null} when
     * the schema says nothing ({@code additionalProperties} absent), a {@link NeverType} when it
     * forbids them.
     */
    public TypeUse additional() {
        fill();
        return additional;
    }

    /**
     * The type of the members that are not declared properties: the union of the
     * {@code patternProperties} types and the {@code additionalProperties} type, or {@code null}
     * when the schema declares neither (or forbids them). For an object without properties, the
     * value type of the map it is.
     */
    public TypeUse values() {
        fill();
        return values;
    }

    /**
     * Why this object is looser than the schema, or {@code null}: it stands for a union of objects
     * that could not be told apart, with the properties of all of them.
     */
    public String loosening() {
        return loosening;
    }

    /** Whether a member with this name is described: declared, matching a pattern, or covered by {@code additionalProperties}. */
    public boolean describes(String name) {
        fill();
        if (property(name).isPresent() || additional != null) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (Patterns.find(pattern.pattern(), name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JsonKind kind() {
        return JsonKind.OBJECT;
    }
}
