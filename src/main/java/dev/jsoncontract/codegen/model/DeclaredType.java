package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.JsonKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A generated top-level type, registered by its schema's place before its members are mapped. */
abstract sealed class DeclaredType permits DeclaredType.RecordModel, DeclaredType.EnumModel, DeclaredType.SealedModel,
        DeclaredType.KindUnionModel {

    final ClassName name;
    final SchemaNode schema;
    String description = "";
    boolean defined;

    DeclaredType(ClassName name, SchemaNode schema) {
        this.name = name;
        this.schema = schema;
    }

    /** An object with properties, or a tuple: a record. */
    static final class RecordModel extends DeclaredType {
        final List<Component> components = new ArrayList<>();
        final Set<ClassName> interfaces = new LinkedHashSet<>();
        boolean builder;
        /** Read from and written as a JSON array, one component per position. */
        boolean tuple;
        /**
         * Of a tuple: how many leading elements are always written; a {@code null} after them
         * stands for an element the array did not have (their schemas allow no {@code null}), so
         * trailing ones are left out when written.
         */
        int tupleWritten;

        RecordModel(ClassName name, SchemaNode schema) {
            super(name, schema);
        }
    }

    /** A string enum: a Java enum. */
    static final class EnumModel extends DeclaredType {
        final List<String> values = new ArrayList<>();

        EnumModel(ClassName name, SchemaNode schema) {
            super(name, schema);
        }
    }

    /**
     * A union of objects: a sealed interface, one record per branch, one for the unknown. With a
     * {@link #discriminator} the branch is read from that property; without one, from the
     * properties present.
     */
    static final class SealedModel extends DeclaredType {
        final List<Branch> branches = new ArrayList<>();
        /** The tag property's wire name, or {@code null} when the branches are told apart by their properties. */
        String discriminator;
        ClassName unknown;

        SealedModel(ClassName name, SchemaNode schema) {
            super(name, schema);
        }
    }

    /** Values of different JSON kinds: a sealed interface with one record per kind, read by the JSON token. */
    static final class KindUnionModel extends DeclaredType {
        final List<KindBranch> branches = new ArrayList<>();

        KindUnionModel(ClassName name, SchemaNode schema) {
            super(name, schema);
        }
    }

    /**
     * One kind of a {@link KindUnionModel}.
     *
     * @param kind the JSON kind
     * @param type the Java type of such a value
     * @param elementsNullable for a list: whether its elements may be {@code null}
     * @param direct for an object: the record that implements the union itself, else {@code null}
     *     (the value is wrapped)
     * @param enumeration whether {@code type} is a generated enum (read with its {@code fromValue})
     */
    record KindBranch(JsonKind kind, TypeName type, boolean elementsNullable, RecordModel direct, boolean enumeration) {
    }

    /**
     * One branch of a sealed interface.
     *
     * @param value the discriminator value on the wire, or {@code null} when there is no discriminator
     * @param target the branch's record
     */
    record Branch(String value, RecordModel target) {
    }
}
