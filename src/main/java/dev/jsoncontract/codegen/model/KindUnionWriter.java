package dev.jsoncontract.codegen.model;

import static dev.jsoncontract.codegen.model.JacksonNames.JSON_CREATOR;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_CREATOR_MODE;
import static dev.jsoncontract.codegen.model.JacksonNames.JSON_VALUE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.model.DeclaredType.KindBranch;
import dev.jsoncontract.codegen.model.DeclaredType.KindUnionModel;
import dev.jsoncontract.contract.model.JsonKind;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Values of different JSON kinds ({@code string | string[]}, {@code boolean | object},
 * {@code integer | date-time string}) → a {@code sealed interface} with one record per kind,
 * nested in it ({@code StringValue}, {@code IntegerValue}, {@code NumberValue},
 * {@code BooleanValue}, {@code ArrayValue}, {@code ObjectValue}); an object branch that is a
 * generated record implements the interface itself.
 *
 * <p>Jackson reads the value by its JSON token through one static {@code @JsonCreator} per kind
 * on the interface (a string, an {@code int}/{@code long}, a {@code double}, a {@code boolean},
 * a list delegate, an object delegate), and writes each record back as its one value
 * ({@code @JsonValue}), so that a round trip is exact. Only annotations are used, so the same
 * code serves Jackson 2 and 3.
 */
final class KindUnionWriter {

    private KindUnionWriter() {
    }

    static TypeSpec write(KindUnionModel model) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.name).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
        CodeBlock.Builder javadoc = CodeBlock.builder();
        if (!model.description.isEmpty()) {
            javadoc.add("$L\n\n", Javadocs.wrap(model.description, ""));
        }
        List<String> kinds = new ArrayList<>();
        for (KindBranch branch : model.branches) {
            kinds.add(article(branch.kind()));
        }
        javadoc.add("$L.\n", Javadocs.wrap("One of " + String.join(", ", kinds.subList(0, kinds.size() - 1))
                + " or " + kinds.get(kinds.size() - 1) + ", told apart by the JSON value itself", ""));
        type.addJavadoc(javadoc.build());
        for (KindBranch branch : model.branches) {
            ClassName record = branch.direct() != null ? branch.direct().name : model.name.nestedClass(recordName(branch.kind()));
            type.addPermittedSubclass(record);
            if (branch.direct() == null) {
                type.addType(valueRecord(model, branch, record));
            }
            boolean integers = model.branches.stream().anyMatch(b -> b.kind() == JsonKind.INTEGER);
            for (TypeName parameter : creatorParameters(branch, integers)) {
                type.addMethod(creator(model, branch, record, parameter));
            }
        }
        return type.build();
    }

    private static String article(JsonKind kind) {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case INTEGER -> "an integer";
            default -> "a " + kind.schemaName();
        };
    }

    static String recordName(JsonKind kind) {
        return switch (kind) {
            case OBJECT -> "ObjectValue";
            case ARRAY -> "ArrayValue";
            case STRING -> "StringValue";
            case INTEGER -> "IntegerValue";
            case NUMBER -> "NumberValue";
            case BOOLEAN -> "BooleanValue";
            case NULL -> throw new IllegalArgumentException("null is no branch of a union");
        };
    }

    /** The record that holds one value of a kind and writes it back as that value. */
    private static TypeSpec valueRecord(KindUnionModel model, KindBranch branch, ClassName record) {
        TypeName valueType = valueType(branch);
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(valueType, "value").addAnnotation(JSON_VALUE).build());
        if (!valueType.isPrimitive()) {
            if (branch.kind() == JsonKind.ARRAY && valueType instanceof ParameterizedTypeName) {
                constructor.addStatement(branch.elementsNullable()
                        ? CodeBlock.of("value = $T.unmodifiableList(new $T<>($T.requireNonNull(value, $S)))",
                                Collections.class, ArrayList.class, Objects.class, "value is required")
                        : CodeBlock.of("value = $T.copyOf(value)", List.class));
            } else {
                constructor.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value is required");
            }
        }
        return TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A {@link $T} that is $L.\n\n@param value the value, written back as it is\n",
                        model.name, article(branch.kind()))
                .addSuperinterface(model.name)
                .recordConstructor(constructor.build())
                .build();
    }

    private static TypeName valueType(KindBranch branch) {
        return switch (branch.kind()) {
            case INTEGER -> TypeName.LONG;
            case NUMBER -> TypeName.DOUBLE;
            case BOOLEAN -> TypeName.BOOLEAN;
            default -> branch.type();
        };
    }

    /**
     * The parameter types of the creators that read a kind: Jackson picks one by the JSON token.
     * A number reads integers too, unless the union has an integer branch of its own.
     */
    private static List<TypeName> creatorParameters(KindBranch branch, boolean integers) {
        return switch (branch.kind()) {
            case STRING -> List.of(ClassName.get(String.class));
            case INTEGER -> List.of(TypeName.INT, TypeName.LONG);
            case NUMBER -> integers ? List.of(TypeName.DOUBLE) : List.of(TypeName.INT, TypeName.LONG, TypeName.DOUBLE);
            case BOOLEAN -> List.of(TypeName.BOOLEAN);
            default -> List.of(branch.type());
        };
    }

    private static MethodSpec creator(KindUnionModel model, KindBranch branch, ClassName record, TypeName parameter) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.name)
                .addParameter(parameter, "value");
        boolean delegating = branch.kind() == JsonKind.ARRAY || branch.kind() == JsonKind.OBJECT;
        method.addAnnotation(delegating
                ? JacksonNames.inline(JSON_CREATOR, CodeBlock.of("mode = $T.DELEGATING", JSON_CREATOR_MODE))
                : AnnotationSpec.builder(JSON_CREATOR).build());
        method.addJavadoc("Reads $L.\n\n@param value the value as read\n@return the {@link $T} that holds it\n",
                article(branch.kind()), model.name);
        if (branch.direct() != null) {
            return method.addStatement("return value").build();
        }
        CodeBlock value = branch.kind() == JsonKind.STRING ? fromString(branch) : CodeBlock.of("value");
        return method.addStatement("return new $T($L)", record, value).build();
    }

    /** A string as the branch's type: itself, or parsed as the format or the enum says. */
    private static CodeBlock fromString(KindBranch branch) {
        TypeName type = branch.type();
        if (branch.enumeration()) {
            return CodeBlock.of("$T.fromValue(value)", type);
        }
        if (type.equals(ClassName.get(OffsetDateTime.class))) {
            return CodeBlock.of("$T.parse(value)", OffsetDateTime.class);
        }
        if (type.equals(ClassName.get(LocalDate.class))) {
            return CodeBlock.of("$T.parse(value)", LocalDate.class);
        }
        if (type.equals(ClassName.get(URI.class))) {
            return CodeBlock.of("$T.create(value)", URI.class);
        }
        if (type.equals(ClassName.get(UUID.class))) {
            return CodeBlock.of("$T.fromString(value)", UUID.class);
        }
        if (type instanceof ParameterizedTypeName) {
            throw new IllegalStateException("a string branch maps to " + type);
        }
        return CodeBlock.of("value");
    }
}
