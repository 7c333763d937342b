package dev.jsoncontract.verify.accept;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.regexp.Regexp;
import org.json.JSONObject;

/**
 * Says "valid" for a response body without everit when it can prove everit would say so too.
 * Compiled once from the everit {@link Schema} that {@code verify} already loads (so {@code $ref}
 * resolution is everit's own), then asked {@link #accepts(JsonNode)} on the Jackson tree of each
 * body. Immutable and thread-safe.
 *
 * <p>The rule: {@code accepts(x)} implies that everit accepts {@code JsonBodies.toOrgJson(x)}.
 * Each everit schema class is mirrored by a check that follows everit's own validating visitor
 * (not the specification where the two differ); patterns and formats are everit's own objects; the
 * few shapes not worth mirroring ask everit for just that sub-value. A {@code false} answer only
 * means "let everit decide": the caller then validates with everit as before.
 *
 * <pre>{@code
 * FastAccept fast = FastAccept.compile(schema);
 * if (!fast.accepts(body)) {
 *     validator.performValidation(schema, JsonBodies.toOrgJson(body)); // findings come from everit
 * }
 * }</pre>
 */
public final class FastAccept {

    private final Check root;
    private final List<String> discriminators;

    private FastAccept(Check root, List<String> discriminators) {
        this.root = root;
        this.discriminators = discriminators;
    }

    /** Compiles the checker for an everit schema (as loaded by {@code verify}; defaults and nullable support off). */
    public static FastAccept compile(Schema schema) {
        Compiler compiler = new Compiler();
        Check root = compiler.compile(schema);
        compiler.link();
        return new FastAccept(root, compiler.discriminators());
    }

    /**
     * Whether everit certainly accepts the value. {@code false} means "not proven": validate with
     * everit. Never throws for a value {@code JsonBodies.parse} produced.
     */
    public boolean accepts(JsonNode value) {
        try {
            return root.test(value);
        } catch (RuntimeException | StackOverflowError e) {
            // everit would meet the same problem (a regex engine error, a schema that refers only to
            // itself): let it run and report as it does today
            return false;
        }
    }

    /** The properties by which {@code oneOf}s pick their branch, in compile order (what tests look at). */
    List<String> discriminators() {
        return discriminators;
    }

    /** Turns everit schemas into checks, once each (by identity), references linked at the end. */
    private static final class Compiler {

        private static final Object UNREADABLE = new Object();

        private final Map<Schema, Check> compiled = new IdentityHashMap<>();
        private final Map<Check.Reference, Schema> references = new IdentityHashMap<>();
        private final List<Check.Obj> objects = new ArrayList<>();
        private final List<Check.OneOf> oneOfs = new ArrayList<>();

        Check compile(Schema schema) {
            Check done = compiled.get(schema);
            if (done != null) {
                return done;
            }
            Check check = build(schema);
            compiled.put(schema, check);
            return check;
        }

        /** Links each reference to its compiled target, then marks the decisive properties of each object. */
        void link() {
            while (!references.isEmpty()) {
                List<Map.Entry<Check.Reference, Schema>> pending = new ArrayList<>(references.entrySet());
                references.clear();
                for (Map.Entry<Check.Reference, Schema> entry : pending) {
                    Schema referred = entry.getValue();
                    entry.getKey().target = referred == null ? Check.FALSE : compile(referred);
                }
            }
            for (Check.Obj object : objects) {
                Check[] checks = object.checks();
                boolean[] flags = new boolean[checks.length];
                for (int i = 0; i < checks.length; i++) {
                    flags[i] = decisive(checks[i], 4);
                }
                object.markDecisive(flags);
            }
            for (Check.OneOf oneOf : oneOfs) {
                discriminate(oneOf);
            }
        }

        /**
         * Lets a {@code oneOf} pick its branch by a discriminator when every branch is an object schema
         * ({@code type: object}) that requires the same property and declares it as a string const,
         * each branch a different one.
         */
        private static void discriminate(Check.OneOf oneOf) {
            Check[] parts = oneOf.parts();
            Check.Obj[] branches = new Check.Obj[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (!(resolved(parts[i]) instanceof Check.Obj object) || !object.requiresObject()) {
                    return;
                }
                branches[i] = object;
            }
            for (String property : branches[0].names()) {
                String[] keys = new String[parts.length];
                Set<String> distinct = new HashSet<>();
                for (int i = 0; i < parts.length && keys != null; i++) {
                    if (branches[i].requires(property)
                            && resolved(branches[i].property(property)) instanceof Check.Const constant
                            && constant.permitted() instanceof String key && distinct.add(key)) {
                        keys[i] = key;
                    } else {
                        keys = null;
                    }
                }
                if (keys != null) {
                    oneOf.dispatchOn(property, keys);
                    return;
                }
            }
        }

        /** For each {@code oneOf} that picks its branch by a property, that property (for tests). */
        List<String> discriminators() {
            return oneOfs.stream().map(Check.OneOf::discriminator).filter(java.util.Objects::nonNull).toList();
        }

