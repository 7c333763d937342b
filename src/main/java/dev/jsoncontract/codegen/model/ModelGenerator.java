package dev.jsoncontract.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.TypeMapper;
import dev.jsoncontract.codegen.model.DeclaredType.Branch;
import dev.jsoncontract.codegen.model.DeclaredType.EnumModel;
import dev.jsoncontract.codegen.model.DeclaredType.RecordModel;
import dev.jsoncontract.codegen.model.DeclaredType.SealedModel;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps schemas to Java types: records for objects with properties, enums for string enums, sealed
 * interfaces for discriminated {@code oneOf}s, library types for the rest.
 *
 * <p>Every generated type is registered under its schema's place (file and JSON Pointer) before its
 * members are mapped, so recursive references end at the registered name. Errors are collected, not
 * thrown, so that one run reports every construct that cannot be mapped; {@link #errors()} returns
 * them and {@link #files()} may only be called when there are none.
 */
public final class ModelGenerator implements TypeMapper {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final TypeName STRING = ClassName.get(String.class);
    private static final Set<String> JSON_TYPES =
            Set.of("array", "boolean", "integer", "null", "number", "object", "string");
    /** Names a record component may not have, because {@code Record} or {@code Object} uses them. */
    private static final List<String> RECORD_RESERVED = List.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private final SchemaRegistry registry;
    private final String packageName;
    private final TypeNameAllocator typeNames = new TypeNameAllocator();
    private final Map<String, DeclaredType> types = new LinkedHashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private final Map<String, ContractException> errors = new LinkedHashMap<>();

    /**
     * @param registry resolves {@code $ref}s
     * @param packageName the package of the generated types
     */
    public ModelGenerator(SchemaRegistry registry, String packageName) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.packageName = Objects.requireNonNull(packageName, "packageName");
    }

    /**
     * Maps every root schema and every {@code definitions} (or {@code $defs}) entry of every root,
     * with everything they reach. Schemas that name themselves (a root, a {@code title}, a
     * definitions key) get their names first, so that they win over names derived from properties.
     */
    public void addRoots(List<SchemaFile> roots) {
        Map<SchemaNode, String> entries = new LinkedHashMap<>();
        for (SchemaFile file : roots) {
            SchemaNode root = SchemaNode.root(file);
            entries.put(root, fileTypeName(file));
            for (String keyword : List.of("definitions", "$defs")) {
                SchemaNode definitions = root.child(keyword);
                if (definitions != null && definitions.node().isObject()) {
                    definitions.node().fieldNames().forEachRemaining(
                            key -> entries.put(definitions.child(key), Names.typeName(key)));
                }
            }
        }
        entries.forEach((node, hint) -> {
            Kind kind = kindOrNull(node);
            if (kind != null && kind.named() && !types.containsKey(key(node))) {
                declare(node, kind, hint, null);
            }
        });
        entries.forEach((node, hint) -> map(node, hint, null));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The error is also kept in {@link #errors()}.
     */
    @Override
    public TypeName map(SchemaNode schema, boolean required) throws ContractException {
        Mapped mapped = mapOrThrow(schema);
        return required && !mapped.nullable() && mapped.type().isBoxedPrimitive()
                ? mapped.type().unbox()
                : mapped.type();
    }

    @Override
    public boolean allowsNull(SchemaNode schema) throws ContractException {
        return mapOrThrow(schema).nullable();
    }

    /** Maps a schema from outside the model (the client's responses), throwing the first new error. */
    private Mapped mapOrThrow(SchemaNode schema) throws ContractException {
        List<ContractException> before = List.copyOf(errors.values());
        Mapped mapped = map(schema, hintFromPointer(schema.pointer()), null);
        for (ContractException error : errors.values()) {
            if (!before.contains(error)) {
                throw error;
            }
        }
        return mapped;
    }

    /**
     * The simple names of the types declared so far (including the unknown-branch records), so that
     * types generated beside the model (the client) can be named around them.
     */
    public Set<String> typeNames() {
        Set<String> names = new LinkedHashSet<>();
        for (DeclaredType type : types.values()) {
            names.add(type.name.simpleName());
            if (type instanceof SealedModel sealedModel && sealedModel.unknown != null) {
                names.add(sealedModel.unknown.simpleName());
            }
        }
        return names;
    }

    /** Every construct that could not be mapped, sorted by file, pointer and problem. */
    public List<ContractException> errors() {
        return errors.values().stream()
                .sorted(Comparator.comparing(ContractException::file)
                        .thenComparing(ContractException::pointer)
                        .thenComparing(ContractException::problem))
                .toList();
    }

    /**
     * The generated types, one file each, sorted by qualified name.
     *
     * @throws IllegalStateException when {@link #errors()} is not empty
     */
    public List<JavaFile> files() {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the model has errors: " + errors());
        }
        List<JavaFile> files = new ArrayList<>();
        for (DeclaredType type : types.values()) {
            List<TypeSpec> specs;
            if (type instanceof RecordModel recordModel) {
                specs = List.of(RecordWriter.write(recordModel));
            } else if (type instanceof EnumModel enumeration) {
                specs = List.of(EnumWriter.write(enumeration));
            } else {
                specs = SealedWriter.write((SealedModel) type);
            }
            for (TypeSpec spec : specs) {
                files.add(JavaFile.builder(packageName, spec)
                        .indent("    ")
                        .skipJavaLangImports(true)
                        .addFileComment("Generated by jsoncontract from $L. Do not edit.",
                                sourceName(type.schema.file()))
                        .build());
            }
        }
        files.sort(Comparator.comparing(file -> file.packageName() + "." + file.typeSpec().name()));
        return List.copyOf(files);
    }

    /** How generated files name their schema: the display name, never an absolute path. */
    static String sourceName(SchemaFile file) {
        String name = file.displayName();
        if (name.startsWith("bundled:")) {
            return name.substring("bundled:".length());
        }
        if (name.startsWith("/") || name.contains(":") || name.contains("\\")) {
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
        return name;
    }

    // ---------------------------------------------------------------- mapping, one keyword at a time

    /** What a schema is, as far as mapping is concerned. */
    private enum Kind {
        REF, NULLABLE_UNION, UNION, ALIAS, RECORD, ENUM, CONST, LIST, MAP, FREE_FORM_MAP, SCALAR, ANY;

        boolean named() {
            return this == UNION || this == RECORD || this == ENUM;
        }
    }

    private Mapped map(SchemaNode node, String hint, String owner) {
        try {
            return mapOrThrow(node, hint, owner);
        } catch (ContractException e) {
            report(e);
            return Mapped.FAILED;
        }
    }

    private Mapped mapOrThrow(SchemaNode node, String hint, String owner) throws ContractException {
        Kind kind = kind(node);
        return switch (kind) {
            case REF -> mapReference(node, hint, owner);
            case NULLABLE_UNION -> mapOrThrow(nonNullBranch(node), hint, owner).asNullable();
            case ALIAS -> mapOrThrow(node.child("allOf").child(0), hint, owner);
            case UNION, RECORD, ENUM -> mapNamed(node, kind, hint, owner);
            case CONST -> Mapped.value(ScalarTypes.of(node, "string"), nullable(node));
            case LIST -> mapList(node, hint, owner);
            case MAP -> mapMap(node, hint, owner);
            case FREE_FORM_MAP -> new Mapped(
                    ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT), nullable(node), Shape.MAP, true);
            case SCALAR -> Mapped.value(ScalarTypes.of(node, scalarType(node)), nullable(node));
            case ANY -> Mapped.value(ClassName.OBJECT, true);
        };
    }

    /** {@code $ref}: follow it; a reference to a generated type ends there, any other cycle is an error. */
    private Mapped mapReference(SchemaNode node, String hint, String owner) throws ContractException {
        SchemaNode target = registry.resolve(node);
        Kind kind = kind(target);
        if (kind.named()) {
            return mapOrThrow(target, hint, owner);
        }
        String key = key(target);
        if (!resolving.add(key)) {
            throw node.child("$ref").error("refers back to itself through references, arrays, maps or"
                    + " unions only; such a type cannot be mapped. Put an object schema with properties"
                    + " on the cycle.");
        }
        try {
            return mapOrThrow(target, hint, owner);
        } finally {
            resolving.remove(key);
        }
    }

    /** {@code type: array}: {@code List<T>} of the mapped {@code items}, {@code List<Object>} without. */
    private Mapped mapList(SchemaNode node, String hint, String owner) throws ContractException {
        SchemaNode items = node.child("items");
        if (items == null) {
            return new Mapped(ParameterizedTypeName.get(LIST, ClassName.OBJECT), nullable(node), Shape.LIST, true);
        }
        if (items.node().isArray()) {
            throw items.error("is an array (a tuple), which cannot be mapped to a Java type. Describe every"
                    + " element with one schema: \"items\": {...}.");
        }
        Mapped element = mapOrThrow(items, hint + "Item", owner);
        return new Mapped(ParameterizedTypeName.get(LIST, element.type()), nullable(node), Shape.LIST,
                element.nullable());
    }

    /** An object with only {@code additionalProperties: {schema}}: {@code Map<String, T>}. */
    private Mapped mapMap(SchemaNode node, String hint, String owner) throws ContractException {
        Mapped value = mapOrThrow(node.child("additionalProperties"), hint + "Value", owner);
        return new Mapped(ParameterizedTypeName.get(MAP, STRING, value.type()), nullable(node), Shape.MAP,
                value.nullable());
    }

    /** Records, enums and sealed interfaces: declared once per schema place, defined once. */
    private Mapped mapNamed(SchemaNode node, Kind kind, String hint, String owner) throws ContractException {
        DeclaredType type = types.get(key(node));
        if (type == null) {
            type = declare(node, kind, hint, owner);
        }
        if (!type.defined) {
            type.defined = true;
            type.description = Javadocs.clean(text(node, "description"));
            if (type instanceof RecordModel recordModel) {
                defineRecord(recordModel);
            } else if (type instanceof EnumModel enumeration) {
                defineEnum(enumeration);
            } else {
                defineSealed((SealedModel) type);
            }
        }
        return Mapped.value(type.name, nullable(node));
    }

    private DeclaredType declare(SchemaNode node, Kind kind, String hint, String owner) {
        ClassName name = ClassName.get(packageName, typeNames.allocate(preferredTypeName(node, hint), owner));
        DeclaredType type = switch (kind) {
            case RECORD -> new RecordModel(name, node);
            case ENUM -> new EnumModel(name, node);
            case UNION -> new SealedModel(name, node);
            default -> throw new IllegalArgumentException(kind.toString());
        };
        types.put(key(node), type);
        return type;
    }

    /** {@code properties}: one component each, in schema order. */
    private void defineRecord(RecordModel recordModel) throws ContractException {
        SchemaNode node = recordModel.schema;
        Set<String> required = strings(node.child("required"));
        SchemaNode properties = node.child("properties");
        recordModel.builder = properties.node().size() > RecordWriter.BUILDER_THRESHOLD;
        NameAllocator names = new NameAllocator();
        RECORD_RESERVED.forEach(name -> names.newName(name, "reserved:" + name));
        if (recordModel.builder) {
            names.newName("builder", "reserved:builder");
            names.newName("toBuilder", "reserved:toBuilder");
        }
        Iterator<String> wireNames = properties.node().fieldNames();
        while (wireNames.hasNext()) {
            String wireName = wireNames.next();
            SchemaNode property = properties.child(wireName);
            String name = names.newName(Names.memberName(wireName), wireName);
            Mapped mapped = map(property, Names.typeName(wireName), recordModel.name.simpleName());
            boolean nonNull = required.contains(wireName) && !mapped.nullable();
            TypeName type = nonNull && mapped.type().isBoxedPrimitive() ? mapped.type().unbox() : mapped.type();
            recordModel.components.add(new Component(wireName, name, type, nonNull, mapped.shape(),
                    mapped.elementsNullable(), Javadocs.clean(description(property)),
                    required.contains(wireName)));
        }
    }

    /** {@code enum} of strings: the values in schema order, {@code null} left out. */
    private void defineEnum(EnumModel enumeration) {
        for (JsonNode value : enumeration.schema.node().get("enum")) {
            if (value.isTextual()) {
                enumeration.values.add(value.asText());
            }
        }
    }

    /** A {@code oneOf}/{@code anyOf} of objects told apart by a single-valued property. */
    private void defineSealed(SealedModel model) throws ContractException {
        SchemaNode node = model.schema;
        String keyword = node.node().has("oneOf") ? "oneOf" : "anyOf";
        SchemaNode union = node.child(keyword);
        List<SchemaNode> branches = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < union.node().size(); i++) {
            SchemaNode branch = union.child(i);
            try {
                SchemaNode target = followReferences(branch);
                if (kind(target) != Kind.RECORD) {
                    throw branch.error("is a " + keyword + " branch but not an object with properties;"
                            + " jsoncontract maps a " + keyword + " to a sealed interface with one record per"
                            + " branch. Make every branch an object schema with properties, or write"
                            + " [{...}, {\"type\": \"null\"}] for a value that may be null.");
                }
                branches.add(target);
            } catch (ContractException e) {
                report(e);
                failed = true;
            }
        }
        if (failed) {
            return;
        }
        Discriminators.Discriminator discriminator = Discriminators.find(branches, registry);
        if (discriminator == null) {
            throw union.error("cannot be mapped: its branches are not told apart by one property that every"
                    + " branch requires with a single value (\"const\" or a one-element \"enum\"), different in"
                    + " each branch. Add such a property to every branch, e.g. \"kind\": {\"const\": \"...\"}"
                    + " listed in \"required\", or describe the value with one schema.");
        }
        model.discriminator = discriminator.property();
        String owner = model.name.simpleName();
        for (int i = 0; i < branches.size(); i++) {
            String value = discriminator.values().get(i);
            map(union.child(i), Names.typeName(value) + owner, owner);
            if (types.get(key(branches.get(i))) instanceof RecordModel recordModel) {
                recordModel.interfaces.add(model.name);
                model.branches.add(new Branch(value, recordModel));
            }
        }
        model.unknown = ClassName.get(packageName, typeNames.allocate("Unknown" + owner, null));
    }

    // ---------------------------------------------------------------- classification

    private Kind kindOrNull(SchemaNode node) {
        try {
            return kind(node);
        } catch (ContractException e) {
            return null;
        }
    }

    private Kind kind(SchemaNode node) throws ContractException {
        JsonNode json = node.node();
        if (json.isBoolean()) {
            if (json.booleanValue()) {
                return Kind.ANY;
            }
            throw node.error("is the schema false, which no value matches; there is nothing to map."
                    + " Remove it, or replace it by the schema of the values it should allow.");
        }
        if (!json.isObject()) {
            throw node.error("must be a schema (a JSON object), not " + json.getNodeType().toString()
                    .toLowerCase(Locale.ROOT) + ".");
        }
        if (json.has("$ref")) {
            return Kind.REF;
        }
        if (json.has("not")) {
            throw node.child("not").error("cannot be mapped to a Java type. Describe the allowed values"
                    + " instead of the excluded ones, or remove \"not\".");
        }
        if (json.has("oneOf") && json.has("anyOf")) {
            throw node.error("has both oneOf and anyOf, which cannot be mapped. Keep one of them.");
        }
        String unionKeyword = json.has("oneOf") ? "oneOf" : json.has("anyOf") ? "anyOf" : null;
        if (unionKeyword != null) {
            SchemaNode union = node.child(unionKeyword);
            if (!union.node().isArray() || union.node().isEmpty()) {
                throw union.error("must be a non-empty array of schemas.");
            }
            if (union.node().size() == 2 && (isNullSchema(union.child(0)) != isNullSchema(union.child(1)))) {
                return Kind.NULLABLE_UNION;
            }
            SchemaNode properties = node.child("properties");
            if (properties != null && properties.node().size() > 0) {
                throw union.error("stands beside \"properties\", which cannot be mapped. Move the common"
                        + " properties into every branch.");
            }
            return Kind.UNION;
        }
        if (json.has("allOf")) {
            SchemaNode allOf = node.child("allOf");
            if (allOf.node().isArray() && allOf.node().size() == 1) {
                return Kind.ALIAS;
            }
            throw allOf.error("with " + allOf.node().size() + " schemas cannot be mapped; jsoncontract maps"
                    + " allOf only when it wraps a single schema. Merge the schemas into one object schema.");
        }
        Set<String> types = types(node);
        types.remove("null");
        if (types.size() > 1) {
            throw node.child("type").error("allows " + String.join(", ", types) + ", but a value maps to one"
                    + " Java type. Use one type (plus \"null\" for a value that may be null), or a oneOf of"
                    + " objects told apart by a property with a \"const\" value.");
        }
        if (json.has("enum")) {
            return enumKind(node);
        }
        if (json.has("const")) {
            if (json.get("const").isNull()) {
                throw node.child("const").error("allows only null; there is nothing to map. Remove the"
                        + " property, or give it a type.");
            }
            return node.node().get("const").isTextual() ? Kind.CONST : Kind.SCALAR;
        }
        String type = types.isEmpty() ? inferredType(node) : types.iterator().next();
        if (type == null) {
            if (types(node).contains("null")) {
                throw node.child("type").error("allows only null; there is nothing to map. Remove the"
                        + " property, or give it a type.");
            }
            return Kind.ANY;
        }
        return switch (type) {
            case "object" -> objectKind(node);
            case "array" -> Kind.LIST;
            default -> Kind.SCALAR;
        };
    }

    private Kind enumKind(SchemaNode node) throws ContractException {
        SchemaNode values = node.child("enum");
        if (!values.node().isArray() || values.node().isEmpty()) {
            throw values.error("must be a non-empty array of values.");
        }
        List<JsonNode> present = new ArrayList<>();
        values.node().forEach(value -> {
            if (!value.isNull()) {
                present.add(value);
            }
        });
        if (present.isEmpty()) {
            throw values.error("allows only null; there is nothing to map. Remove the property, or give"
                    + " it a type.");
        }
        if (present.stream().allMatch(JsonNode::isTextual)) {
            return present.size() == 1 ? Kind.CONST : Kind.ENUM;
        }
        ScalarTypes.ofValues(values, present);
        return Kind.SCALAR;
    }

    private static Kind objectKind(SchemaNode node) throws ContractException {
        SchemaNode properties = node.child("properties");
        if (properties != null) {
            if (!properties.node().isObject()) {
                throw properties.error("must be an object mapping property names to schemas.");
            }
            if (properties.node().size() > 0) {
                return Kind.RECORD;
            }
        }
        SchemaNode patterns = node.child("patternProperties");
        if (patterns != null && patterns.node().size() > 0) {
            throw patterns.error("cannot be mapped: an object described by patternProperties has no Java"
                    + " type. Use \"additionalProperties\": {schema} for a map, or list the properties.");
        }
        SchemaNode additional = node.child("additionalProperties");
        return additional != null && additional.node().isObject() ? Kind.MAP : Kind.FREE_FORM_MAP;
    }

    private static String inferredType(SchemaNode node) {
        JsonNode json = node.node();
        if (json.has("properties") || json.has("additionalProperties") || json.has("patternProperties")
                || json.has("required")) {
            return "object";
        }
        if (json.has("items")) {
            return "array";
        }
        return null;
    }

    private String scalarType(SchemaNode node) throws ContractException {
        Set<String> types = types(node);
        types.remove("null");
        if (!types.isEmpty()) {
            return types.iterator().next();
        }
        if (node.node().has("const")) {
            return ScalarTypes.ofValues(node.child("const"), List.of(node.node().get("const")));
        }
        SchemaNode values = node.child("enum");
        List<JsonNode> present = new ArrayList<>();
        values.node().forEach(value -> {
            if (!value.isNull()) {
                present.add(value);
            }
        });
        return ScalarTypes.ofValues(values, present);
    }

    /** The {@code type} keyword as a set of names, checked. */
    private static Set<String> types(SchemaNode node) throws ContractException {
        SchemaNode type = node.child("type");
        Set<String> names = new LinkedHashSet<>();
        if (type == null) {
            return names;
        }
        List<SchemaNode> entries = new ArrayList<>();
        if (type.node().isArray()) {
            for (int i = 0; i < type.node().size(); i++) {
                entries.add(type.child(i));
            }
        } else {
            entries.add(type);
        }
        for (SchemaNode entry : entries) {
            if (!entry.node().isTextual() || !JSON_TYPES.contains(entry.node().asText())) {
                throw entry.error(entry.node() + " is not a JSON Schema type; use one of "
                        + JSON_TYPES.stream().sorted().toList() + ".");
            }
            names.add(entry.node().asText());
        }
        return names;
    }

    /** Whether the schema itself allows {@code null}: {@code "null"} among its types or in its enum. */
    private static boolean nullable(SchemaNode node) {
        return Nullability.allowsNull(node.node());
    }

    private static boolean isNullSchema(SchemaNode node) {
        JsonNode json = node.node();
        if (!json.isObject()) {
            return false;
        }
        JsonNode type = json.get("type");
        if (type != null && type.isTextual() && type.asText().equals("null")) {
            return true;
        }
        JsonNode constant = json.get("const");
        return constant != null && constant.isNull() && json.size() <= 2;
    }

    private static SchemaNode nonNullBranch(SchemaNode node) {
        SchemaNode union = node.child(node.node().has("oneOf") ? "oneOf" : "anyOf");
        return isNullSchema(union.child(0)) ? union.child(1) : union.child(0);
    }

    private SchemaNode followReferences(SchemaNode node) throws ContractException {
        SchemaNode current = node;
        Set<String> seen = new HashSet<>();
        while (current.node().isObject() && (current.node().has("$ref") || isSingleAllOf(current))) {
            if (!seen.add(key(current))) {
                throw node.error("is a cycle of references that never reaches a schema. Point the $ref at"
                        + " an object schema.");
            }
            current = current.node().has("$ref") ? registry.resolve(current) : current.child("allOf").child(0);
        }
        return current;
    }

    private static boolean isSingleAllOf(SchemaNode node) {
        JsonNode allOf = node.node().get("allOf");
        return allOf != null && allOf.isArray() && allOf.size() == 1;
    }

    // ---------------------------------------------------------------- names

    private String preferredTypeName(SchemaNode node, String hint) {
        String title = text(node, "title");
        if (Names.isIdentifier(title)) {
            return Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
        String pointer = node.pointer();
        for (String container : List.of("/definitions/", "/$defs/")) {
            int at = pointer.lastIndexOf(container);
            if (at == 0 && pointer.indexOf('/', container.length()) < 0) {
                return Names.typeName(SchemaNode.unescape(pointer.substring(container.length())));
            }
        }
        if (pointer.isEmpty()) {
            return fileTypeName(node.file());
        }
        return hint != null ? hint : hintFromPointer(pointer);
    }

    /** {@code call.schema.json} → {@code Call}. */
    static String fileTypeName(SchemaFile file) {
        String name = file.displayName();
        name = name.substring(Math.max(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')),
                name.lastIndexOf(':')) + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".schema.json", ".json")) {
            if (lower.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return Names.typeName(name);
    }

    /**
     * A type name for a schema reached from outside the model (the client's response and query
     * schemas): the last pointer token that is not a schema keyword, e.g.
     * {@code /x-jsoncontract/operations/listCalls/response/schema} → {@code ListCallsResponse}.
     */
    static String hintFromPointer(String pointer) {
        Set<String> structural = Set.of("properties", "items", "definitions", "$defs", "additionalProperties",
                "oneOf", "anyOf", "allOf", "schema", "operations", "x-jsoncontract");
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.split("/")) {
            if (!raw.isEmpty()) {
                tokens.add(SchemaNode.unescape(raw));
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String token = tokens.get(i);
            if (structural.contains(token) || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if ((token.equals("response") || token.equals("query")) && i > 0) {
                return Names.typeName(tokens.get(i - 1)) + Names.typeName(token);
            }
            return Names.typeName(token);
        }
        return "Value";
    }

    // ---------------------------------------------------------------- helpers

    private String description(SchemaNode property) {
        String own = text(property, "description");
        if (!own.isEmpty() || !property.node().has("$ref")) {
            return own;
        }
        try {
            return text(registry.resolve(property), "description");
        } catch (ContractException e) {
            return "";
        }
    }

    private static String text(SchemaNode node, String keyword) {
        JsonNode value = node.node().get(keyword);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    private static Set<String> strings(SchemaNode array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null && array.node().isArray()) {
            array.node().forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    /** Where a schema stands: file location and JSON Pointer, the identity of a generated type. */
    private static String key(SchemaNode node) {
        return node.file().location() + "#" + node.pointer();
    }

    private void report(ContractException error) {
        errors.putIfAbsent(error.getMessage(), error);
    }
}
