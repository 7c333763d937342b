package dev.jsoncontract.codegen.model;

import static dev.jsoncontract.codegen.model.JacksonNames.JSON_IGNORE_PROPERTIES;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_INCLUDE;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_INCLUDE_INCLUDE;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_PROPERTY;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.model.DeclaredType.RecordModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An object with more properties than a Java record can hold (a constructor takes at most 255
 * parameter slots; {@code long} and {@code double} take two) → a final class with the same API as
 * the record would have: one accessor per property ({@code name()}), {@code builder()},
 * {@code toBuilder()}, value equality and {@code toString()}. Jackson reads it into its private
 * fields; the builder checks required values as the record's constructor would.
 */
final class WideClassWriter {

    /** The parameter slots a record's canonical constructor may use. */
    static final int MAX_SLOTS = 254;

    private static final ClassName JSON_AUTO_DETECT =
            ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect");
    private static final ClassName VISIBILITY =
            ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect", "Visibility");

    private WideClassWriter() {
    }

    /** Whether the record's components need more parameter slots than a constructor has. */
    static boolean tooWide(RecordModel model) {
        int slots = 0;
        for (Component component : model.components) {
            slots += component.type().equals(TypeName.LONG) || component.type().equals(TypeName.DOUBLE) ? 2 : 1;
        }
        return slots > MAX_SLOTS;
    }

    static TypeSpec write(RecordModel model) {
        ClassName name = model.name;
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        CodeBlock.Builder javadoc = CodeBlock.builder();
        if (!model.description.isEmpty()) {
            javadoc.add("$L\n\n", Javadocs.wrap(model.description, ""));
        }
        javadoc.add("$L\n", Javadocs.wrap("An object with " + model.components.size() + " properties, more than a"
                + " Java record can hold, so a class with the accessors, builder and equality a record would have.", ""));
        type.addJavadoc(javadoc.build());
        if (model.components.stream().anyMatch(component -> !component.required())) {
            type.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                    .addMember("value", "$T.NON_NULL", JSON_INCLUDE_INCLUDE).build());
        }
        type.addAnnotation(JacksonNames.inline(JSON_IGNORE_PROPERTIES, CodeBlock.of("ignoreUnknown = true")));
        type.addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
                .addMember("fieldVisibility", "$T.ANY", VISIBILITY)
                .addMember("getterVisibility", "$T.NONE", VISIBILITY)
                .addMember("isGetterVisibility", "$T.NONE", VISIBILITY)
                .build());
        model.interfaces.stream().sorted(Comparator.comparing(ClassName::simpleName)).forEach(type::addSuperinterface);

        ClassName builderName = name.nestedClass("Builder");
        MethodSpec.Builder fromBuilder = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builderName, "builder");
        for (Component component : model.components) {
            FieldSpec.Builder field = FieldSpec.builder(component.type(), component.name(), Modifier.PRIVATE)
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", component.wireName()).build());
            if (component.required() && !component.nonNull()) {
                field.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.ALWAYS", JSON_INCLUDE_INCLUDE).build());
            }
            type.addField(field.build());
            fromBuilder.addStatement(component.nonNull() && !component.type().isPrimitive()
                    ? CodeBlock.of("this.$N = $T.requireNonNull(builder.$N, $S)", component.name(), Objects.class,
                            component.name(), component.wireName() + " is required")
                    : CodeBlock.of("this.$N = builder.$N", component.name(), component.name()));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addJavadoc("For Jackson, which sets the fields.\n").build());
        type.addMethod(fromBuilder.build());
        for (Component component : model.components) {
            type.addMethod(MethodSpec.methodBuilder(component.name())
                    .addJavadoc("$L\n\n@return the value, $L\n", Javadocs.wrap(component.description().isEmpty()
                            ? "The value of {@code " + Javadocs.clean(component.wireName()) + "}."
                            : component.description(), ""), component.type().isPrimitive() ? "as read"
                            : "or {@code null} when absent")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(component.type())
                    .addStatement("return $N", component.name())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with every property unset.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new $T()", builderName)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder that starts from this object's values.\n\n@return the builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addStatement("return new $T(this)", builderName)
                .build());
        type.addMethod(equalsMethod(model));
        type.addMethod(hashCodeMethod(model));
        type.addMethod(toStringMethod(model));
        type.addType(builder(model, builderName));
        return type.build();
    }

    private static MethodSpec equalsMethod(RecordModel model) {
        List<CodeBlock> terms = new ArrayList<>();
        for (Component component : model.components) {
            terms.add(component.type().equals(TypeName.DOUBLE)
                    ? CodeBlock.of("$T.compare($N, that.$N) == 0", Double.class, component.name(), component.name())
                    : component.type().isPrimitive()
                    ? CodeBlock.of("$N == that.$N", component.name(), component.name())
                    : CodeBlock.of("$T.equals($N, that.$N)", Objects.class, component.name(), component.name()));
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addStatement("return other instanceof $T that$W&& $L", model.name, CodeBlock.join(terms, "$W&& "))
                .build();
    }

    private static MethodSpec hashCodeMethod(RecordModel model) {
        List<CodeBlock> names = new ArrayList<>();
        model.components.forEach(component -> names.add(CodeBlock.of("$N", component.name())));
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(names, ",$W"))
                .build();
    }

    private static MethodSpec toStringMethod(RecordModel model) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class,
                        model.name.simpleName() + "[");
        boolean first = true;
        for (Component component : model.components) {
            method.addStatement("text.append($S).append($N)", (first ? "" : ", ") + component.name() + "=", component.name());
            first = false;
        }
        return method.addStatement("return text.append(']').toString()").build();
    }

    private static TypeSpec builder(RecordModel model, ClassName builderName) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addJavadoc("Builds a {@link $T} one property at a time.\n", model.name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copying = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(model.name, "source");
        for (Component component : model.components) {
            builder.addField(FieldSpec.builder(component.type(), component.name(), Modifier.PRIVATE).build());
            copying.addStatement("this.$N = source.$N", component.name(), component.name());
        }
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(copying.build());
        for (Component component : model.components) {
            builder.addMethod(RecordWriter.setter(model.name, builderName, component));
        }
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("A new {@link $T}; a required property left unset throws\n"
                        + "{@code NullPointerException}.\n\n@return the object\n", model.name)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.name)
                .addStatement("return new $T(this)", model.name)
                .build());
        return builder.build();
    }
}
