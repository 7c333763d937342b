package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/** The Jackson annotations generated code uses (jackson-annotations comes with jackson-databind). */
final class JacksonNames {

    private static final String PACKAGE = "com.fasterxml.jackson.annotation";

    static final ClassName JSON_CREATOR = ClassName.get(PACKAGE, "JsonCreator");
    static final ClassName JSON_CREATOR_MODE = ClassName.get(PACKAGE, "JsonCreator", "Mode");
    static final ClassName JSON_INCLUDE = ClassName.get(PACKAGE, "JsonInclude");
    static final ClassName JSON_INCLUDE_INCLUDE = ClassName.get(PACKAGE, "JsonInclude", "Include");
    static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(PACKAGE, "JsonIgnoreProperties");
    static final ClassName JSON_PROPERTY = ClassName.get(PACKAGE, "JsonProperty");
    static final ClassName JSON_SUB_TYPES = ClassName.get(PACKAGE, "JsonSubTypes");
    static final ClassName JSON_SUB_TYPES_TYPE = ClassName.get(PACKAGE, "JsonSubTypes", "Type");
    static final ClassName JSON_TYPE_INFO = ClassName.get(PACKAGE, "JsonTypeInfo");
    static final ClassName JSON_TYPE_INFO_ID = ClassName.get(PACKAGE, "JsonTypeInfo", "Id");
    static final ClassName JSON_TYPE_INFO_AS = ClassName.get(PACKAGE, "JsonTypeInfo", "As");
    static final ClassName JSON_VALUE = ClassName.get(PACKAGE, "JsonValue");
    static final ClassName JSON_FORMAT = ClassName.get(PACKAGE, "JsonFormat");
    static final ClassName JSON_FORMAT_SHAPE = ClassName.get(PACKAGE, "JsonFormat", "Shape");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(PACKAGE, "JsonPropertyOrder");
    /** Any JSON value, exactly: what a schema jsoncontract cannot type more precisely maps to. */
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

    private JacksonNames() {
    }

    /**
     * An annotation with named members written on one line, as by hand:
     * {@code @JsonIgnoreProperties(ignoreUnknown = true)}. JavaPoet writes one line only for a lone
     * {@code value} member and spreads any other member over three lines, so the members go in as
     * the text of {@code value}.
     */
    static AnnotationSpec inline(ClassName annotation, CodeBlock members) {
        return AnnotationSpec.builder(annotation).addMember("value", members).build();
    }
}
