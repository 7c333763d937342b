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
import dev.jsoncontract.codegen.model.DeclaredType.KindUnionModel;
import dev.jsoncontract.codegen.model.DeclaredType.RecordModel;
import dev.jsoncontract.codegen.model.DeclaredType.SealedModel;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import dev.jsoncontract.contract.model.AnyType;
import dev.jsoncontract.contract.model.ArrayType;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.contract.model.EnumType;
import dev.jsoncontract.contract.model.JsonKind;
import dev.jsoncontract.contract.model.ModelType;
import dev.jsoncontract.contract.model.NeverType;
import dev.jsoncontract.contract.model.NullType;
import dev.jsoncontract.contract.model.ObjectType;
import dev.jsoncontract.contract.model.ScalarType;
import dev.jsoncontract.contract.model.TupleType;
import dev.jsoncontract.contract.model.TypeUse;
import dev.jsoncontract.contract.model.UnionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the contract model to Java types: records for objects with properties and for tuples,
 * enums for string enums, sealed interfaces for unions, library types for the rest.
 *
 * <p>The schemas are read once, into the {@link ContractModel}; this class only decides the Java
 * side. Every generated type is registered under its model type before its members are mapped, so
 * recursion ends at the registered name. Errors are collected, not thrown, so that one run reports
 * every problem; {@link #errors()} returns them, {@link #warnings()} the places that became
 * {@code JsonNode} (or were otherwise loosened), and {@link #files()} may only be called when there
 * are no errors.
 */
public final class ModelGenerator implements TypeMapper {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final TypeName STRING = ClassName.get(String.class);
    /** Names a record component may not have, because {@code Record} or {@code Object} uses them. */
    private static final List<String> RECORD_RESERVED = List.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private final ContractModel model;
    private final String packageName;
    private final TypeNameAllocator typeNames = new TypeNameAllocator();
    private final Map<ModelType, DeclaredType> types = new IdentityHashMap<>();
    private final List<DeclaredType> declared = new ArrayList<>();
    private final Set<ModelType> mapping = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, ContractException> errors = new LinkedHashMap<>();
    private final Map<String, ContractException> warnings = new LinkedHashMap<>();

    /**
     * @param registry resolves {@code $ref}s
     * @param packageName the package of the generated types
     */
    public ModelGenerator(SchemaRegistry registry, String packageName) {
        this(new ContractModel(registry), packageName);
    }

    /**
     * @param model the contract model, shared with whoever else reads the contract in this build
     * @param packageName the package of the generated types
     */
    public ModelGenerator(ContractModel model, String packageName) {
        this.model = Objects.requireNonNull(model, "model");
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
                    definitions.node().fieldNames().forEachRemaining(key -> {
                        SchemaNode entry = definitions.child(key);
                        // draft-07 does not know $defs: an entry that is no schema is no definition
                        if (entry.node().isObject() || entry.node().isBoolean()) {
                            entries.put(entry, Names.typeName(key));
                        }
                    });
                }
            }
        }
        Map<SchemaNode, TypeUse> uses = new LinkedHashMap<>();
        entries.forEach((node, hint) -> uses.put(node, model.type(node)));
        uses.forEach((node, use) -> {
            if (named(use.type()) && !types.containsKey(use.type())) {
                declare(use.type(), entries.get(node), null);
            }
        });
        uses.forEach((node, use) -> map(use, entries.get(node), null));
        model.errors().forEach(this::report);
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
        TypeUse use = model.type(schema);
        model.errors().forEach(this::report);
        Mapped mapped = map(use, hintFromPointer(schema.pointer()), null);
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
        for (DeclaredType type : declared) {
            names.add(type.name.simpleName());
            if (type instanceof SealedModel sealedModel && sealedModel.unknown != null) {
                names.add(sealedModel.unknown.simpleName());
            }
        }
        return names;
    }

    /** Every problem of the contract, sorted by file, pointer and problem. */
    public List<ContractException> errors() {
        return errors.values().stream()
                .sorted(Comparator.comparing(ContractException::file)
                        .thenComparing(ContractException::pointer)
                        .thenComparing(ContractException::problem))
                .toList();
    }

    /**
     * Every place the Java type is looser than the schema ({@code file#pointer: mapped to JsonNode
     * because ...}), sorted.
     */
    public List<String> warnings() {
        return warningProblems().stream().map(ContractException::getMessage).toList();
    }

    /** The same warnings, each with its file, pointer and problem apart. */
    public List<ContractException> warningProblems() {
        return warnings.values().stream()
                .sorted(Comparator.comparing(ContractException::getMessage))
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
        for (DeclaredType type : declared) {
            List<TypeSpec> specs;
            if (type instanceof RecordModel recordModel) {
                specs = List.of(WideClassWriter.tooWide(recordModel) && !recordModel.tuple
                        ? WideClassWriter.write(recordModel) : RecordWriter.write(recordModel));
            } else if (type instanceof EnumModel enumeration) {
                specs = List.of(EnumWriter.write(enumeration));
            } else if (type instanceof KindUnionModel union) {
                specs = List.of(KindUnionWriter.write(union));
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

    // ---------------------------------------------------------------- mapping, one kind of type at a time

    /** Whether a model type becomes a declared Java type (record, enum, sealed interface). */
    private static boolean named(ModelType type) {
        return (type instanceof ObjectType object && !object.properties().isEmpty())
                || (type instanceof EnumType values && values.kind() == JsonKind.STRING && values.values().size() > 1)
                || type instanceof UnionType
                || type instanceof TupleType;
    }

    private Mapped map(TypeUse use, String hint, String owner) {
        if (!use.complete()) {
            return Mapped.FAILED;
        }
        ModelType type = use.type();
        boolean nullable = use.nullable();
        if (named(type)) {
            return Mapped.value(mapNamed(type, hint, owner).name, nullable);
        }
        if (type instanceof ScalarType scalar) {
            return Mapped.value(ScalarTypes.of(scalar), nullable);
        }
        if (type instanceof EnumType values) {
            return Mapped.value(ScalarTypes.of(values), nullable);
        }
        if (type instanceof ObjectType object) {
            return mapMap(object, hint, owner, nullable);
        }
        if (type instanceof ArrayType array) {
            return mapList(array, hint, owner, nullable);
        }
        if (type instanceof NullType) {
            return Mapped.value(ClassName.OBJECT, true);
        }
        if (type instanceof AnyType any && any.loosening() != null) {
            warn(any.schema(), "mapped to JsonNode because " + any.loosening());
        } else if (type instanceof NeverType never) {
            warn(never.schema(), "mapped to JsonNode because the schema allows no value here");
        }
        return Mapped.value(JacksonNames.JSON_NODE, true);
    }

    /** {@code List<T>} of the mapped items; a list that contains itself through lists and maps only is {@code JsonNode}. */
    private Mapped mapList(ArrayType array, String hint, String owner, boolean nullable) {
        if (!mapping.add(array)) {
            warn(array.schema(), "mapped to JsonNode because the array contains itself through arrays and maps only,"
                    + " which no Java type can name; put an object with properties on the cycle");
            return Mapped.value(JacksonNames.JSON_NODE, true);
        }
        try {
            Mapped element = map(array.items(), hint + "Item", owner);
            return new Mapped(ParameterizedTypeName.get(LIST, element.type()), nullable, Shape.LIST, element.nullable());
        } finally {
            mapping.remove(array);
        }
    }

    /**
     * An object without properties: {@code Map<String, T>} of its pattern and additional properties'
     * types, or {@code Map<String, Object>} when it says nothing about them.
     */
    private Mapped mapMap(ObjectType object, String hint, String owner, boolean nullable) {
        TypeUse value = object.values();
        if (value == null || (value.complete() && value.type() instanceof AnyType any && any.loosening() == null)) {
            return new Mapped(ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT), nullable, Shape.MAP, true);
        }
        if (!mapping.add(object)) {
            warn(object.schema(), "mapped to JsonNode because the map contains itself through arrays and maps only,"
                    + " which no Java type can name; put an object with properties on the cycle");
            return Mapped.value(JacksonNames.JSON_NODE, true);
        }
        try {
            Mapped element = map(value, hint + "Value", owner);
            return new Mapped(ParameterizedTypeName.get(MAP, STRING, element.type()), nullable, Shape.MAP,
                    element.nullable());
        } finally {
            mapping.remove(object);
        }
    }

    /** Records, enums and sealed interfaces: declared once per model type, defined once. */
    private DeclaredType mapNamed(ModelType type, String hint, String owner) {
        DeclaredType declaredType = types.get(type);
        if (declaredType == null) {
            declaredType = declare(type, hint, owner);
        }
        if (!declaredType.defined) {
            declaredType.defined = true;
            // a cycle through a declared type is fine: its members start a chain of their own
            Set<ModelType> outer = Collections.newSetFromMap(new IdentityHashMap<>());
            outer.addAll(mapping);
            mapping.clear();
            try {
                define(declaredType, type);
            } finally {
                mapping.clear();
                mapping.addAll(outer);
            }
        }
        return declaredType;
    }

    private void define(DeclaredType declaredType, ModelType type) {
        declaredType.description = Javadocs.clean(type.description());
        if (declaredType instanceof RecordModel recordModel) {
            if (type instanceof TupleType tuple) {
                defineTuple(recordModel, tuple);
            } else {
                defineRecord(recordModel, (ObjectType) type);
            }
        } else if (declaredType instanceof EnumModel enumeration) {
            enumeration.values.addAll(((EnumType) type).strings());
        } else if (declaredType instanceof KindUnionModel union) {
            defineKindUnion(union, (UnionType) type);
        } else {
            defineSealed((SealedModel) declaredType, (UnionType) type);
        }
    }

    private DeclaredType declare(ModelType type, String hint, String owner) {
        ClassName name = ClassName.get(packageName, typeNames.allocate(preferredTypeName(type, hint), owner));
        DeclaredType declaredType;
        if (type instanceof ObjectType || type instanceof TupleType) {
            declaredType = new RecordModel(name, type.schema());
        } else if (type instanceof EnumType) {
            declaredType = new EnumModel(name, type.schema());
        } else if (((UnionType) type).discrimination() == UnionType.Discrimination.KIND) {
            declaredType = new KindUnionModel(name, type.schema());
        } else {
            declaredType = new SealedModel(name, type.schema());
        }
        types.put(type, declaredType);
        declared.add(declaredType);
        if (type instanceof ObjectType object && object.loosening() != null) {
            warn(object.schema(), object.loosening());
        }
        return declaredType;
    }

    /**
     * Decides whether a record of {@code components} components gets a builder, and returns the
     * names its components may take: not the names a record's own members use, nor
     * {@code builder}/{@code toBuilder} when it has one.
     */
    private static NameAllocator componentNames(RecordModel recordModel, int components) {
        recordModel.builder = components > RecordWriter.BUILDER_THRESHOLD;
        NameAllocator names = new NameAllocator();
        RECORD_RESERVED.forEach(name -> names.newName(name, "reserved:" + name));
        if (recordModel.builder) {
            names.newName("builder", "reserved:builder");
            names.newName("toBuilder", "reserved:toBuilder");
        }
        return names;
    }

    /** {@code properties}: one component each, in schema order. */
    private void defineRecord(RecordModel recordModel, ObjectType object) {
        NameAllocator names = componentNames(recordModel, object.properties().size());
        for (ObjectType.Property property : object.properties()) {
            String wireName = property.name();
            String name = names.newName(Names.memberName(wireName), wireName);
            Mapped mapped = map(property.type(), Names.typeName(wireName), recordModel.name.simpleName());
            boolean nonNull = property.required() && !mapped.nullable();
            TypeName type = nonNull && mapped.type().isBoxedPrimitive() ? mapped.type().unbox() : mapped.type();
            String description = description(property);
            if (property.type().complete() && property.type().type() instanceof NullType) {
                description = description.isEmpty() ? "Always {@code null}: the contract allows no other value."
                        : description + " Always {@code null}: the contract allows no other value.";
            }
            recordModel.components.add(new Component(wireName, name, type, nonNull, mapped.shape(),
                    mapped.elementsNullable(), description, property.required()));
        }
    }

    /** Tuple {@code items}: a record read from and written as a JSON array, one component per position. */
    private void defineTuple(RecordModel recordModel, TupleType tuple) {
        if (tuple.loosening() != null) {
            warn(tuple.schema(), tuple.loosening());
        }
        recordModel.tuple = true;
        NameAllocator names = componentNames(recordModel, tuple.items().size());
        for (int i = 0; i < tuple.items().size(); i++) {
            TypeUse item = tuple.items().get(i);
            String name = names.newName("item" + i, "item" + i);
            Mapped mapped = map(item, recordModel.name.simpleName() + "Item" + i, recordModel.name.simpleName());
            String description = item.complete() ? Javadocs.clean(item.type().description()) : "";
            recordModel.components.add(new Component(name, name, mapped.type(), false, mapped.shape(),
                    mapped.elementsNullable(), description.isEmpty() ? "the element at index " + i : description, true));
            // a JsonNode component holds a JSON null as NullNode: its Java null, too, means the element was absent
            if (item.nullable() && !mapped.type().equals(JacksonNames.JSON_NODE)) {
                recordModel.tupleWritten = i + 1;
            }
        }
    }

    /** A union of objects told apart by a tag or by their properties: a sealed interface. */
    private void defineSealed(SealedModel sealedModel, UnionType union) {
        sealedModel.discriminator = union.tag();
        String owner = sealedModel.name.simpleName();
        for (int i = 0; i < union.branches().size(); i++) {
            ModelType branch = union.branches().get(i);
            String value = union.tag() == null ? null : union.tagValues().get(i);
            String hint = value != null ? Names.typeName(value) + owner : owner + "Variant" + (i + 1);
            DeclaredType target = mapNamed(branch, hint, owner);
            if (target instanceof RecordModel recordModel) {
                recordModel.interfaces.add(sealedModel.name);
                sealedModel.branches.add(new Branch(value, recordModel));
            }
        }
        sealedModel.unknown = ClassName.get(packageName, typeNames.allocate("Unknown" + owner, null));
    }

    /** Values of different JSON kinds: a sealed interface with one record per kind. */
    private void defineKindUnion(KindUnionModel model, UnionType union) {
        String owner = model.name.simpleName();
        for (ModelType branch : union.branches()) {
            JsonKind kind = branch.kind() == null ? JsonKind.OBJECT : branch.kind();
            Mapped mapped;
            if (branch instanceof TupleType && union.branch(JsonKind.OBJECT) != null) {
                warn(branch.schema(), "mapped to List<JsonNode> because a tuple and an object in one union cannot"
                        + " both be read by JSON token");
                mapped = new Mapped(ParameterizedTypeName.get(LIST, JacksonNames.JSON_NODE), false, Shape.LIST, true);
            } else {
                mapped = map(TypeUse.of(branch, false), owner + Names.typeName(kind.schemaName()), owner);
            }
            DeclaredType target = named(branch) ? types.get(branch) : null;
            boolean direct = kind == JsonKind.OBJECT && target instanceof RecordModel recordModel && !recordModel.tuple;
            if (direct) {
                ((RecordModel) target).interfaces.add(model.name);
            }
            model.branches.add(new DeclaredType.KindBranch(kind, mapped.type(), mapped.elementsNullable(),
                    direct ? (RecordModel) target : null, target instanceof EnumModel));
        }
    }

    // ---------------------------------------------------------------- names

    private String preferredTypeName(ModelType type, String hint) {
        SchemaNode node = type.schema();
        String title = type.title();
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

    /** A property's description: its own, else that of the schema its {@code $ref} names. */
    private static String description(ObjectType.Property property) {
        String own = text(property.schema().node(), "description");
        if (!own.isEmpty() || !property.type().complete()) {
            return Javadocs.clean(own);
        }
        return Javadocs.clean(property.type().type().description());
    }

    private static String text(JsonNode node, String keyword) {
        JsonNode value = node.isObject() ? node.get(keyword) : null;
        return value != null && value.isTextual() ? value.asText() : "";
    }

    private void warn(SchemaNode place, String problem) {
        ContractException warning = place.error(problem);
        warnings.putIfAbsent(warning.getMessage(), warning);
    }

    private void report(ContractException error) {
        errors.putIfAbsent(error.getMessage(), error);
    }
}
