package dev.jsoncontract.codegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.TypeMapper;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.Modifier;

/**
 * Writes the query type of one operation: a record with one component per query parameter, a
 * builder, and a compact constructor that enforces the contract's limits before any request.
 */
final class QueryGenerator {

    /** One query parameter: its wire name, Java name, record type and builder setter type. */
    record Parameter(String wireName, String javaName, TypeName type, TypeName setterType, boolean required,
            SchemaNode schema) {
    }

    /** The generated query type and its parameters, in schema order. */
    record Query(ClassName name, TypeSpec.Builder type, List<Parameter> parameters) {

        boolean anyRequired() {
            return parameters.stream().anyMatch(Parameter::required);
        }
    }

    private QueryGenerator() {
    }

    static Query generate(Operation operation, ClassName name, ClassName client, TypeMapper types)
            throws ContractException {
        SchemaNode query = operation.query();
        List<Parameter> parameters = parameters(query, types);
        TypeSpec.Builder record = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC);
        String description = Names.javadoc(query.node().path("description").asText(""));
        record.addJavadoc("Query parameters of {@link $T#$L($T)}.\n", client, operation.name(), name);
        if (!description.isEmpty()) {
            record.addJavadoc("\n<p>$L\n", description);
        }
        record.addJavadoc("\n<p>The builder's setters and the constructor check every value against the"
                + " contract and throw {@link $T} naming the parameter when one is out of bounds, before any"
                + " request is sent.\n", IllegalArgumentException.class);
        if (!parameters.isEmpty()) {
            record.addJavadoc("\n");
        }
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        Map<String, String> checks = new HashMap<>();
        CodeBlock.Builder parameterDocs = CodeBlock.builder();
        for (Parameter p : parameters) {
            components.addParameter(p.type(), p.javaName());
            String doc = Names.javadoc(p.schema().node().path("description").asText(""));
            parameterDocs.add("@param $L $L\n", p.javaName(), doc.isEmpty() ? "the {@code " + p.wireName()
                    + "} query parameter, or {@code null} to leave it out" : doc);
            String check = addChecks(p, record, compact);
            if (check != null) {
                checks.put(p.javaName(), check);
            }
        }
        record.addJavadoc(parameterDocs.build());
        record.recordConstructor(components.build());
        compact.addJavadoc("Checks every parameter against the contract.\n\n")
                .addJavadoc(parameterDocs.build())
                .addJavadoc("@throws $T when a parameter breaks the contract's limits\n", IllegalArgumentException.class);
        if (parameters.stream().anyMatch(Parameter::required)) {
            compact.addJavadoc("@throws $T when a required parameter is {@code null}\n", NullPointerException.class);
        }
        MethodSpec compactConstructor = compact.build();
        if (!compactConstructor.code().isEmpty()) {
            record.addMethod(compactConstructor);
        }
        ClassName builderName = name.nestedClass("Builder");
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("@return a builder with every parameter unset\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new $T()", builderName)
                .build());
        record.addType(builder(name, builderName, parameters, checks));
        return new Query(name, record, parameters);
    }

    private static List<Parameter> parameters(SchemaNode query, TypeMapper types) throws ContractException {
        List<Parameter> parameters = new ArrayList<>();
        SchemaNode properties = query.child("properties");
        if (properties == null) {
            return parameters;
        }
        if (!properties.node().isObject()) {
            throw properties.error("must be an object mapping each query parameter to its schema.");
        }
        Set<String> required = new HashSet<>();
        for (JsonNode name : query.node().path("required")) {
            required.add(name.asText());
        }
        NameAllocator names = new NameAllocator();
        names.newName("builder", new Object());
        Iterator<String> wireNames = properties.node().fieldNames();
        while (wireNames.hasNext()) {
            String wire = wireNames.next();
            SchemaNode schema = properties.child(wire);
            TypeName type = scalarType(schema, types);
            String javaName = names.newName(Names.lowerCamel(wire), "parameter " + wire);
            TypeName setter = type.isBoxedPrimitive() ? type.unbox() : type;
            parameters.add(new Parameter(wire, javaName, type, setter, required.contains(wire), schema));
        }
        return parameters;
    }

    private static TypeName scalarType(SchemaNode schema, TypeMapper types) throws ContractException {
        JsonNode node = schema.node();
        if (!node.isObject()) {
            throw schema.error("must be a schema object describing the query parameter.");
        }
        if (node.has("$ref") || node.has("enum")) {
            TypeName mapped = types.map(schema, false);
            return mapped.isPrimitive() ? mapped.box() : mapped;
        }
        String type = singleType(schema);
        String format = node.path("format").asText("");
        switch (type) {
            case "integer":
                return ClassName.get(Long.class);
            case "number":
                return ClassName.get(Double.class);
            case "boolean":
                return ClassName.get(Boolean.class);
            case "array": {
                SchemaNode items = schema.child("items");
                if (items == null || !items.node().isObject()) {
                    throw (items == null ? schema : items).error("a query parameter of type \"array\" needs"
                            + " \"items\" with one schema, e.g. {\"type\": \"string\"}; each item is sent as"
                            + " name=value.");
                }
                TypeName item = scalarType(items, types);
                if (item instanceof ParameterizedTypeName) {
                    throw items.error("an array of arrays cannot be sent as query parameters; use an array of"
                            + " strings, integers, numbers or booleans.");
                }
                return ParameterizedTypeName.get(ClassName.get(List.class), item);
            }
            case "string":
                return switch (format) {
                    case "date-time" -> ClassName.get(OffsetDateTime.class);
                    case "date" -> ClassName.get(LocalDate.class);
                    case "uuid" -> ClassName.get(UUID.class);
                    case "uri" -> ClassName.get(URI.class);
                    default -> ClassName.get(String.class);
                };
            default:
                throw schema.error("a query parameter of type \"" + type + "\" cannot be sent; use a string,"
                        + " integer, number or boolean (optionally with enum or format), or an array of them.");
        }
    }

    private static String singleType(SchemaNode schema) throws ContractException {
        JsonNode type = schema.node().get("type");
        if (type == null) {
            throw schema.error("has no \"type\"; give the query parameter a type such as \"string\" or \"integer\".");
        }
        if (type.isTextual()) {
            return type.asText();
        }
        String found = null;
        for (JsonNode t : type) {
            if (!"null".equals(t.asText())) {
                if (found != null) {
                    throw schema.child("type").error("a query parameter must have one type (plus \"null\"),"
                            + " not " + type + ".");
                }
                found = t.asText();
            }
        }
        if (found == null) {
            throw schema.child("type").error("a query parameter must have a type other than \"null\".");
        }
        return found;
    }

    /**
     * Adds the checks of one parameter: {@code requireNonNull} in the constructor when it is
     * required, and a {@code check<Name>} method, called by the constructor and the builder setter,
     * for its limits.
     *
     * @return the check method's name, or {@code null} when the parameter has no limits
     */
    private static String addChecks(Parameter p, TypeSpec.Builder record, MethodSpec.Builder compact)
            throws ContractException {
        JsonNode node = p.schema().node();
        String name = p.javaName();
        if (p.required()) {
            compact.addStatement("$T.requireNonNull($N, $S)", java.util.Objects.class, name,
                    p.wireName() + " is required");
        }
        // unique because Java names are: check_2fa, checkClass_, checkLimit
        String checkName = "check" + Names.upperFirst(name);
        MethodSpec.Builder check = MethodSpec.methodBuilder(checkName)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(p.type(), name);
        TypeName type = p.type();
        boolean numeric = type.equals(ClassName.get(Long.class)) || type.equals(ClassName.get(Double.class));
        boolean text = type.equals(ClassName.get(String.class));
        if (type instanceof ParameterizedTypeName) {
            compact.addStatement("$N = $N == null ? null : $T.copyOf($N)", name, name, List.class, name);
            items(p, check, "minItems", "<", "at least");
            items(p, check, "maxItems", ">", "at most");
        }
        if (numeric) {
            // draft-04 style: a boolean exclusiveMinimum makes minimum exclusive
            boolean exclusiveMin = node.path("exclusiveMinimum").isBoolean() && node.path("exclusiveMinimum").asBoolean();
            boolean exclusiveMax = node.path("exclusiveMaximum").isBoolean() && node.path("exclusiveMaximum").asBoolean();
            bound(p, check, "minimum", exclusiveMin ? "<=" : "<", exclusiveMin ? "greater than" : "at least");
            bound(p, check, "maximum", exclusiveMax ? ">=" : ">", exclusiveMax ? "less than" : "at most");
            if (node.path("exclusiveMinimum").isNumber()) {
                bound(p, check, "exclusiveMinimum", "<=", "greater than");
            }
            if (node.path("exclusiveMaximum").isNumber()) {
                bound(p, check, "exclusiveMaximum", ">=", "less than");
            }
        }
        if (text) {
            length(p, check, "minLength", "<", "at least");
            length(p, check, "maxLength", ">", "at most");
            SchemaNode pattern = p.schema().child("pattern");
            if (pattern != null) {
                if (!pattern.node().isTextual()) {
                    throw pattern.error("must be a string holding a regular expression.");
                }
                try {
                    Pattern.compile(pattern.node().asText());
                } catch (PatternSyntaxException e) {
                    throw pattern.error("is not a valid regular expression: " + e.getDescription()
                            + " at index " + e.getIndex() + ".");
                }
                String field = Names.constant(name) + "_PATTERN";
                record.addField(FieldSpec.builder(Pattern.class, field, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.compile($S)", Pattern.class, pattern.node().asText()).build());
                check.beginControlFlow("if ($N != null && !$N.matcher($N).find())", name, field, name)
                        .addStatement("throw new $T($S + $N + $S)", IllegalArgumentException.class,
                                p.wireName() + " must match the pattern " + pattern.node().asText() + ", was \"",
                                name, "\"")
                        .endControlFlow();
            }
        }
        MethodSpec method = check.build();
        if (method.code().isEmpty()) {
            return null;
        }
        record.addMethod(method);
        compact.addStatement("$N($N)", checkName, name);
        return checkName;
    }

    private static void bound(Parameter p, MethodSpec.Builder compact, String keyword, String operator,
            String words) throws ContractException {
        SchemaNode bound = p.schema().child(keyword);
        if (bound == null) {
            return;
        }
        if (!bound.node().isNumber()) {
            throw bound.error("must be a number.");
        }
        String literal = bound.node().isIntegralNumber() && bound.node().canConvertToLong()
                ? bound.node().longValue() + "L"
                : Double.toString(bound.node().doubleValue());
        compact.beginControlFlow("if ($N != null && $N $L $L)", p.javaName(), p.javaName(), operator, literal)
                .addStatement("throw new $T($S + $N)", IllegalArgumentException.class,
                        p.wireName() + " must be " + words + " " + bound.node().asText() + ", was ", p.javaName())
                .endControlFlow();
    }

    private static void length(Parameter p, MethodSpec.Builder compact, String keyword, String operator,
            String words) throws ContractException {
        SchemaNode bound = p.schema().child(keyword);
        if (bound == null) {
            return;
        }
        if (!bound.node().canConvertToInt() || !bound.node().isIntegralNumber() || bound.node().intValue() < 0) {
            throw bound.error("must be a non-negative integer.");
        }
        int limit = bound.node().intValue();
        compact.beginControlFlow("if ($N != null && $N.codePointCount(0, $N.length()) $L $L)",
                        p.javaName(), p.javaName(), p.javaName(), operator, limit)
                .addStatement("throw new $T($S + $N.codePointCount(0, $N.length()))",
                        IllegalArgumentException.class,
                        p.wireName() + " must be " + words + " " + limit + " characters long, was ",
                        p.javaName(), p.javaName())
                .endControlFlow();
    }

    private static void items(Parameter p, MethodSpec.Builder check, String keyword, String operator,
            String words) throws ContractException {
        SchemaNode bound = p.schema().child(keyword);
        if (bound == null) {
            return;
        }
        if (!bound.node().canConvertToInt() || !bound.node().isIntegralNumber() || bound.node().intValue() < 0) {
            throw bound.error("must be a non-negative integer.");
        }
        int limit = bound.node().intValue();
        check.beginControlFlow("if ($N != null && $N.size() $L $L)", p.javaName(), p.javaName(), operator, limit)
                .addStatement("throw new $T($S + $N.size())", IllegalArgumentException.class,
                        p.wireName() + " must have " + words + " " + limit + (limit == 1 ? " item" : " items")
                                + ", was ", p.javaName())
                .endControlFlow();
    }

    private static TypeSpec builder(ClassName query, ClassName builderName, List<Parameter> parameters,
            Map<String, String> checks) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}; every parameter starts unset.\n", query)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            builder.addField(p.type(), p.javaName(), Modifier.PRIVATE);
            String doc = Names.javadoc(p.schema().node().path("description").asText(""));
            MethodSpec.Builder setter = MethodSpec.methodBuilder(p.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(ParameterSpec.builder(p.setterType(), p.javaName()).build());
            if (checks.containsKey(p.javaName())) {
                setter.addStatement("$N($N)", checks.get(p.javaName()), p.javaName());
            }
            setter.addStatement("this.$N = $N", p.javaName(), p.javaName())
                    .addStatement("return this");
            setter.addJavadoc("Sets the {@code $L} query parameter.", p.wireName());
            if (!doc.isEmpty()) {
                setter.addJavadoc(" $L", doc);
            }
            JsonNode dflt = p.schema().node().get("default");
            if (dflt != null) {
                setter.addJavadoc(" When unset, the server uses {@code $L}.", dflt.toString().replace("@", "{@literal @}"));
            }
            setter.addJavadoc("\n\n@param $L the value$L\n@return this builder\n", p.javaName(),
                    p.setterType().isPrimitive() ? "" : ", or {@code null} to leave the parameter out");
            if (checks.containsKey(p.javaName())) {
                setter.addJavadoc("@throws $T when the value breaks the contract's limits\n",
                        IllegalArgumentException.class);
            }
            builder.addMethod(setter.build());
            arguments.add(i == 0 ? "$N" : ", $N", p.javaName());
        }
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("@return the query\n@throws $T when a parameter breaks the contract's limits\n",
                        IllegalArgumentException.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(query)
                .addStatement("return new $T($L)", query, arguments.build())
                .build());
        return builder.build();
    }
}
