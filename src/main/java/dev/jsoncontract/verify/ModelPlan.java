package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaNode;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.everit.json.schema.Schema;

/**
 * What verify's walks (drift and owners in {@link SchemaWalker}, the report's statistics in
 * {@link StatisticsWalker}) read of the contract model for one response schema, gathered before
 * any body is checked: every type reachable from the response schema, and for each what the
 * model leaves out but that still decides which schemas apply to a value. The model describes
 * structure ({@code $ref}s followed, {@code allOf} merged, unions normalized); {@code if}/{@code
 * then}/{@code else} and schema {@code dependencies} have no effect on its types, so they are read
 * from the schemas each type was made of ({@link ContractModel#sources}), their schemas are built
 * into the model here, and whether a value matches an {@code if} is everit's to say.
 *
 * <p>Built on one thread (the model is not thread-safe while it is built), then only read:
 * one plan serves every body, from any thread.
 */
final class ModelPlan {

    /** How many types the plan holds; a larger contract is walked up to that many (the rest describes all). */
    static final int MAX_TYPES = 100_000;

    /** How deep {@link #fits} looks into a value's properties. */
    static final int FIT_DEPTH = 8;

    /** How many times the reachable types are gathered until building conditional schemas adds none. */
    private static final int MAX_PASSES = 16;

    /**
     * An {@code if} with its {@code then} and {@code else}.
     *
     * @param condition everit's schema of the {@code if}, or {@code null} when it cannot be found
     *     (then both branches apply: drift never fires for want of knowing)
     */
    record Conditional(Schema condition, TypeUse ifType, TypeUse then, TypeUse otherwise) {
    }

    /** A schema that applies when the object has the member {@code name}. */
    record Dependency(String name, TypeUse schema) {
    }

    /** What the walks need of one type, read once. */
    static final class Facts {
        final List<Conditional> conditionals;
        final List<Dependency> dependencies;
        /** Of an object: its declared properties by name. */
        final Map<String, ObjectType.Property> properties;
        /** Of an object: its pattern properties compiled, in the order of {@link ObjectType#patterns()}. */
        final Pattern[] patterns;
        /** Of an object: whether its schema lists properties or pattern properties (drift is reported there only). */
        final boolean listsProperties;
        /** Of an object: names its schema lists under {@code properties}, those with the schema {@code false} too. */
        final Set<String> listedNames;
        /**
         * Of an object the model merged from the objects of a union it could not tell apart: those
         * objects (or unions of them), which a value may still be told to fit or not; else empty.
         */
        final List<ModelType> alternatives;
        /**
         * Of such an object: the types that only narrowed it where it was made ({@link
         * ContractModel#keptWith}), which describe its values beside the fitting alternatives.
         */
        final List<ModelType> narrowings;

        Facts(List<Conditional> conditionals, List<Dependency> dependencies, Map<String, ObjectType.Property> properties,
                Pattern[] patterns, boolean listsProperties, Set<String> listedNames, List<ModelType> alternatives,
                List<ModelType> narrowings) {
            this.alternatives = alternatives;
            this.narrowings = narrowings;
            this.conditionals = conditionals;
            this.dependencies = dependencies;
            this.properties = properties;
            this.patterns = patterns;
            this.listsProperties = listsProperties;
            this.listedNames = listedNames;
        }
    }

    private final ContractModel model;
    private final TypeUse root;
    private final TypeUse element;
    private final Map<ModelType, Facts> facts = new IdentityHashMap<>();
    private final BranchMatcher matcher = new BranchMatcher();

