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
final class BranchMatcher {

    private final Map<IdentityKey, FastAccept> compiled = new ConcurrentHashMap<>();

    /**
     * @param orgJson holds the value's org.json copy once made ({@code orgJson[0]}), so that the
     *     branches of one value share it
     */
    boolean matches(Schema branch, JsonNode value, Object[] orgJson) {
        if (wrongType(Discriminator.unwrap(branch), value)) {
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
        } catch (RuntimeException | StackOverflowError e) {
            // everit reports the same problem as a violation of the body; here it just does not match
            return false;
        }
    }

    /** Whether the schema requires a type the value does not have (everit's own type rules). */
    static boolean wrongType(Schema schema, JsonNode value) {
        if (schema instanceof ObjectSchema object) {
            return object.requiresObject() && !value.isObject();
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