        /** The check behind a chain of references ({@code null} stays {@code null}). */
        private static Check resolved(Check check) {
            Check current = check;
            for (int i = 0; i < 16 && current instanceof Check.Reference reference; i++) {
                current = reference.target;
            }
            return current;
        }

        /** Cheap and decisive: a const, an enum, or an allOf of those and bare types (how everit loads type + enum). */
        private static boolean decisive(Check check, int depth) {
            if (depth == 0) {
                return false;
            }
            if (check instanceof Check.Const || check instanceof Check.Enum) {
                return true;
            }
            if (check instanceof Check.Reference reference) {
                return reference.target != null && decisive(reference.target, depth - 1);
            }
            if (check instanceof Check.AllOf all) {
                boolean any = false;
                for (Check part : all.parts()) {
                    if (part instanceof Check.Type) {
                        continue;
                    }
                    if (!decisive(part, depth - 1)) {
                        return false;
                    }
                    any = true;
                }
                return any;
            }
            return false;
        }

        private Check build(Schema schema) {
            if (schema instanceof ReferenceSchema reference) {
                Check.Reference check = new Check.Reference();
                // linked later: the referred schema may be on the way to this one
                compiled.put(schema, check);
                references.put(check, reference.getReferredSchema());
                return check;
            }
            if (schema instanceof FalseSchema) {
                return Check.FALSE;
            }
            if (schema instanceof EmptySchema) { // TrueSchema too
                return Check.TRUE;
            }
            if (schema instanceof NullSchema) {
                return new Check.Type(Check.Type.NULL);
            }
            if (schema instanceof BooleanSchema) {
                return new Check.Type(Check.Type.BOOLEAN);
            }
            if (schema instanceof StringSchema string) {
                return string(string);
            }
            if (schema instanceof NumberSchema number) {
                return number(number);
            }
            if (schema instanceof ConstSchema constant) {
                return new Check.Const(constant.getPermittedValue(), schema);
            }
            if (schema instanceof EnumSchema enumeration) {
                return enumeration(enumeration);
            }
            if (schema instanceof CombinedSchema combined) {
                return combined(combined);
            }
            if (schema instanceof NotSchema not) {
                Check inner = compile(not.getMustNotMatch());
                return inner == Check.TRUE ? Check.FALSE : new Check.Not(inner);
            }
            if (schema instanceof ConditionalSchema conditional) {
                if (conditional.getIfSchema().isEmpty()
                        || (conditional.getThenSchema().isEmpty() && conditional.getElseSchema().isEmpty())) {
                    return Check.TRUE;
                }
                return new Check.Conditional(compile(conditional.getIfSchema().get()),
                        conditional.getThenSchema().map(this::compile).orElse(null),
                        conditional.getElseSchema().map(this::compile).orElse(null));
            }
            if (schema instanceof ArraySchema array) {
                return array(array);
            }
            if (schema instanceof ObjectSchema object) {
                return object(object);
            }
            return new Check.Everit(schema);
        }

        private Check string(StringSchema string) {
            Regexp pattern = null;
            if (string.getPattern() != null) {
                Object hidden = invokeHidden(string, "getRegexpPattern");
                if (!(hidden instanceof Regexp regexp)) {
                    return new Check.Everit(string);
                }
                pattern = regexp;
            }
            if (string.requireString() && string.getMinLength() == null && string.getMaxLength() == null
                    && pattern == null && string.getFormatValidator() == org.everit.json.schema.FormatValidator.NONE) {
                return new Check.Type(Check.Type.STRING);
            }
            return new Check.Str(string.requireString(), string.getMinLength(), string.getMaxLength(), pattern,
                    string.getFormatValidator());
        }

        private static Check number(NumberSchema number) {
            boolean required = number.requiresInteger() || number.isRequiresNumber();
            if (required && number.getMinimum() == null && number.getMaximum() == null
                    && number.getExclusiveMinimumLimit() == null && number.getExclusiveMaximumLimit() == null
                    && number.getMultipleOf() == null) {
                return new Check.Type(number.requiresInteger() ? Check.Type.INTEGER : Check.Type.NUMBER);
            }
            return new Check.Num(number.requiresInteger(), required, number.getMinimum(), number.isExclusiveMinimum(),
                    number.getExclusiveMinimumLimit(), number.getMaximum(), number.isExclusiveMaximum(),
                    number.getExclusiveMaximumLimit(), number.getMultipleOf());
        }

        private static Check enumeration(EnumSchema enumeration) {
            List<Object> possible = enumeration.getPossibleValuesAsList();
            Set<String> strings = new HashSet<>();
            boolean nullAllowed = false;
            for (Object value : possible) {
                if (value instanceof String text) {
                    strings.add(text);
                }
                nullAllowed |= value == null || JSONObject.NULL.equals(value);
            }
            return new Check.Enum(Set.copyOf(strings), nullAllowed, possible, enumeration);
        }

