package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.everit.json.schema.SchemaException;

/**
 * Turns what everit throws while loading a schema into a message that names the place in the
 * contract ({@code file#pointer}, never an absolute path) and says what to do.
 */
final class SchemaProblems {

    /** How many nodes of the contract's documents are searched for the culprit. */
    private static final int MAX_NODES = 1_000_000;

    /** Keywords whose value everit requires to be a string and that carry no meaning for validation. */
    private static final List<String> ANNOTATIONS = List.of("title", "description", "$comment");

    private SchemaProblems() {
    }

    /** everit refused the schema: the place it names, as the contract names it, and its problem. */
    static ContractException invalid(SchemaRegistry registry, SchemaNode node, SchemaException e) {
        String everitLocation = e.getSchemaLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (everitLocation != null && message.startsWith(everitLocation + ": ")) {
            message = message.substring(everitLocation.length() + 2);
        }
        SchemaNode place = everitLocation == null ? null
                : new SchemaLocations(registry, node.file()).node(everitLocation);
        if (place == null) {
            return new ContractException(node.file().displayName(), node.pointer(),
                    "is not a valid draft-07 schema: " + message + ". Fix the schema.", e);
        }
        String key = place.pointer().substring(place.pointer().lastIndexOf('/') + 1);
        if (place.node().isNull() && ANNOTATIONS.contains(key)) {
            return new ContractException(place.file().displayName(), place.pointer(), "is null, and a " + key
                    + " must be a string. Remove it, or give it a text.", e);
        }
        return new ContractException(place.file().displayName(), place.pointer(),
                "is not a valid draft-07 schema: " + message + ". Fix the schema there.", e);
    }

    /**
     * everit failed in another way: a {@code pattern} that is not a valid regular expression is
     * looked up in the contract's documents and named; anything else is reported against the schema
     * being loaded. (A {@code $ref} that is no valid URI reference is the registry's to report: it
     * resolves every reference before everit reads a document.)
     */
    static ContractException unloadable(SchemaRegistry registry, SchemaNode node, RuntimeException e) {
        List<SchemaFile> files;
        synchronized (registry) {
            files = registry.files().stream().sorted(Comparator.comparing(SchemaFile::displayName)).toList();
        }
        for (SchemaFile file : files) {
            ContractException found = culprit(file);
            if (found != null) {
                return new ContractException(found.file(), found.pointer(), found.problem(), e);
            }
        }
        return new ContractException(node.file().displayName(), node.pointer(), "cannot be loaded by the validator ("
                + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + "). Fix the schema.", e);
    }

    /** The first invalid {@code pattern} of a document, or {@code null}. */
    private static ContractException culprit(SchemaFile file) {
        Deque<SchemaNode> pending = new ArrayDeque<>();
        pending.add(SchemaNode.root(file));
        for (int visited = 0; !pending.isEmpty() && visited < MAX_NODES; visited++) {
            SchemaNode at = pending.removeFirst();
            JsonNode node = at.node();
            if (node.isObject()) {
                JsonNode pattern = node.get("pattern");
                if (pattern != null && pattern.isTextual() && !compiles(pattern.textValue())) {
                    return at.child("pattern").error(regexProblem(pattern.textValue()));
                }
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    pending.add(at.child(member.getKey()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.add(at.child(i));
                }
            }
        }
        return null;
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static String regexProblem(String regex) {
        try {
            Pattern.compile(regex);
            return "is not a valid regular expression. Fix the pattern.";
        } catch (PatternSyntaxException e) {
            return "\"" + regex + "\" is not a valid regular expression (" + e.getDescription() + " near index "
                    + e.getIndex() + "). Fix the pattern.";
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
