package dev.jsoncontract.contract.model;

import java.util.Objects;

/**
 * A type where it is used: the type, and whether {@code null} is allowed there.
 *
 * <p>A use of a schema that is still being built (a recursive reference) is handed out before its
 * type is known and completed when the schema is done, so that recursion ends at the schema being
 * built and every holder sees the finished type. After {@link ContractModel} returns, every use is
 * complete.
 */
public final class TypeUse {

    private ModelType type;
    private boolean nullable;
    private TypeUse base;

    private TypeUse(ModelType type, boolean nullable, TypeUse base) {
        this.type = type;
        this.nullable = nullable;
        this.base = base;
    }

    /** A complete use. */
    public static TypeUse of(ModelType type, boolean nullable) {
        return new TypeUse(Objects.requireNonNull(type, "type"), nullable, null);
    }

    static TypeUse pending() {
        return new TypeUse(null, false, null);
    }

    /** The type; never {@code null} once the model is built. */
    public ModelType type() {
        return base != null ? base.type() : type;
    }

    /** Whether {@code null} is allowed here. */
    public boolean nullable() {
        return nullable || (base != null && base.nullable());
    }

    /** Whether the type is known (it is, except while the schema it stands for is being built). */
    public boolean complete() {
        return type() != null;
    }

    /** The same use, with {@code null} allowed. */
    public TypeUse asNullable() {
        if (nullable()) {
            return this;
        }
        return complete() && base == null ? of(type, true) : new TypeUse(null, true, this);
    }

    /** The same type, with {@code null} allowed as given. */
    public TypeUse withNullable(boolean allowed) {
        if (allowed == nullable()) {
            return this;
        }
        return allowed ? asNullable() : of(type(), false);
    }

    /** Completes a pending use with a result, which may itself still be pending (then this use follows it). */
    void complete(TypeUse result) {
        if (result == this) {
            return;
        }
        if (result.complete()) {
            this.type = result.type();
            this.nullable = result.nullable();
        } else {
            this.base = result;
        }
    }

    @Override
    public String toString() {
        return (type() == null ? "<pending>" : type().toString()) + (nullable() ? "?" : "");
    }
}
