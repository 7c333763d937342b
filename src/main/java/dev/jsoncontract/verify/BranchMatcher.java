package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.verify.accept.FastAccept;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/**
 * Whether a value matches one branch of a schema (an {@code anyOf}/{@code oneOf} branch, an
 * {@code if}), for the drift walk: the branch's compiled fast path first, everit when it cannot
 * prove it. Thread-safe; each branch is compiled once.
 */
final class BranchMatcher {

    private final Map<IdentityKey, FastAccept> compiled = new ConcurrentHashMap<>();

    boolean matches(Schema branch, JsonNode value) {
        IdentityKey key = new IdentityKey(branch);
        FastAccept fast = compiled.get(key);
        if (fast == null) {
            fast = compiled.computeIfAbsent(key, k -> FastAccept.compile(branch));
        }
        if (fast.accepts(value)) {
            return true;
        }
        try {
            branch.validate(JsonBodies.toOrgJson(value));
            return true;
        } catch (ValidationException e) {
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            // everit reports the same problem as a violation of the body; here it just does not match
            return false;
        }
    }
}
