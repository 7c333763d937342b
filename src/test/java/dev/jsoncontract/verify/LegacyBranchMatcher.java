package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.verify.accept.FastAccept;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Whether a value matches one branch of a schema (an {@code anyOf}/{@code oneOf} branch, an
 * {@code if}), for the drift walk: a branch that requires another type than the value's does not
 * match; otherwise the branch's compiled fast path decides "matches", and everit decides when the
 * fast path cannot prove it. Thread-safe; each branch is compiled once.
 */
final class LegacyBranchMatcher {

    private final Map<IdentityKey, FastAccept> compiled = new ConcurrentHashMap<>();

    /**
     * @param orgJson holds the value's org.json copy once made ({@code orgJson[0]}), so that the
     *     branches of one value share it
     */
    boolean matches(Schema branch, JsonNode value, Object[] orgJson) {
        if (certainlyFails(branch, value, 8)) {
            return false;
        }
        IdentityKey key = new IdentityKey(branch);
        FastAccept fast = compiled.get(key);
        if (fast == null) {
            fast = compiled.computeIfAbsent(key, k -> FastAccept.compile(branch));
        }
        if (fast.accepts(value)) {
            return true;
        }
        try {
            if (orgJson[0] == null) {
                orgJson[0] = JsonBodies.toOrgJson(value);
            }
            branch.validate(orgJson[0]);
            return true;
        } catch (ValidationException e) {
            return false;
        } catch (PatternBudget.Exceeded e) {
            // a pattern too costly for this value: the body's finding says so, as for everit's own check
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // everit reports the same problem as a violation of the body; here it just does not match
            return false;
        }
    }

    /**
     * Whether everit certainly rejects the value, judged cheaply and without exceptions: it lacks
     * the type the schema requires, or a property the schema requires, or fails such a test in one
     * part of an {@code allOf}. {@code false} means "maybe".
     */
    static boolean certainlyFails(Schema branch, JsonNode value, int depth) {
        Schema schema = Discriminator.unwrap(branch);
        if (depth > 0 && schema instanceof org.everit.json.schema.CombinedSchema combined
                && combined.getCriterion() == org.everit.json.schema.CombinedSchema.ALL_CRITERION) {
            for (Schema part : combined.getSubschemas()) {
                if (certainlyFails(part, value, depth - 1)) {
                    return true;
                }
            }
            return false;
        }
        if (schema instanceof ObjectSchema object) {
            if (!value.isObject()) {
                return object.requiresObject();
            }
            for (String required : object.getRequiredProperties()) {
                if (!value.has(required)) {
                    return true;
                }
            }
            return false;
        }
        if (schema instanceof ArraySchema array) {
            return array.requiresArray() && !value.isArray();
        }
        if (schema instanceof StringSchema string) {
            return string.requireString() && !value.isTextual();
        }
        if (schema instanceof NumberSchema number) {
            return number.requiresInteger() ? !value.isIntegralNumber()
                    : number.isRequiresNumber() && !value.isNumber();
        }
        if (schema instanceof BooleanSchema) {
            return !value.isBoolean();
        }
        if (schema instanceof NullSchema) {
            return !value.isNull();
        }
        return false;
    }
}
