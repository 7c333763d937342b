package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns everit's schema locations (absolute URIs with a JSON Pointer fragment) back into the
 * contract's places: {@code call.schema.json#/properties/call_status}, and the raw schema node.
 */
final class SchemaLocations {

    private final SchemaRegistry registry;
    private final SchemaFile root;
    /** Locations seen so far; every body visits the same few schemas. */
    private final Map<String, Optional<SchemaNode>> nodes = new ConcurrentHashMap<>();

    SchemaLocations(SchemaRegistry registry, SchemaFile root) {
        this.registry = registry;
        this.root = root;
    }

    /** The contract place of an everit location, or {@code ""} when there is none. */
    String display(String everitLocation) {
        SchemaNode node = node(everitLocation);
        if (node != null) {
            return node.location();
        }
        return everitLocation == null ? "" : everitLocation;
    }

    /** The raw schema node at an everit location, or {@code null}. */
    SchemaNode node(String everitLocation) {
        if (everitLocation == null || everitLocation.isEmpty()) {
            return null;
        }
        // a plain get first: a hit takes no lock, and parallel workers hit all the time
        Optional<SchemaNode> known = nodes.get(everitLocation);
        if (known == null) {
            known = nodes.computeIfAbsent(everitLocation, location -> Optional.ofNullable(find(location)));
        }
        return known.orElse(null);
    }

    private SchemaNode find(String everitLocation) {
        // everit writes pattern property names into the fragment as they are ("#/patternProperties/^x-"),
        // which is not a valid URI: the document and the fragment are taken apart by hand
        int hash = everitLocation.indexOf('#');
        String documentPart = hash < 0 ? everitLocation : everitLocation.substring(0, hash);
        String fragment = hash < 0 ? "" : fragment(everitLocation.substring(hash + 1));
        SchemaFile file = null;
        String document;
        try {
            document = documentPart.isEmpty() ? "" : ContractSchemaClient.key(new URI(documentPart));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        if (document.isEmpty()) {
            file = root;
        } else {
            synchronized (registry) {
                for (SchemaFile candidate : registry.files()) {
                    if (document.equals(ContractSchemaClient.key(candidate.location()))
                            || (candidate.id() != null && document.equals(ContractSchemaClient.key(candidate.id())))) {
                        file = candidate;
                        break;
                    }
                }
            }
        }
        if (file == null) {
            return null;
        }
        JsonNode node = fragment.isEmpty() ? file.root() : file.root().at(fragment);
        if (node == null || node.isMissingNode()) {
            return null;
        }
        return new SchemaNode(file, fragment, node);
    }

    /** A fragment as a JSON Pointer: percent-escapes decoded when it is a valid URI fragment, else as written. */
    private static String fragment(String raw) {
        try {
            String decoded = URI.create("#" + raw).getFragment();
            return decoded == null ? raw : decoded;
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
