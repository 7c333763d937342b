package dev.jsoncontract.contract.model;

import dev.jsoncontract.contract.SchemaNode;
import java.util.List;

/**
 * Values that are one of several types ({@code oneOf}, {@code anyOf}, several {@code type}s, an
 * {@code enum} mixing kinds), normalized: {@code null} branches removed (they make the use
 * nullable), nested unions flattened, branches of one scalar kind merged. What is left is told
 * apart in one of three ways, recorded in {@link #discrimination()}.
 */
public final class UnionType extends ModelType {

    /** How a value's branch is found. */
    public enum Discrimination {
        /**
         * Objects that every branch tells apart by one required property with a single, different
         * string value per branch ({@link #tag()}, {@link #tagValues()}).
         */
        TAG,
        /**
         * Objects told apart by the properties present: every branch requires a property that no
         * other branch declares.
         */
        PROPERTIES,
        /** Values of different JSON kinds, at most one branch per kind; the JSON token decides. */
        KIND
    }

    private final Discrimination discrimination;
    private final List<ModelType> branches;
    private final String tag;
    private final List<String> tagValues;

    UnionType(SchemaNode schema, Discrimination discrimination, List<ModelType> branches, String tag,
            List<String> tagValues) {
        super(schema);
        this.discrimination = discrimination;
        this.branches = List.copyOf(branches);
        this.tag = tag;
        this.tagValues = tagValues == null ? List.of() : List.copyOf(tagValues);
    }

    /** How the branches are told apart. */
    public Discrimination discrimination() {
        return discrimination;
    }

    /** The branches, never {@code null} and never unions themselves, in schema order. */
    public List<ModelType> branches() {
        return branches;
    }

    /** For {@link Discrimination#TAG}: the property's wire name; else {@code null}. */
    public String tag() {
        return tag;
    }

    /** For {@link Discrimination#TAG}: the tag value of each branch, in branch order. */
    public List<String> tagValues() {
        return tagValues;
    }

    /** The branch for a value of this kind ({@link Discrimination#KIND}), or {@code null}. */
    public ModelType branch(JsonKind kind) {
        for (ModelType branch : branches) {
            if (branch.kind() == kind) {
                return branch;
            }
        }
        return kind == JsonKind.INTEGER ? branch(JsonKind.NUMBER) : null;
    }

    @Override
    public JsonKind kind() {
        return discrimination == Discrimination.KIND ? null : JsonKind.OBJECT;
    }
}
