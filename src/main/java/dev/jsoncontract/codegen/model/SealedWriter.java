package dev.jsoncontract.codegen.model;

import static dev.jsoncontract.codegen.model.JacksonNames.JSON_CREATOR;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_CREATOR_MODE;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_SUB_TYPES;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_SUB_TYPES_TYPE;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_TYPE_INFO;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_TYPE_INFO_AS;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_TYPE_INFO_ID;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_VALUE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.model.DeclaredType.Branch;
import dev.jsoncontract.codegen.model.DeclaredType.SealedModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A discriminated {@code oneOf} → a {@code sealed interface} that permits one record per branch and
 * one record for values the contract does not know ({@code Unknown<Interface>}, a name allocated
 * like every type name, so it cannot clash).
 *
 * <p>Jackson reads the discriminator as an existing, visible property: a known value picks its
 * branch's record, any other value (or none) lands in the unknown record, which keeps the
 * discriminator value and every property as read and writes them back unchanged.
 */
final class SealedWriter {

    private static final TypeName STRING = ClassName.get(String.class);
    private static final TypeName PROPERTIES = ParameterizedTypeName.get(
            ClassName.get(Map.class), STRING, ClassName.OBJECT);

    private SealedWriter() {
    }

    static List<TypeSpec> write(SealedModel model) {
        String accessor = accessor(model);
        return List.of(sealedInterface(model, accessor), unknownRecord(model, accessor));
    }

    /**
     * The Java name of the discriminator in every branch, when it is the same in all of them (it is
     * unless a branch had to rename it to avoid a clash); the interface then declares it.
     */
    private static String accessor(SealedModel model) {
        if (model.discriminator == null) {
            return null;
        }
        String name = null;
        for (Branch branch : model.branches) {
            String own = branch.target().components.stream()
                    .filter(component -> component.wireName().equals(model.discriminator))
                    .map(Component::name)
                    .findFirst()
                    .orElse(null);
            if (own == null || (name != null && !name.equals(own))) {
                return null;
            }
            name = own;
        }
        return name;
    }

