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
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.model.DeclaredType.RecordModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An object with properties → a {@code record}.
 *
 * <ul>
 *   <li>A tuple ({@code items} as an array of schemas) is read from and written as a JSON array
 *       ({@code @JsonFormat(shape = ARRAY)}), one component per position ({@code item0}, ...);
 *       elements after the described ones are ignored, missing ones read as {@code null} and are
 *       left out again when written ({@code @JsonValue}), unless the schema allows a {@code null} there.
 *   <li>Components in schema order; {@code @JsonProperty("wire_name")} where the Java name differs.
 *   <li>{@code @JsonInclude(NON_NULL)} when a component is optional: an optional property that
 *       was absent (or {@code null}) is written back absent, not as {@code null}, so that a round
 *       trip adds nothing; a required nullable component is marked {@code @JsonInclude(ALWAYS)},
 *       so its {@code null} is kept.
 *   <li>{@code @JsonIgnoreProperties(ignoreUnknown = true)}: properties the contract does not know
 *       are ignored, whatever the caller's {@code ObjectMapper} settings.
 *   <li>A required, never-null reference component is checked in the compact constructor
 *       ({@code "call_status is required"}); lists and maps are copied unmodifiable
 *       ({@code List.copyOf} when elements are never null, else a copy that keeps {@code null}s).
 *   <li>More than {@value #BUILDER_THRESHOLD} components: a nested {@code Builder},
 *       {@code builder()} and {@code toBuilder()}.
 * </ul>
 */
final class RecordWriter {

    /** Records with more components than this also get a builder. */
    static final int BUILDER_THRESHOLD = 4;

    private static final ClassName OBJECTS = ClassName.get(Objects.class);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
    private static final ClassName COLLECTIONS = ClassName.get(Collections.class);

    private RecordWriter() {
    }

    static TypeSpec write(RecordModel model) {
        TypeSpec.Builder type = TypeSpec.recordBuilder(model.name).addModifiers(Modifier.PUBLIC);
        type.addJavadoc(javadoc(model));
        type.addAnnotation(GeneratedCode.GENERATED);
        boolean omitNulls = model.components.stream().anyMatch(component -> !component.required());
        if (omitNulls) {
            type.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                    .addMember("value", "$T.NON_NULL", JSON_INCLUDE_INCLUDE).build());
        }
        if (model.tuple) {
            type.addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_FORMAT)
                    .addMember("shape", "$T.ARRAY", JacksonNames.JSON_FORMAT_SHAPE).build());
            AnnotationSpec.Builder order = AnnotationSpec.builder(JacksonNames.JSON_PROPERTY_ORDER);
            model.components.forEach(component -> order.addMember("value", "$S", component.wireName()));
            type.addAnnotation(order.build());
            type.addMethod(tupleElements(model));
        }
        type.addAnnotation(JacksonNames.inline(JSON_IGNORE_PROPERTIES, CodeBlock.of("ignoreUnknown = true")));
        model.interfaces.stream().sorted(Comparator.comparing(ClassName::simpleName)).forEach(type::addSuperinterface);

        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        if (model.tuple) {
            // the elements are written through @JsonValue; without this a one-element tuple's constructor
            // would be taken for a delegating creator and read the whole array into its one component
            constructor.addAnnotation(AnnotationSpec.builder(JacksonNames.JSON_CREATOR)
                    .addMember("mode", "$T.PROPERTIES", JacksonNames.JSON_CREATOR_MODE).build());
        }
        boolean checks = false;
        boolean copies = false;
        for (Component component : model.components) {
            ParameterSpec.Builder parameter = ParameterSpec.builder(component.type(), component.name());
            if (!component.name().equals(component.wireName()) || (model.tuple && model.components.size() == 1)) {
                // a one-element tuple names its component, or Jackson takes the creator for a delegating one
                parameter.addAnnotation(AnnotationSpec.builder(JSON_PROPERTY)
                        .addMember("value", "$S", component.wireName()).build());
            }
            if (omitNulls && component.required() && !component.nonNull()) {
                parameter.addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.ALWAYS", JSON_INCLUDE_INCLUDE).build());
            }
            constructor.addParameter(parameter.build());
            CodeBlock check = check(component);
            if (!check.isEmpty()) {
                constructor.addStatement(check);
                checks |= component.nonNull();
                copies |= component.shape() != Shape.VALUE;
            }
        }
        if (checks || copies) {
            constructor.addJavadoc(constructorJavadoc(model, checks, copies));
        }
        type.recordConstructor(constructor.build());
        if (model.builder) {
            addBuilder(type, model);
        }
        return type.build();
    }

    /** The builder's setter of one component; the wide class's builder has the same. */
    static MethodSpec setter(ClassName type, ClassName builderName, Component component) {
        return MethodSpec.methodBuilder(component.name())
                .addJavadoc("Sets {@link $T#$N()}.\n\n@param $N the value\n@return this builder\n", type,
                        component.name(), component.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(component.type(), component.name())
                .addStatement("this.$N = $N", component.name(), component.name())
                .addStatement("return this")
                .build();
    }

    /**
     * A tuple's JSON form: its components in order, without trailing {@code null}s that stand for
     * elements the array did not have, so that {@code [1]} of a two-element tuple is written back
     * as {@code [1]}, not {@code [1, null]} (which its schema may not allow). Reading stays with
     * {@code @JsonFormat(shape = ARRAY)}.
     */
    private static MethodSpec tupleElements(RecordModel model) {
        CodeBlock values = CodeBlock.join(model.components.stream()
                .map(component -> CodeBlock.of("$N", component.name())).toList(), ", ");
        MethodSpec.Builder method = MethodSpec.methodBuilder("jsonElements")
                .addAnnotation(JacksonNames.JSON_VALUE)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT))
                .addJavadoc("The elements as JSON has them: the components in order, without the trailing ones"
                        + " that are\n{@code null} because the array did not have them.\n\n@return the elements\n")
                .addStatement("$T[] elements = {$L}", Object.class, values)
                .addStatement("int size = elements.length");
        method.beginControlFlow("while (size > $L && elements[size - 1] == null)", model.tupleWritten)
                .addStatement("size--")
                .endControlFlow()
                .addStatement("return $T.asList(elements).subList(0, size)", java.util.Arrays.class);
        return method.build();
    }

    /**
     * The record's Javadoc: its description (or where the contract declares it) and an
     * {@code @param} for every component, so that the Javadoc lint finds nothing missing.
     */
    private static CodeBlock javadoc(RecordModel model) {
        CodeBlock.Builder javadoc = CodeBlock.builder();
        String description = model.description.isEmpty()
                ? "The object described at " + Javadocs.code("#" + model.schema.pointer()) + " of the contract."
                : model.description;
        javadoc.add("$L\n", Javadocs.wrap(description, ""));
        if (!model.components.isEmpty()) {
            javadoc.add("\n");
        }
        for (Component component : model.components) {
            javadoc.add("$L\n", Javadocs.wrap("@param " + component.name() + " " + about(component), "    "));
        }
        return javadoc.build();
    }

    /** What a component's {@code @param} says: its description, else the property it holds. */
    private static String about(Component component) {
        return component.description().isEmpty()
                ? "the " + Javadocs.code(component.wireName()) + " property"
                : component.description();
    }

    /** The compact constructor's Javadoc: what it checks and copies, and every component again. */
    private static CodeBlock constructorJavadoc(RecordModel model, boolean checks, boolean copies) {
        String what = checks && copies ? "Checks that the required components are present, and copies lists and maps"
                + " unmodifiable."
                : checks ? "Checks that the required components are present."
                : "Copies lists and maps unmodifiable.";
        CodeBlock.Builder javadoc = CodeBlock.builder().add("$L\n\n", what);
        for (Component component : model.components) {
            javadoc.add("$L\n", Javadocs.wrap("@param " + component.name() + " " + about(component), "    "));
        }
        if (checks) {
            javadoc.add("@throws $T when a required component is {@code null}\n", NullPointerException.class);
        }
        return javadoc.build();
    }

    /** The statement of the compact constructor that guards or copies one component, if any. */
    private static CodeBlock check(Component component) {
        if (component.type().isPrimitive()) {
            return CodeBlock.of("");
        }
        String name = component.name();
        CodeBlock value = component.nonNull()
                ? CodeBlock.of("$T.requireNonNull($N, $S)", OBJECTS, name, component.wireName() + " is required")
                : CodeBlock.of("$N", name);
        CodeBlock copy = switch (component.shape()) {
            case LIST -> component.elementsNullable()
                    ? CodeBlock.of("$T.unmodifiableList(new $T<>($L))", COLLECTIONS, ARRAY_LIST, value)
                    : CodeBlock.of("$T.copyOf($L)", LIST, value);
            case MAP -> CodeBlock.of("$T.unmodifiableMap(new $T<>($L))", COLLECTIONS, LINKED_HASH_MAP, value);
            case VALUE -> null;
        };
        if (copy == null) {
            return component.nonNull() ? value : CodeBlock.of("");
        }
        return component.nonNull()
                ? CodeBlock.of("$N = $L", name, copy)
                : CodeBlock.of("$N = $N == null$W? null$W: $L", name, name, copy);
    }

    private static void addBuilder(TypeSpec.Builder type, RecordModel model) {
        ClassName builderName = model.name.nestedClass("Builder");
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with every component unset.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new $T()", builderName)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder that starts from this record's values.\n\n@return a builder holding them\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addStatement("return new $T(this)", builderName)
                .build());

        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addJavadoc("Builds a {@link $T} one component at a time.\n", model.name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copying = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(model.name, "source");
        List<CodeBlock> arguments = new ArrayList<>();
        for (Component component : model.components) {
            builder.addField(FieldSpec.builder(component.type(), component.name(), Modifier.PRIVATE).build());
            copying.addStatement("this.$N = source.$N()", component.name(), component.name());
            arguments.add(CodeBlock.of("$N", component.name()));
        }
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(copying.build());
        for (Component component : model.components) {
            builder.addMethod(setter(model.name, builderName, component));
        }
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("A new {@link $T}.\n\n@return the record\n", model.name)
                .addJavadoc(model.components.stream().anyMatch(Component::nonNull)
                        ? CodeBlock.of("@throws $T when a required component was left unset\n", NullPointerException.class)
                        : CodeBlock.of(""))
                .addModifiers(Modifier.PUBLIC)
                .returns(model.name)
                .addStatement("return new $T($L)", model.name, CodeBlock.join(arguments, ",$W"))
                .build());
        type.addType(builder.build());
    }
}