        private Check combined(CombinedSchema combined) {
            Collection<Schema> subschemas = combined.getSubschemas();
            Check[] parts = new Check[subschemas.size()];
            int i = 0;
            for (Schema subschema : subschemas) {
                parts[i++] = compile(subschema);
            }
            if (combined.getCriterion() == CombinedSchema.ALL_CRITERION) {
                return parts.length == 1 ? parts[0] : new Check.AllOf(parts);
            }
            if (combined.getCriterion() == CombinedSchema.ANY_CRITERION) {
                // type: [a, b] is an anyOf of bare types: one mask test
                int types = 0;
                for (Check part : parts) {
                    if (!(part instanceof Check.Type type)) {
                        return parts.length == 1 ? parts[0] : new Check.AnyOf(parts);
                    }
                    types |= type.types();
                }
                return parts.length == 0 ? Check.FALSE : new Check.Type(types);
            }
            if (combined.getCriterion() == CombinedSchema.ONE_CRITERION) {
                if (parts.length == 1) {
                    return parts[0];
                }
                Check.OneOf oneOf = new Check.OneOf(parts);
                oneOfs.add(oneOf);
                return oneOf;
            }
            return new Check.Everit(combined);
        }

        private Check array(ArraySchema array) {
            Check allItems = array.getAllItemSchema() == null ? null : compile(array.getAllItemSchema());
            Check[] tuple = null;
            if (array.getItemSchemas() != null) {
                tuple = array.getItemSchemas().stream().map(this::compile).toArray(Check[]::new);
            }
            Check additional = array.getSchemaOfAdditionalItems() == null ? null
                    : compile(array.getSchemaOfAdditionalItems());
            Check contains = array.getContainedItemSchema() == null ? null : compile(array.getContainedItemSchema());
            return new Check.Arr(array.requiresArray(), array.getMinItems(), array.getMaxItems(),
                    array.needsUniqueItems(), allItems, tuple, array.permitsAdditionalItems(), additional, contains);
        }

        @SuppressWarnings("unchecked")
        private Check object(ObjectSchema object) {
            Map<String, Schema> properties = object.getPropertySchemas();
            String[] names = properties.keySet().stream().map(String::intern).toArray(String[]::new);
            Check[] checks = new Check[names.length];
            for (int i = 0; i < names.length; i++) {
                checks[i] = compile(properties.get(names[i]));
            }
            Object hidden = invokeHidden(object, "getRegexpPatternProperties");
            if (hidden == UNREADABLE) {
                if (!withoutPatternProperties(object)) {
                    return new Check.Everit(object);
                }
                hidden = null;
            }
            Map<Regexp, Schema> patternProperties = hidden == null ? Map.of() : (Map<Regexp, Schema>) hidden;
            Regexp[] patterns = new Regexp[patternProperties.size()];
            Check[] patternChecks = new Check[patterns.length];
            int p = 0;
            for (Map.Entry<Regexp, Schema> entry : patternProperties.entrySet()) {
                patterns[p] = entry.getKey();
                patternChecks[p++] = compile(entry.getValue());
            }
            Map<String, Schema> dependencies = new LinkedHashMap<>(object.getSchemaDependencies());
            String[] dependencyNames = dependencies.keySet().toArray(new String[0]);
            Check[] dependencyChecks = new Check[dependencyNames.length];
            for (int i = 0; i < dependencyNames.length; i++) {
                dependencyChecks[i] = compile(dependencies.get(dependencyNames[i]));
            }
            Check propertyNames = object.getPropertyNameSchema() == null ? null
                    : compile(object.getPropertyNameSchema());
            Check additional = object.getSchemaOfAdditionalProperties() == null ? null
                    : compile(object.getSchemaOfAdditionalProperties());
            Check.Obj check = new Check.Obj(object.requiresObject(), names, checks, object.getRequiredProperties(),
                    propertyNames, object.getMinProperties(), object.getMaxProperties(),
                    Map.copyOf(object.getPropertyDependencies()), patterns, patternChecks,
                    object.permitsAdditionalProperties(), additional, dependencyNames, dependencyChecks);
            objects.add(check);
            return check;
        }

        /** Whether the object schema has no pattern properties (the public getter recompiles them: compile time only). */
        @SuppressWarnings("deprecation")
        private static boolean withoutPatternProperties(ObjectSchema object) {
            return object.getPatternProperties().isEmpty();
        }

        /**
         * everit keeps the compiled {@code Regexp} of a pattern behind package-private getters; the
         * public ones recompile the text. Reading them keeps matching identical to everit's; when the
         * getter cannot be read ({@link #UNREADABLE}), the caller lets everit check that schema.
         */
        private static Object invokeHidden(Object schema, String getter) {
            try {
                Method method = schema.getClass().getDeclaredMethod(getter);
                method.setAccessible(true);
                return method.invoke(schema);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return UNREADABLE;
            }
        }
    }
}
