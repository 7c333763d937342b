package dev.jsoncontract.verify.accept;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jsoncontract.verify.JsonBodies;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.ObjectComparator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.regexp.Regexp;
import org.json.JSONArray;

/**
 * One compiled schema: answers whether everit accepts a value, on the Jackson tree. Each subclass
 * mirrors one everit validating visitor (named in its Javadoc); all are immutable once the
 * compiler has linked the references.
 */
abstract class Check {

    /** Whether everit accepts {@code value} (converted by {@code JsonBodies.toOrgJson}) against this schema. */
    abstract boolean test(JsonNode value);

    /** {@code TrueSchema}, {@code EmptySchema}: everit visits nothing. */
    static final Check TRUE = new Check() {
        @Override
        boolean test(JsonNode value) {
            return true;
        }
    };

    /** {@code FalseSchema}: always a failure. */
    static final Check FALSE = new Check() {
        @Override
        boolean test(JsonNode value) {
            return false;
        }
    };

    /**
     * Asks everit itself, for the rare shapes not worth mirroring (a const or enum compared with an
     * object or array, a custom combination criterion): converts just this value and validates it
     * against the subschema. Exact by construction.
     */
    static final class Everit extends Check {
        private final Schema schema;

        Everit(Schema schema) {
            this.schema = schema;
        }

        @Override
        boolean test(JsonNode value) {
            try {
                schema.validate(JsonBodies.toOrgJson(value));
                return true;
            } catch (ValidationException e) {
                return false;
            }
        }
    }

    /** {@code ReferenceSchema}: the referred schema, linked after compiling (references may be cyclic). */
    static final class Reference extends Check {
        Check target;

        @Override
        boolean test(JsonNode value) {
            return target.test(value);
        }
    }

    /** {@code NotSchema}: fails when the subschema passes. */
    static final class Not extends Check {
        private final Check inner;

        Not(Check inner) {
            this.inner = inner;
        }

        @Override
        boolean test(JsonNode value) {
            return !inner.test(value);
        }
    }

    /** {@code CombinedSchema} with {@code ALL_CRITERION}: every subschema matches (none: passes). */
    static final class AllOf extends Check {
        private final Check[] parts;

        AllOf(Check[] parts) {
            this.parts = parts;
        }

        Check[] parts() {
            return parts;
        }

