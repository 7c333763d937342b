package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The Java type a schema maps to, before the place that uses it decides between primitive and boxed.
 *
 * @param type the type, boxed when primitive
 * @param nullable whether the schema itself allows {@code null}
 * @param shape list, map or single value
 * @param elementsNullable for lists and maps: whether elements may be {@code null}
 */
record Mapped(TypeName type, boolean nullable, Shape shape, boolean elementsNullable) {

    /** What a schema that could not be mapped stands for while the other errors are collected. */
    static final Mapped FAILED = new Mapped(ClassName.OBJECT, true, Shape.VALUE, false);

    static Mapped value(TypeName type, boolean nullable) {
        return new Mapped(type, nullable, Shape.VALUE, false);
    }

    Mapped asNullable() {
        return new Mapped(type, true, shape, elementsNullable);
    }
}
