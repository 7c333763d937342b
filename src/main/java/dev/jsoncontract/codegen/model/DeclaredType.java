package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.ClassName;
import dev.jsoncontract.contract.SchemaNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A generated top-level type, registered by its schema's place before its members are mapped. */
abstract sealed class DeclaredType permits DeclaredType.RecordModel, DeclaredType.EnumModel, DeclaredType.SealedModel {

    final ClassName name;
    final SchemaNode schema;
    String description = "";
    boolean defined;

    DeclaredType(ClassName name, SchemaNode schema) {
        this.name = name;
        this.schema = schema;
    }

    /** An object with properties: a record. */
    static final class RecordModel extends DeclaredType {
        final List<Component> components = new ArrayList<>();
        final Set<ClassName> interfaces = new LinkedHashSet<>();
        boolean builder;

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

    /** A discriminated {@code oneOf}: a sealed interface, one record per branch, one for the unknown. */
    static final class SealedModel extends DeclaredType {
        final List<Branch> branches = new ArrayList<>();
        String discriminator;
        ClassName unknown;

        SealedModel(ClassName name, SchemaNode schema) {
            super(name, schema);
        }
    }

    /**
     * One branch of a sealed interface.
     *
     * @param value the discriminator value on the wire
     * @param target the branch's record
     */
    record Branch(String value, RecordModel target) {
    }
}