        @Override
        boolean test(JsonNode value) {
            for (Check part : parts) {
                if (!part.test(value)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code CombinedSchema} with {@code ANY_CRITERION}: at least one subschema matches (none: fails). */
    static final class AnyOf extends Check {
        private final Check[] parts;

        AnyOf(Check[] parts) {
            this.parts = parts;
        }

        @Override
        boolean test(JsonNode value) {
            for (Check part : parts) {
                if (part.test(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code CombinedSchema} with {@code ONE_CRITERION}: exactly one subschema matches; stops at the
     * second. When every branch is an object schema that requires the same property to be a distinct
     * string const (a discriminator, like the call contract's {@code role}), the member's value picks
     * the one branch that can match, and only that one is tested: every other branch fails at its
     * const (or all fail, for a non-object, an absent or a non-string member), as in everit.
     */
    static final class OneOf extends Check {
        private final Check[] parts;
        /** Set once by {@link #dispatchOn}, before the checker is published; {@code null}: test every branch. */
        private String discriminator;
        private String[] keys;

        OneOf(Check[] parts) {
            this.parts = parts;
        }

        Check[] parts() {
            return parts;
        }

        /** The discriminator property, or {@code null} when every branch is tested. */
        String discriminator() {
            return discriminator;
        }

        void dispatchOn(String property, String[] values) {
            this.discriminator = property;
            this.keys = values;
        }

        @Override
        boolean test(JsonNode value) {
            if (discriminator != null) {
                if (!value.isObject()) {
                    return false;
                }
                JsonNode member = value.get(discriminator);
                if (member == null || !member.isTextual()) {
                    return false;
                }
                String text = member.textValue();
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i].equals(text)) {
                        return parts[i].test(value);
                    }
                }
                return false;
            }
            boolean matched = false;
            for (Check part : parts) {
                if (part.test(value)) {
                    if (matched) {
                        return false;
                    }
                    matched = true;
                }
            }
            return matched;
        }
    }

    /**
     * {@code ConditionalSchema}: {@code ConditionalSchemaValidatingVisitor}. Without {@code if}, or
     * without both {@code then} and {@code else}, nothing is checked.
     */
    static final class Conditional extends Check {
        private final Check condition;
        private final Check then;
        private final Check otherwise;

        /** @param then {@code null} when absent; @param otherwise {@code null} when absent */
        Conditional(Check condition, Check then, Check otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        boolean test(JsonNode value) {
            if (condition.test(value)) {
                return then == null || then.test(value);
            }
            return otherwise == null || otherwise.test(value);
        }
    }

    /**
     * A bare type test, the shape everit's synthetic {@code type: [..]} alternatives take when they
     * have no other keyword; cheap, so it counts with const and enum as decisive inside {@code allOf}.
     */
    static final class Type extends Check {
        static final int STRING = 1;
        static final int NUMBER = 2;
        static final int INTEGER = 4;
        static final int BOOLEAN = 8;
        static final int NULL = 16;
        static final int OBJECT = 32;
        static final int ARRAY = 64;

        private final int types;

        Type(int types) {
            this.types = types;
        }

        int types() {
            return types;
        }

        @Override
        boolean test(JsonNode value) {
            return (types & typeOf(value)) != 0;
        }

        static int typeOf(JsonNode value) {
            return switch (value.getNodeType()) {
                case STRING -> STRING;
                case NUMBER -> value.isIntegralNumber() ? INTEGER | NUMBER : NUMBER;
                case NULL -> NULL;
                case BOOLEAN -> BOOLEAN;
                case OBJECT -> OBJECT;
                case ARRAY -> ARRAY;
                default -> 0;
            };
        }
    }

    /**
     * {@code ConstSchema}: {@code ValidatingVisitor.visitConstSchema}. Null matches a null const;
     * otherwise {@code ObjectComparator.deepEquals(subject, permitted)}, subject first (so 1 and 1.0
     * are equal across classes but two {@code BigDecimal}s compare with their scale, as everit does).
     * Objects and arrays go to everit.
     */
    static final class Const extends Check {
        private final Object permitted;
        private final boolean nullPermitted;
        private final Check composite;

        /** The permitted value (after everit's {@code toJavaValue}). */
        Object permitted() {
            return permitted;
        }

        Const(Object permitted, Schema schema) {
            this.permitted = permitted;
            this.nullPermitted = permitted == null || org.json.JSONObject.NULL.equals(permitted);
            this.composite = new Everit(schema);
        }

        @Override
        boolean test(JsonNode value) {
            if (value.isTextual()) {
                return value.textValue().equals(permitted);
            }
            if (value.isNull()) {
                return nullPermitted;
            }
            if (value.isContainerNode()) {
                return composite.test(value);
            }
            return ObjectComparator.deepEquals(JsonBodies.toOrgJson(value), permitted);
        }
    }

    /**
     * {@code EnumSchema}: {@code ValidatingVisitor.visitEnumSchema}, {@code deepEquals(possible,
     * subject)}. A string equals only an equal string; null only a null; numbers and booleans are
     * compared by everit's comparator; objects and arrays go to everit.
     */
    static final class Enum extends Check {
        private final Set<String> strings;
        /** The strings when they are few: a scan of {@code equals} beats hashing a fresh value. */
        private final String[] fewStrings;
        private final boolean nullAllowed;
        private final Object[] possible;
        private final Check composite;

        Enum(Set<String> strings, boolean nullAllowed, List<Object> possible, Schema schema) {
            this.strings = strings;
            this.fewStrings = strings.size() <= 8 ? strings.toArray(new String[0]) : null;
            this.nullAllowed = nullAllowed;
            this.possible = possible.toArray();
            this.composite = new Everit(schema);
        }

        @Override
        boolean test(JsonNode value) {
            if (value.isTextual()) {
                String text = value.textValue();
                if (fewStrings == null) {
                    return strings.contains(text);
                }
                for (String candidate : fewStrings) {
                    if (candidate.equals(text)) {
                        return true;
                    }
                }
                return false;
            }
            if (value.isNull()) {
                return nullAllowed;
            }
            if (value.isContainerNode()) {
                return composite.test(value);
            }
            Object subject = JsonBodies.toOrgJson(value);
            for (Object candidate : possible) {
                if (ObjectComparator.deepEquals(candidate, subject)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code StringSchema}: {@code StringSchemaValidatingVisitor}. Lengths in code points, the
     * pattern through everit's own {@code Regexp} (a {@code find()}), the format through everit's own
     * {@code FormatValidator}.
     */
    static final class Str extends Check {
        private final boolean required;
        private final int minLength;
        private final int maxLength;
        private final Regexp pattern;
        private final FormatValidator format;
        private final boolean dateTime;

        Str(boolean required, Integer minLength, Integer maxLength, Regexp pattern, FormatValidator format) {
            this.required = required;
            this.minLength = minLength == null ? -1 : minLength;
            this.maxLength = maxLength == null ? -1 : maxLength;
            this.pattern = pattern;
            this.format = format == FormatValidator.NONE ? null : format;
            this.dateTime = format != null && format.getClass() == org.everit.json.schema.internal.DateTimeFormatValidator.class;
        }

        @Override
        boolean test(JsonNode value) {
            if (!value.isTextual()) {
                // ifPassesTypeCheck: null and other types fail only when the type is required
                return !required;
            }
            String text = value.textValue();
            if (minLength >= 0 || maxLength >= 0) {
                int length = text.codePointCount(0, text.length());
                if (length < minLength || (maxLength >= 0 && length > maxLength)) {
                    return false;
                }
            }
            if (pattern != null && pattern.patternMatchingFailure(text).isPresent()) {
                return false;
            }
            return format == null || (dateTime && DateTimes.certainlyValid(text)) || format.validate(text).isEmpty();
        }
    }

    /**
     * {@code NumberSchema}: {@code NumberSchemaValidatingVisitor}. An integer is what
     * {@code toOrgJson} turns into {@code Integer}, {@code Long} or {@code BigInteger} (a Jackson
     * integral number; {@code 1.0} is not one); limits compare as {@code BigDecimal} like
     * {@code NumberComparator.compare}; {@code multipleOf} is a zero {@code BigDecimal} remainder.
     */
    static final class Num extends Check {
        private final boolean integer;
        private final boolean required;
        private final Limit minimum;
        private final boolean exclusiveMinimum;
        private final Limit exclusiveMinimumLimit;
        private final Limit maximum;
        private final boolean exclusiveMaximum;
        private final Limit exclusiveMaximumLimit;
        private final BigDecimal multipleOf;

        Num(boolean integer, boolean required, Number minimum, boolean exclusiveMinimum, Number exclusiveMinimumLimit,
                Number maximum, boolean exclusiveMaximum, Number exclusiveMaximumLimit, Number multipleOf) {
            this.integer = integer;
            this.required = required;
            this.minimum = Limit.of(minimum);
            this.exclusiveMinimum = exclusiveMinimum;
            this.exclusiveMinimumLimit = Limit.of(exclusiveMinimumLimit);
            this.maximum = Limit.of(maximum);
            this.exclusiveMaximum = exclusiveMaximum;
            this.exclusiveMaximumLimit = Limit.of(exclusiveMaximumLimit);
            this.multipleOf = multipleOf == null ? null : Limit.asBigDecimal(multipleOf);
        }

        @Override
        boolean test(JsonNode value) {
            if (integer ? !value.isIntegralNumber() : !value.isNumber()) {
                return !required;
            }
            if (minimum != null) {
                int comparison = minimum.compareSubject(value);
                if (exclusiveMinimum ? comparison <= 0 : comparison < 0) {
                    return false;
                }
            }
            if (exclusiveMinimumLimit != null && exclusiveMinimumLimit.compareSubject(value) <= 0) {
                return false;
            }
            if (maximum != null) {
                int comparison = -maximum.compareSubject(value);
                if (exclusiveMaximum ? comparison <= 0 : comparison < 0) {
                    return false;
                }
            }
            if (exclusiveMaximumLimit != null && exclusiveMaximumLimit.compareSubject(value) >= 0) {
                return false;
            }
            return multipleOf == null
                    || Limit.subject(value).remainder(multipleOf).compareTo(BigDecimal.ZERO) == 0;
        }
    }

    /** A number limit of a schema, as {@code NumberComparator.getAsBigDecimal} sees it. */
    static final class Limit {
        private final BigDecimal value;
        private final boolean fitsLong;
        private final long longValue;

        private Limit(BigDecimal value) {
            this.value = value;
            long exact = 0;
            boolean fits;
            try {
                exact = value.longValueExact();
                fits = true;
            } catch (ArithmeticException notAnExactLong) {
                fits = false;
            }
            this.fitsLong = fits;
            this.longValue = exact;
        }

        static Limit of(Number number) {
            return number == null ? null : new Limit(asBigDecimal(number));
        }

        /** {@code NumberComparator.getAsBigDecimal}, which is not public. */
        static BigDecimal asBigDecimal(Number number) {
            if (number instanceof BigDecimal decimal) {
                return decimal;
            }
            if (number instanceof java.math.BigInteger integer) {
                return new BigDecimal(integer);
            }
            if (number instanceof Integer || number instanceof Long) {
                return new BigDecimal(number.longValue());
            }
            return BigDecimal.valueOf(number.doubleValue());
        }

        /** The subject as everit's comparator sees the value {@code toOrgJson} made of it. */
        static BigDecimal subject(JsonNode value) {
            if (value.isIntegralNumber()) {
                return value.isBigInteger() ? new BigDecimal(value.bigIntegerValue()) : BigDecimal.valueOf(value.longValue());
            }
            return value.decimalValue();
        }

        /** {@code compare(subject, limit)}: negative when the subject is smaller. */
        int compareSubject(JsonNode value) {
            if (fitsLong && (value.isInt() || value.isLong())) {
                return Long.compare(value.longValue(), longValue);
            }
            return subject(value).compareTo(this.value);
        }
    }

    /**
     * {@code ArraySchema}: {@code ArraySchemaValidatingVisitor}. Unique items compare with
     * {@code ObjectComparator.deepEquals} on the org.json values, as everit does.
     */
    static final class Arr extends Check {
        private final boolean required;
        private final int minItems;
        private final int maxItems;
        private final boolean uniqueItems;
        private final Check allItems;
        private final Check[] tuple;
        private final boolean additionalItems;
        private final Check schemaOfAdditionalItems;
        private final Check contains;

        Arr(boolean required, Integer minItems, Integer maxItems, boolean uniqueItems, Check allItems, Check[] tuple,
                boolean additionalItems, Check schemaOfAdditionalItems, Check contains) {
            this.required = required;
            this.minItems = minItems == null ? -1 : minItems;
            this.maxItems = maxItems == null ? -1 : maxItems;
            this.uniqueItems = uniqueItems;
            this.allItems = allItems;
            this.tuple = tuple;
            this.additionalItems = additionalItems;
            this.schemaOfAdditionalItems = schemaOfAdditionalItems;
            this.contains = contains;
        }

        @Override
        boolean test(JsonNode value) {
            if (!value.isArray()) {
                return !required;
            }
            int size = value.size();
            if (size < minItems || (maxItems >= 0 && size > maxItems)) {
                return false;
            }
            if (uniqueItems && size > 1 && !unique(value)) {
                return false;
            }
            if (allItems != null) {
                for (int i = 0; i < size; i++) {
                    if (!allItems.test(value.get(i))) {
                        return false;
                    }
                }
            }
            if (tuple != null) {
                if (!additionalItems && size > tuple.length) {
                    return false;
                }
                int common = Math.min(size, tuple.length);
                for (int i = 0; i < common; i++) {
                    if (!tuple[i].test(value.get(i))) {
                        return false;
                    }
                }
                if (schemaOfAdditionalItems != null) {
                    for (int i = common; i < size; i++) {
                        if (!schemaOfAdditionalItems.test(value.get(i))) {
                            return false;
                        }
                    }
                }
            }
            if (contains != null) {
                for (int i = 0; i < size; i++) {
                    if (contains.test(value.get(i))) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }

        private static boolean unique(JsonNode value) {
            JSONArray items = (JSONArray) JsonBodies.toOrgJson(value);
            for (int i = 1; i < items.length(); i++) {
                for (int j = 0; j < i; j++) {
                    if (ObjectComparator.deepEquals(items.get(j), items.get(i))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * {@code ObjectSchema}: {@code ObjectSchemaValidatingVisitor} (defaults are not injected: the
     * loader's {@code useDefaults} is off). Decisive properties (const, enum) are tested first, so
     * that the wrong branch of a {@code oneOf} is left at its discriminator; then one pass over the
     * members finds each one's property schema (a linear scan for small schemas), the pattern
     * properties it matches, or the rule for additional properties.
     */
    static final class Obj extends Check {
        private final boolean required;
        private final String[] names;
        private final Check[] checks;
        /** Set once by {@link #markDecisive}, before the checker is published. */
        private boolean[] decisiveFlags;
        private int[] decisiveIndexes;
        private final Map<String, Integer> index;
        private final String[] requiredNames;
        private final long requiredMask;
        private final String[] requiredUndeclared;
        private final Check propertyNames;
        private final int minProperties;
        private final int maxProperties;
        private final Map<String, Set<String>> propertyDependencies;
        private final Regexp[] patterns;
        private final Check[] patternChecks;
        private final boolean additionalProperties;
        private final Check schemaOfAdditionalProperties;
        private final String[] schemaDependencyNames;
        private final Check[] schemaDependencies;

        Obj(boolean required, String[] names, Check[] checks, List<String> requiredNames, Check propertyNames,
                Integer minProperties, Integer maxProperties, Map<String, Set<String>> propertyDependencies,
                Regexp[] patterns, Check[] patternChecks, boolean additionalProperties,
                Check schemaOfAdditionalProperties, String[] schemaDependencyNames, Check[] schemaDependencies) {
            this.required = required;
            this.names = names;
            this.checks = checks;
            this.index = names.length > 32 ? new HashMap<>() : null;
            if (index != null) {
                for (int i = 0; i < names.length; i++) {
                    index.put(names[i], i);
                }
            }
            long mask = 0;
            List<String> undeclared = new java.util.ArrayList<>();
            for (String name : requiredNames) {
                int at = indexOf(name);
                if (at >= 0 && at < 64) {
                    mask |= 1L << at;
                } else {
                    undeclared.add(name);
                }
            }
            this.requiredNames = requiredNames.toArray(new String[0]);
            this.requiredMask = names.length <= 64 ? mask : 0;
            this.requiredUndeclared = names.length <= 64 ? undeclared.toArray(new String[0]) : this.requiredNames;
            this.propertyNames = propertyNames;
            this.minProperties = minProperties == null ? -1 : minProperties;
            this.maxProperties = maxProperties == null ? -1 : maxProperties;
            this.propertyDependencies = propertyDependencies;
            this.patterns = patterns;
            this.patternChecks = patternChecks;
            this.additionalProperties = additionalProperties;
            this.schemaOfAdditionalProperties = schemaOfAdditionalProperties;
            this.schemaDependencyNames = schemaDependencyNames;
            this.schemaDependencies = schemaDependencies;
            this.decisiveFlags = new boolean[names.length];
            this.decisiveIndexes = new int[0];
        }

        /** The property checks, in schema order. */
        Check[] checks() {
            return checks;
        }

        /** The declared property names, in schema order. */
        String[] names() {
            return names;
        }

        /** Whether a non-object fails ({@code type: object}). */
        boolean requiresObject() {
            return required;
        }

        /** The check of a declared property, or {@code null}. */
        Check property(String name) {
            int at = indexOf(name.intern());
            return at < 0 ? null : checks[at];
        }

        /** Whether {@code name} is in {@code required}. */
        boolean requires(String name) {
            for (String requiredName : requiredNames) {
                if (requiredName.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Marks the properties to test first (once the references are linked, before publishing). */
        void markDecisive(boolean[] flags) {
            int count = 0;
            for (boolean flag : flags) {
                count += flag ? 1 : 0;
            }
            int[] indexes = new int[count];
            for (int i = 0, j = 0; i < flags.length; i++) {
                if (flags[i]) {
                    indexes[j++] = i;
                }
            }
            this.decisiveFlags = flags;
            this.decisiveIndexes = indexes;
        }

        private int indexOf(String name) {
            if (index != null) {
                Integer at = index.get(name);
                return at == null ? -1 : at;
            }
            // Jackson interns member names and the compiler interned these: identity finds the usual hit
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        boolean test(JsonNode value) {
            if (!value.isObject()) {
                return !required;
            }
            for (int at : decisiveIndexes) {
                JsonNode member = value.get(names[at]);
                if (member != null && !checks[at].test(member)) {
                    return false;
                }
            }
            int size = value.size();
            if (size < minProperties || (maxProperties >= 0 && size > maxProperties)) {
                return false;
            }
            long seen = 0;
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                String name = member.getKey();
                JsonNode memberValue = member.getValue();
                int at = indexOf(name);
                if (at >= 0) {
                    if (at < 64) {
                        seen |= 1L << at;
                    }
                    if (!decisiveFlags[at] && !checks[at].test(memberValue)) {
                        return false;
                    }
                }
                boolean matchedPattern = false;
                for (int p = 0; p < patterns.length; p++) {
                    if (!patterns[p].patternMatchingFailure(name).isPresent()) {
                        matchedPattern = true;
                        if (!patternChecks[p].test(memberValue)) {
                            return false;
                        }
                    }
                }
                if (at < 0 && !matchedPattern) {
                    if (!additionalProperties) {
                        return false;
                    }
                    if (schemaOfAdditionalProperties != null && !schemaOfAdditionalProperties.test(memberValue)) {
                        return false;
                    }
                }
                if (propertyNames != null && !propertyNames.test(TextNode.valueOf(name))) {
                    return false;
                }
            }
            if ((seen & requiredMask) != requiredMask) {
                return false;
            }
            for (String name : requiredUndeclared) {
                if (!value.has(name)) {
                    return false;
                }
            }
            if (!propertyDependencies.isEmpty()) {
                for (Map.Entry<String, Set<String>> dependency : propertyDependencies.entrySet()) {
                    if (value.has(dependency.getKey())) {
                        for (String needed : dependency.getValue()) {
                            if (!value.has(needed)) {
                                return false;
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < schemaDependencyNames.length; i++) {
                if (value.has(schemaDependencyNames[i]) && !schemaDependencies[i].test(value)) {
                    return false;
                }
            }
            return true;
        }
    }
}