    private static TypeSpec sealedInterface(SealedModel model, String accessor) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.name)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        String told = model.discriminator == null ? "" : ", told apart by " + Javadocs.code(model.discriminator);
        type.addJavadoc("$L\n", Javadocs.wrap(model.description.isEmpty()
                ? "The kinds of object described at " + Javadocs.code("#" + model.schema.pointer())
                        + " of the contract" + told + "."
                : model.description, ""));
        type.addAnnotation(GeneratedCode.GENERATED);
        if (model.discriminator == null) {
            type.addJavadoc("\n");
            type.addJavadoc("$L\n", Javadocs.wrap("The kind is told by the properties present: a property that only"
                    + " one kind declares picks that kind; a value no kind fits, or that more than one kind fits, is"
                    + " read as {@link " + model.unknown.simpleName() + "}.", ""));
            type.addAnnotation(AnnotationSpec.builder(JSON_TYPE_INFO)
                    .addMember("use", "$T.DEDUCTION", JSON_TYPE_INFO_ID)
                    .addMember("defaultImpl", "$T.class", model.unknown)
                    .build());
        } else {
            type.addAnnotation(AnnotationSpec.builder(JSON_TYPE_INFO)
                    .addMember("use", "$T.NAME", JSON_TYPE_INFO_ID)
                    .addMember("include", "$T.EXISTING_PROPERTY", JSON_TYPE_INFO_AS)
                    .addMember("property", "$S", model.discriminator)
                    .addMember("visible", "true")
                    .addMember("defaultImpl", "$T.class", model.unknown)
                    .build());
        }
        AnnotationSpec.Builder subTypes = AnnotationSpec.builder(JSON_SUB_TYPES);
        for (Branch branch : model.branches) {
            AnnotationSpec.Builder subType = AnnotationSpec.builder(JSON_SUB_TYPES_TYPE)
                    .addMember("value", "$T.class", branch.target().name);
            if (branch.value() != null) {
                subType.addMember("name", "$S", branch.value());
            }
            subTypes.addMember("value", "$L", subType.build());
            type.addPermittedSubclass(branch.target().name);
        }
        type.addAnnotation(subTypes.build());
        type.addPermittedSubclass(model.unknown);
        if (accessor != null) {
            type.addMethod(MethodSpec.methodBuilder(accessor)
                    .addJavadoc("The value of $L on the wire, which tells the kinds apart.\n\n"
                            + "@return the value as read\n", Javadocs.code(model.discriminator))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(STRING)
                    .build());
        }
        return type.build();
    }

    /** The record for a value no branch of a deduced union fits: every property as read. */
    private static TypeSpec unknownShape(SealedModel model) {
        ClassName name = model.unknown;
        MethodSpec constructor = MethodSpec.compactConstructorBuilder()
                .addJavadoc("Keeps the properties unmodifiable, in wire order.\n\n"
                        + "@param properties every property as read, in wire order\n"
                        + "@throws $T when {@code properties} is {@code null}\n", NullPointerException.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(PROPERTIES, "properties").addAnnotation(JSON_VALUE).build())
                .addStatement("$T.requireNonNull(properties, $S)", Objects.class, "properties is required")
                .addStatement("properties = $T.unmodifiableMap(new $T<>(properties))", Collections.class,
                        LinkedHashMap.class)
                .build();
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A {@link $T} that no kind of this version of the contract fits, or that several fit.\n"
                        + "It keeps every property as read, and is written back unchanged.\n\n"
                        + "@param properties every property as read, in wire order\n", model.name)
                .addAnnotation(GeneratedCode.GENERATED)
                .addSuperinterface(model.name)
                .recordConstructor(constructor)
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("Reads a {@link $T} from all its properties.\n\n@param properties every property"
                                + " as read\n@return the record that keeps them\n", model.name)
                        .addAnnotation(JacksonNames.inline(JSON_CREATOR,
                                CodeBlock.of("mode = $T.DELEGATING", JSON_CREATOR_MODE)))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(PROPERTIES, "properties")
                        .addStatement("return new $T(properties)", name)
                        .build())
                .build();
    }

    private static TypeSpec unknownRecord(SealedModel model, String accessor) {
        if (model.discriminator == null) {
            return unknownShape(model);
        }
        NameAllocator names = new NameAllocator();
        String discriminator = names.newName(accessor != null ? accessor : Names.memberName(model.discriminator),
                "discriminator");
        String properties = names.newName("properties", "properties");
        String value = names.newName("value", "value");
        String wire = Javadocs.code(model.discriminator);
        ClassName name = model.unknown;
        MethodSpec constructor = MethodSpec.compactConstructorBuilder()
                .addJavadoc("Keeps the properties unmodifiable, in wire order.\n\n"
                        + "@param $L the value of $L as read, or {@code null} when it was absent\n"
                        + "@param $L every property as read, in wire order\n"
                        + "@throws $T when {@code $L} is {@code null}\n",
                        discriminator, wire, properties, NullPointerException.class, properties)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(STRING, discriminator).build())
                .addParameter(ParameterSpec.builder(PROPERTIES, properties).build())
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, properties, "properties is required")
                .addStatement("$N = $T.unmodifiableMap(new $T<>($N))", properties, Collections.class,
                        LinkedHashMap.class, properties)
                .build();
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(CodeBlock.builder()
                        .add("A {@link $T} whose $L this version of the contract does not know. It keeps the\n",
                                model.name, wire)
                        .add("value and every property as read, and is written back unchanged.\n\n")
                        .add("@param $L the value of $L as read, or {@code null} when it was absent\n",
                                discriminator, wire)
                        .add("@param $L every property as read, in wire order\n", properties)
                        .build())
                .addAnnotation(GeneratedCode.GENERATED)
                .addSuperinterface(model.name)
                .recordConstructor(constructor)
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("Reads a {@link $T} from all its properties.\n\n"
                                + "@param $L every property as read, in wire order\n@return the record\n", model.name,
                                properties)
                        .addAnnotation(JacksonNames.inline(JSON_CREATOR,
                                CodeBlock.of("mode = $T.DELEGATING", JSON_CREATOR_MODE)))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name)
                        .addParameter(PROPERTIES, properties)
                        .addStatement("$T $N = $N.get($S)", Object.class, value, properties, model.discriminator)
                        .addStatement("return new $T($N == null ? null : $N.toString(), $N)",
                                name, value, value, properties)
                        .build())
                .addMethod(MethodSpec.methodBuilder(properties)
                        .addJavadoc("Every property as read, which is also what is written back.\n\n"
                                + "@return the properties, in wire order\n")
                        .addAnnotation(JSON_VALUE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(PROPERTIES)
                        .addStatement("return $N", properties)
                        .build())
                .build();
    }
}
