package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaNode;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema every recording is held to when the contract describes no operation (plain schema
 * mode): the contract's one root schema, or the subschema {@code jsoncontract.schemaPointer}
 * names. In a folder, the root schemas are the files no other file of the folder refers to.
 */
final class PlainSchema {

    /** How many nodes of a document are searched for {@code $ref}s: bounds a huge or hostile schema. */
    private static final int MAX_NODES = 1_000_000;

    private PlainSchema() {
    }

    /**
     * @param contract the loaded contract
     * @param pointer {@code jsoncontract.schemaPointer}: {@code /definitions/Order}, {@code file.json},
     *     {@code file.json#/definitions/Order}; {@code null} for the one root schema
     * @throws VerifyException when the pointer names nothing, or there are several roots and no pointer
     */
    static SchemaNode select(Contract contract, String pointer) throws VerifyException {
        if (pointer == null) {
            List<SchemaFile> roots = roots(contract);
            if (roots.size() == 1) {
                return SchemaNode.root(roots.get(0));
            }
            throw new VerifyException("The contract has " + roots.size() + " root schemas and no operation, so verify"
                    + " does not know which one the recordings must match: " + names(roots) + ". Pick one with"
                    + " -Djsoncontract.schemaPointer=<file> (e.g. " + roots.get(0).displayName() + "), or a part of"
                    + " one with <file>#<JSON Pointer> (e.g. " + roots.get(0).displayName() + "#/definitions/...).");
        }
        int hash = pointer.indexOf('#');
        String fileName = hash < 0 ? (pointer.startsWith("/") ? "" : pointer) : pointer.substring(0, hash);
        String jsonPointer = hash < 0 ? (pointer.startsWith("/") ? pointer : "") : pointer.substring(hash + 1);
        SchemaFile file;
        if (fileName.isEmpty()) {
            List<SchemaFile> roots = roots(contract);
            if (roots.size() != 1) {
                throw new VerifyException("jsoncontract.schemaPointer " + pointer + " names no file and the contract has "
                        + roots.size() + " root schemas (" + names(roots) + "). Name the file too: <file>#" + jsonPointer
                        + " (e.g. " + roots.get(0).displayName() + "#" + jsonPointer + ").");
            }
            file = roots.get(0);
        } else {
            file = contract.roots().stream().filter(f -> f.displayName().equals(fileName)).findFirst()
                    .orElseThrow(() -> new VerifyException("jsoncontract.schemaPointer " + pointer + " names the file "
                            + fileName + ", which is not one of the contract's schema files (" + names(contract.roots())
                            + ")."));
        }
        if (!jsonPointer.isEmpty() && !jsonPointer.startsWith("/")) {
            throw new VerifyException("jsoncontract.schemaPointer " + pointer + ": \"" + jsonPointer + "\" is not a JSON"
                    + " Pointer; write it as /definitions/Order.");
        }
        JsonNode node = jsonPointer.isEmpty() ? file.root() : file.root().at(jsonPointer);
        if (node == null || node.isMissingNode() || !(node.isObject() || node.isBoolean())) {
            throw new VerifyException("jsoncontract.schemaPointer " + pointer + " points at no schema in "
                    + file.displayName() + ". Check the JSON Pointer (such as /definitions/Order).");
        }
        return new SchemaNode(file, jsonPointer, node);
    }

    /** The contract's files that no other of its files refers to, in the contract's order. */
    static List<SchemaFile> roots(Contract contract) {
        List<SchemaFile> files = contract.roots();
        if (files.size() == 1) {
            return files;
        }
        Set<String> referred = new HashSet<>();
        for (SchemaFile file : files) {
            for (URI target : references(file)) {
                referred.add(ContractSchemaClient.key(target));
            }
        }
        List<SchemaFile> roots = new ArrayList<>();
        for (SchemaFile file : files) {
            boolean isReferred = referred.contains(ContractSchemaClient.key(file.location()))
                    || (file.id() != null && file.id().isAbsolute() && referred.contains(ContractSchemaClient.key(file.id())));
            if (!isReferred) {
                roots.add(file);
            }
        }
        // every file referred to by another (a cycle): all are roots, the user picks one
        return roots.isEmpty() ? files : roots;
    }

    /** The documents one file's {@code $ref}s point at, other than itself, resolved against its location and its {@code $id}. */
    private static List<URI> references(SchemaFile file) {
        List<URI> targets = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(file.root());
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = pending.removeFirst();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual() && !ref.textValue().startsWith("#")) {
                    addResolved(targets, file, ref.textValue());
                }
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    pending.add(member.getValue());
                }
            } else if (node.isArray()) {
                node.forEach(pending::add);
            }
        }
        return targets;
    }

    private static void addResolved(List<URI> targets, SchemaFile file, String ref) {
        try {
            URI relative = new URI(ref);
            targets.add(ContractSchemaClient.stripFragment(file.location().resolve(relative)));
            if (file.id() != null && file.id().isAbsolute() && !file.id().isOpaque()) {
                targets.add(ContractSchemaClient.stripFragment(file.id().resolve(relative)));
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            // not a reference verify can follow either: loading the schema reports it
        }
    }

    private static String names(List<SchemaFile> files) {
        return String.join(", ", files.stream().map(SchemaFile::displayName).toList());
    }
}