    /**
     * @param model the contract model, shared by the run; it is built further here
     * @param response the response schema
     * @param everit everit's schema of {@code response}, for the {@code if}s
     * @param locations turns everit's locations into the contract's places
     */
    ModelPlan(ContractModel model, SchemaNode response, Schema everit, SchemaLocations locations) {
        this.model = model;
        this.root = model.type(response);
        this.element = root.complete() && root.type() instanceof ArrayType array ? array.items() : null;
        Map<SchemaNode, TypeUse> conditionalTypes = new HashMap<>();
        List<ModelType> reachable = List.of();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int before = conditionalTypes.size();
            reachable = reachable(conditionalTypes);
            if (conditionalTypes.size() == before) {
                break;
            }
        }
        Map<SchemaNode, Schema> everitSchemas = null;
        for (ModelType type : reachable) {
            List<Conditional> conditionals = new ArrayList<>();
            List<Dependency> dependencies = new ArrayList<>();
            for (SchemaNode source : model.sources(type)) {
                SchemaNode condition = source.child("if");
                if (condition != null) {
                    if (everitSchemas == null) {
                        everitSchemas = everitSchemas(everit, locations);
                    }
                    SchemaNode then = source.child("then");
                    SchemaNode otherwise = source.child("else");
                    conditionals.add(new Conditional(everitSchemas.get(condition), conditionalTypes.get(condition),
                            then == null ? null : conditionalTypes.get(then),
                            otherwise == null ? null : conditionalTypes.get(otherwise)));
                }
                for (Map.Entry<String, SchemaNode> dependency : schemaDependencies(source)) {
                    dependencies.add(new Dependency(dependency.getKey(), conditionalTypes.get(dependency.getValue())));
                }
            }
            Map<String, ObjectType.Property> properties = Map.of();
            Pattern[] patterns = new Pattern[0];
            boolean lists = false;
            Set<String> listed = Set.of();
            if (type instanceof ObjectType object) {
                properties = new HashMap<>();
                for (ObjectType.Property property : object.properties()) {
                    properties.putIfAbsent(property.name(), property);
                }
                patterns = new Pattern[object.patterns().size()];
                for (int i = 0; i < patterns.length; i++) {
                    patterns[i] = compile(object.patterns().get(i).pattern());
                }
                JsonNode raw = object.schema().node();
                lists = !object.properties().isEmpty() || !object.patterns().isEmpty() || raw.has("properties")
                        || raw.has("patternProperties");
                JsonNode names = raw.get("properties");
                if (names != null && names.isObject()) {
                    listed = new HashSet<>();
                    names.fieldNames().forEachRemaining(listed::add);
                }
            }
            facts.put(type, new Facts(List.copyOf(conditionals), List.copyOf(dependencies), properties, patterns, lists,
                    listed, alternatives(type), narrowings(type)));
        }
    }

    /** The type of a whole body. */
    TypeUse root() {
        return root;
    }

    /** The type of one element of a body that is an array, or {@code null} when the response is no array. */
    TypeUse element() {
        return element;
    }

    /** The facts of a reachable type, or {@code null} for a type beyond {@link #MAX_TYPES}. */
    Facts facts(ModelType type) {
        return facts.get(type);
    }

    /** Every type the plan holds, in the order reached. */
    Set<ModelType> types() {
        return Collections.unmodifiableSet(facts.keySet());
    }

    /**
     * The types reachable from the response (and its element), breadth first; the schemas of the
     * conditionals and dependencies met in their sources are built into the model on the way.
     */
    private List<ModelType> reachable(Map<SchemaNode, TypeUse> conditionalTypes) {
        List<ModelType> order = new ArrayList<>();
        Set<ModelType> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<ModelType> queue = new ArrayDeque<>();
        for (TypeUse start : new TypeUse[] {root, element}) {
            if (start != null && start.complete() && seen.add(start.type())) {
                queue.add(start.type());
            }
        }
        while (!queue.isEmpty() && order.size() < MAX_TYPES) {
            ModelType type = queue.removeFirst();
            order.add(type);
            List<TypeUse> next = new ArrayList<>(children(type));
            alternatives(type).forEach(alternative -> next.add(TypeUse.of(alternative, false)));
            narrowings(type).forEach(narrowing -> next.add(TypeUse.of(narrowing, false)));
            for (SchemaNode source : model.sources(type)) {
                List<SchemaNode> applied = new ArrayList<>();
                if (source.child("if") != null) {
                    applied.add(source.child("if"));
                    applied.add(source.child("then"));
                    applied.add(source.child("else"));
                }
                schemaDependencies(source).forEach(dependency -> applied.add(dependency.getValue()));
                for (SchemaNode node : applied) {
                    if (node != null) {
                        next.add(conditionalTypes.computeIfAbsent(node, model::type));
                    }
                }
            }
            for (TypeUse use : next) {
                if (use != null && use.complete() && seen.add(use.type())) {
                    queue.addLast(use.type());
                }
            }
        }
        return order;
    }

    /** The objects a union merged into {@code type} when it could not tell them apart (see {@link Facts#alternatives}). */
    private List<ModelType> alternatives(ModelType type) {
        if (!(type instanceof ObjectType)) {
            return List.of();
        }
        return model.combination(type)
                .filter(made -> !made.all() && made.parts().size() > 1
                        && made.parts().stream().allMatch(part -> part instanceof ObjectType || part instanceof UnionType))
                .map(ContractModel.Combination::parts)
                .orElse(List.of());
    }

    /** Of an object with {@link #alternatives}, the types that only narrowed it ({@link Facts#narrowings}). */
    private List<ModelType> narrowings(ModelType type) {
        return alternatives(type).isEmpty() ? List.of() : model.keptWith(type);
    }

    /**
     * Of {@code alternatives}, those a value may fit ({@link #fits}); {@code null} when that tells
     * nothing: all of them fit, or none does (the value fails; no alternative is singled out).
     */
    static List<ModelType> fitting(List<ModelType> alternatives, JsonNode value) {
        List<ModelType> fitting = new ArrayList<>();
        for (ModelType alternative : alternatives) {
            if (fits(alternative, value, FIT_DEPTH)) {
                fitting.add(alternative);
            }
        }
        return fitting.isEmpty() || fitting.size() == alternatives.size() ? null : fitting;
    }

    /** The uses a type holds directly. */
    static List<TypeUse> children(ModelType type) {
        List<TypeUse> children = new ArrayList<>();
        if (type instanceof ObjectType object) {
            object.properties().forEach(property -> children.add(property.type()));
            object.patterns().forEach(pattern -> children.add(pattern.type()));
            children.add(object.additional());
        } else if (type instanceof ArrayType array) {
            children.add(array.items());
        } else if (type instanceof TupleType tuple) {
            children.addAll(tuple.items());
            children.add(tuple.additional());
        } else if (type instanceof UnionType union) {
            union.branches().forEach(branch -> children.add(TypeUse.of(branch, false)));
        }
        return children;
    }

    /** The schema-valued {@code dependencies} of a schema, by member name. */
    private static List<Map.Entry<String, SchemaNode>> schemaDependencies(SchemaNode source) {
        SchemaNode dependencies = source.child("dependencies");
        if (dependencies == null || !dependencies.node().isObject()) {
            return List.of();
        }
        List<Map.Entry<String, SchemaNode>> found = new ArrayList<>();
        dependencies.node().fieldNames().forEachRemaining(name -> {
            SchemaNode schema = dependencies.child(name);
            if (schema.node().isObject() || schema.node().isBoolean()) {
                found.add(Map.entry(name, schema));
            }
        });
        return found;
    }

    /** everit's schemas by the contract's places, for looking up the {@code if}s. */
    private static Map<SchemaNode, Schema> everitSchemas(Schema everit, SchemaLocations locations) {
        Map<SchemaNode, Schema> found = new HashMap<>();
        SchemaGraph.byLocation(everit).forEach((location, schema) -> {
            SchemaNode node = locations.node(location);
            if (node != null) {
                found.putIfAbsent(node, schema);
            }
        });
        return found;
    }

    /** A pattern as everit compiles it; one Java cannot read matches every name (everit refused to load it anyway). */
    private static Pattern compile(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Pattern.compile("");
        }
    }

    // ---------------------------------------------------------------- which schemas apply

    /**
     * Whether a value matches a conditional's {@code if}: everit decides (through the fast path
     * when it can); {@code null} when the {@code if} is not known to everit.
     *
     * @param orgJson the value's org.json copy once made, shared by the conditionals of one value
     */
    Boolean matches(Conditional conditional, JsonNode value, Object[] orgJson) {
        return conditional.condition() == null ? null : matcher.matches(conditional.condition(), value, orgJson);
    }

    /**
     * The branches of a union that apply to a value: of a {@link UnionType.Discrimination#TAG}
     * union the branch its tag names (none when the tag is missing or unknown: the value fails,
     * and no branch describes it); of a {@link UnionType.Discrimination#KIND} union the branch of
     * the value's kind; of a {@link UnionType.Discrimination#PROPERTIES} union the branches the
     * value {@link #fits}. When no branch is found that way, every branch applies, so that drift
     * never fires because a branch was missed.
     */
    static List<ModelType> branches(UnionType union, JsonNode value) {
        switch (union.discrimination()) {
            case TAG -> {
                ModelType branch = tagged(union, value);
                return branch == null ? List.of() : List.of(branch);
            }
            case KIND -> {
                ModelType branch = union.branch(JsonKind.of(value));
                return branch == null ? union.branches() : List.of(branch);
            }
            default -> {
                List<ModelType> fitting = new ArrayList<>();
                for (ModelType branch : union.branches()) {
                    if (fits(branch, value, FIT_DEPTH)) {
                        fitting.add(branch);
                    }
                }
                return fitting.isEmpty() ? union.branches() : fitting;
            }
        }
    }

    /** The branch a tag union's tag value names, or {@code null}. */
    private static ModelType tagged(UnionType union, JsonNode value) {
        JsonNode tag = value.isObject() ? value.get(union.tag()) : null;
        int at = tag != null && tag.isTextual() ? union.tagValues().indexOf(tag.textValue()) : -1;
        return at < 0 ? null : union.branches().get(at);
    }

    /**
     * Whether a value may be of a type, judged by what the model knows: its kind, an enum's
     * values, an object's required members present and its properties' values fitting in turn
     * ({@code depth} levels deep). {@code false} means certainly not (everit rejects the value);
     * {@code true} only "maybe": the model leaves out string and number constraints.
     */
    static boolean fits(ModelType type, JsonNode value, int depth) {
        if (type instanceof AnyType) {
            return true;
        }
        if (type instanceof NeverType) {
            return false;
        }
        if (type instanceof NullType) {
            return value.isNull();
        }
        if (type instanceof ScalarType scalar) {
            return kindFits(scalar.kind(), value);
        }
        if (type instanceof EnumType values) {
            return !value.isContainerNode() && listed(values.values(), value);
        }
        if (type instanceof ArrayType || type instanceof TupleType) {
            return value.isArray();
        }
        if (type instanceof ObjectType object) {
            if (!value.isObject()) {
                return false;
            }
            for (String required : object.required()) {
                if (!value.has(required)) {
                    return false;
                }
            }
            if (depth > 0) {
                for (ObjectType.Property property : object.properties()) {
                    JsonNode member = value.get(property.name());
                    if (member != null && !fits(property.type(), member, depth - 1)) {
                        return false;
                    }
                }
            }
            return true;
        }
        UnionType union = (UnionType) type;
        if (union.discrimination() == UnionType.Discrimination.TAG) {
            ModelType branch = tagged(union, value);
            return branch != null && fits(branch, value, depth);
        }
        for (ModelType branch : union.branches()) {
            if (fits(branch, value, depth)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(TypeUse use, JsonNode value, int depth) {
        return !use.complete() || (value.isNull() && use.nullable()) || fits(use.type(), value, depth);
    }

    /** Whether a value is of a JSON kind, as JSON Schema's {@code type} means it (an integer is a number). */
    static boolean kindFits(JsonKind kind, JsonNode value) {
        return switch (kind) {
            case OBJECT -> value.isObject();
            case ARRAY -> value.isArray();
            case STRING -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case NUMBER -> value.isNumber();
            case INTEGER -> value.isNumber() && JsonKind.of(value) == JsonKind.INTEGER;
            case NULL -> value.isNull();
        };
    }

    private static boolean listed(List<JsonNode> values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.isNumber() && value.isNumber()
                    ? allowed.decimalValue().compareTo(value.decimalValue()) == 0 : allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
