package dev.jsoncontract.codegen;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.util.Locale;

/**
 * The Jackson the generated client and contract tests are written for. The model needs neither: its
 * annotations ({@code com.fasterxml.jackson.annotation}) are shared by Jackson 2 and Jackson 3.
 */
public enum JacksonVersion {

    /** Jackson 2 ({@code com.fasterxml.jackson.databind}, with {@code jackson-datatype-jsr310}). */
    JACKSON_2("2", "com.fasterxml.jackson"),

    /** Jackson 3 ({@code tools.jackson.databind}; Java time is built in). */
    JACKSON_3("3", "tools.jackson");

    private final String option;
    private final String root;

    JacksonVersion(String option, String root) {
        this.option = option;
        this.root = root;
    }

    /**
     * @param option {@code 2} or {@code 3}; {@code null} or blank for the default, Jackson 2
     * @return the version
     * @throws IllegalArgumentException naming the values allowed
     */
    public static JacksonVersion parse(String option) {
        if (option == null || option.isBlank()) {
            return JACKSON_2;
        }
        for (JacksonVersion version : values()) {
            if (version.option.equals(option.strip().toLowerCase(Locale.ROOT))) {
                return version;
            }
        }
        throw new IllegalArgumentException("jackson must be 2 or 3, was \"" + option + "\"");
    }

    /** @return {@code 2} or {@code 3}, as the {@code jackson} parameter takes it */
    public String option() {
        return option;
    }

    /** @return {@code ObjectMapper} */
    public ClassName objectMapper() {
        return databind("ObjectMapper");
    }

    /** @return {@code JsonMapper} */
    public ClassName jsonMapper() {
        return ClassName.get(root + ".databind.json", "JsonMapper");
    }

    /** @return {@code JsonNode} */
    public ClassName jsonNode() {
        return databind("JsonNode");
    }

    /** @return {@code DeserializationFeature} */
    public ClassName deserializationFeature() {
        return databind("DeserializationFeature");
    }

    /** @return {@code JsonNodeFeature} */
    public ClassName jsonNodeFeature() {
        return ClassName.get(root + ".databind.cfg", "JsonNodeFeature");
    }

    /** @return {@code TypeReference} */
    public ClassName typeReference() {
        return ClassName.get(root + ".core.type", "TypeReference");
    }

    /** @return {@code StreamReadFeature} */
    public ClassName streamReadFeature() {
        return ClassName.get(root + ".core", "StreamReadFeature");
    }

    /**
     * @return the class of the date-time features: {@code DeserializationFeature} and
     *     {@code SerializationFeature} in Jackson 2 (use {@link #dateWriteFeature()} for writing),
     *     {@code DateTimeFeature} in Jackson 3
     */
    public ClassName dateReadFeature() {
        return this == JACKSON_2 ? deserializationFeature() : ClassName.get(root + ".databind.cfg", "DateTimeFeature");
    }

    /** @return the class holding {@code WRITE_DATES_AS_TIMESTAMPS} */
    public ClassName dateWriteFeature() {
        return this == JACKSON_2 ? databind("SerializationFeature") : dateReadFeature();
    }

    /** @return {@code JavaTimeModule} for Jackson 2; {@code null} for Jackson 3, which reads Java time itself */
    public ClassName javaTimeModule() {
        return this == JACKSON_2 ? ClassName.get("com.fasterxml.jackson.datatype.jsr310", "JavaTimeModule") : null;
    }

    /**
     * @return what reading JSON throws: {@code IOException} in Jackson 2 (checked), the unchecked
     *     {@code JacksonException} in Jackson 3
     */
    public ClassName readFailure() {
        return this == JACKSON_2 ? ClassName.get(IOException.class) : ClassName.get(root + ".core", "JacksonException");
    }

    /** @return whether {@link #readFailure()} is checked, so that code may need to catch both */
    public boolean checkedReadFailure() {
        return this == JACKSON_2;
    }

    private ClassName databind(String simpleName) {
        return ClassName.get(root + ".databind", simpleName);
    }
}
