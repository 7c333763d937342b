package dev.jsoncontract.codegen.model;

import static dev.jsoncontract.codegen.model.JacksonNames.JSON_CREATOR;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_CREATOR_MODE;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_VALUE;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.model.DeclaredType.EnumModel;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A string {@code enum} → a Java {@code enum}: one constant per wire value, named by
 * {@link Names#constantName} (a name taken twice gets {@code _2}, {@code _3}, ... in schema order),
 * the wire value kept exactly and written back by {@code @JsonValue value()}, read by the
 * {@code @JsonCreator fromValue(String)}. A value the contract does not list becomes
 * {@link #UNKNOWN_CONSTANT}: never an exception, never {@code null}, whatever the caller's
 * {@code ObjectMapper} settings. {@code null} in the enum makes the value nullable; it is no
 * constant.
 */
final class EnumWriter {

    /**
     * The constant for a value the contract does not list. Wire values never map to a name that starts
     * with an underscore, so it cannot clash with one.
     */
    static final String UNKNOWN_CONSTANT = "_UNKNOWN";

    private EnumWriter() {
    }

    static TypeSpec write(EnumModel model) {
        ClassName name = model.name;
        TypeSpec.Builder type = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
        type.addJavadoc("$L\n", Javadocs.wrap(model.description.isEmpty()
                ? "The values listed at " + Javadocs.code("#" + model.schema.pointer()) + " of the contract."
                : model.description, ""));
        type.addAnnotation(GeneratedCode.GENERATED);
        Set<String> used = new HashSet<>();
        for (String value : model.values) {
            String base = Names.constantName(value);
            String constant = base;
            for (int suffix = 2; !used.add(constant); suffix++) {
                constant = base + "_" + suffix;
            }
            type.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$S", value)
                    .addJavadoc("$L on the wire.\n", Javadocs.code(value))
                    .build());
        }
        type.addEnumConstant(UNKNOWN_CONSTANT, TypeSpec.anonymousClassBuilder("$L", "null")
                .addJavadoc("A value this version of the contract does not list. It is written back as\n"
                        + "{@code null}. No wire value maps to a name that starts with an underscore, so this\n"
                        + "constant never stands for one.\n")
                .build());
        type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The value on the wire, exactly as the contract lists it.\n\n"
                        + "@return the wire value; {@code null} for {@link #$L}\n", UNKNOWN_CONSTANT)
                .addAnnotation(JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant for a wire value.\n\n@param value the value as read\n"
                        + "@return its constant; {@link #$L} when the contract does not list it\n", UNKNOWN_CONSTANT)
                .addAnnotation(JacksonNames.inline(JSON_CREATOR, CodeBlock.of("mode = $T.DELEGATING", JSON_CREATOR_MODE)))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .beginControlFlow("for ($T constant : values())", name)
                .beginControlFlow("if (constant != $L && constant.value.equals(value))", UNKNOWN_CONSTANT)
                .addStatement("return constant")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $L", UNKNOWN_CONSTANT)
                .build());
        return type.build();
    }
}
