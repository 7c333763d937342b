package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.TypeName;

/**
 * One record component, mapped from one property.
 *
 * @param wireName the property name on the wire
 * @param name the Java name
 * @param type the Java type, primitive when required and never null
 * @param nonNull whether the value is required and never null, so the record refuses {@code null}
 * @param shape list, map or single value
 * @param elementsNullable for lists and maps: whether elements may be {@code null}
 * @param description the cleaned description, or {@code ""}
 * @param required whether the property is listed in {@code required}
 */
record Component(
        String wireName,
        String name,
        TypeName type,
        boolean nonNull,
        Shape shape,
        boolean elementsNullable,
        String description,
        boolean required) {
}
