package dev.jsoncontract.contract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads schema documents once each and resolves {@code $ref}s between them.
 *
 * <p>A reference resolves against the referring document's {@code $id} when that names a document
 * already read, and otherwise against the location the document was read from, so that
 * {@code "$ref": "common.json#/definitions/Id"} finds the file beside the schema even when the
 * schema declares an {@code https} {@code $id}. Fragments are JSON Pointers; plain-name fragments
 * are refused with a clear message.
 */
public final class SchemaRegistry {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path baseDirectory;
    private final Map<URI, SchemaFile> byLocation = new LinkedHashMap<>();
    private final Map<URI, SchemaFile> byId = new HashMap<>();

    /**
     * @param baseDirectory file names in messages are relative to this folder; may be {@code null}
     */
    public SchemaRegistry(Path baseDirectory) {
        this.baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    }

    /** Every document read so far, in the order they were first read. */
    public List<SchemaFile> files() {
        return List.copyOf(byLocation.values());
    }

    /** Reads the document at {@code location} (a {@code file:} or {@code jar:} URI), once. */
    public SchemaFile load(URI location) throws ContractException {
        URI key = normalize(location);
        SchemaFile known = byLocation.get(key);
        if (known != null) {
            return known;
        }
        String name = displayName(key);
        JsonNode root;
        try (InputStream in = key.toURL().openStream()) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ContractException(name, "", "is not valid JSON" + where + ": "
                    + e.getOriginalMessage() + ". Fix the JSON syntax of the schema.", e);
        } catch (IOException e) {
            throw new ContractException(name, "", "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that the schema file exists and is readable.", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ContractException(name, "", "is empty. A schema file must hold one JSON object.");
        }
        if (!root.isObject() && !root.isBoolean()) {
            throw new ContractException(name, "", "must hold a JSON object (a schema), not "
                    + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        URI id = null;
        JsonNode idNode = root.get("$id");
        if (idNode != null && idNode.isTextual()) {
            try {
                id = stripFragment(new URI(idNode.asText()));
            } catch (URISyntaxException e) {
                throw new ContractException(name, "/$id", "is not a valid URI: " + e.getMessage(), e);
            }
        }
        SchemaFile file = new SchemaFile(name, key, id, root);
        byLocation.put(key, file);
        if (id != null && id.isAbsolute()) {
            byId.putIfAbsent(id, file);
        }
        return file;
    }

    /**
     * Resolves a {@code $ref}.
     *
     * @param from the node holding the {@code $ref} keyword
     * @return the referenced node, with its own file and pointer
     */
    public SchemaNode resolve(SchemaNode from) throws ContractException {
        JsonNode refNode = from.node().get("$ref");
        SchemaNode refAt = from.child("$ref");
        if (refNode == null || !refNode.isTextual()) {
            throw (refAt == null ? from : refAt).error("$ref must be a string holding a URI reference.");
        }
        String ref = refNode.asText();
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            throw refAt.error("\"" + ref + "\" is not a valid URI reference: " + e.getMessage());
        }
        SchemaFile target = from.file();
        String documentPart = uri.getRawSchemeSpecificPart();
        if (uri.isAbsolute() || (documentPart != null && !documentPart.isEmpty())) {
            target = document(from.file(), stripFragment(uri), refAt, ref);
        }
        String fragment = uri.getFragment() == null ? "" : uri.getFragment();
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw refAt.error("\"" + ref + "\" uses a plain-name fragment; jsoncontract resolves JSON"
                    + " Pointer fragments only. Write it as \"#/definitions/...\".");
        }
        SchemaNode node = SchemaNode.root(target);
        for (String token : tokens(fragment)) {
            SchemaNode next = node.node().isArray() && token.matches("\\d+")
                    ? node.child(Integer.parseInt(token))
                    : node.child(token);
            if (next == null) {
                throw refAt.error("\"" + ref + "\" points at nothing: " + target.displayName() + " has no "
                        + (fragment.isEmpty() ? "root" : fragment) + ". Check the name in the reference.");
            }
            node = next;
        }
        return node;
    }

    private SchemaFile document(SchemaFile from, URI documentUri, SchemaNode refAt, String ref)
            throws ContractException {
        if (from.id() != null && from.id().isAbsolute()) {
            SchemaFile byIdentifier = byId.get(normalize(from.id().resolve(documentUri)));
            if (byIdentifier != null) {
                return byIdentifier;
            }
        }
        if (documentUri.isAbsolute()) {
            SchemaFile byIdentifier = byId.get(normalize(documentUri));
            if (byIdentifier != null) {
                return byIdentifier;
            }
            String scheme = documentUri.getScheme();
            if (!"file".equals(scheme) && !"jar".equals(scheme)) {
                throw refAt.error("\"" + ref + "\" refers to a remote document; jsoncontract reads schemas"
                        + " from files only. Save it beside the schema and refer to it by a relative path.");
            }
            return load(documentUri);
        }
        URI location;
        try {
            location = new URL(from.location().toURL(), documentUri.toString()).toURI();
        } catch (MalformedURLException | URISyntaxException e) {
            throw refAt.error("\"" + ref + "\" cannot be resolved against " + from.displayName() + ": "
                    + e.getMessage());
        }
        try {
            return load(location);
        } catch (ContractException e) {
            throw new ContractException(refAt.file().displayName(), refAt.pointer(),
                    "\"" + ref + "\" refers to " + e.file() + ", which " + e.problem(), e);
        }
    }

    private static List<String> tokens(String fragment) {
        List<String> tokens = new ArrayList<>();
        if (fragment.isEmpty()) {
            return tokens;
        }
        for (String raw : fragment.substring(1).split("/", -1)) {
            tokens.add(SchemaNode.unescape(raw));
        }
        return tokens;
    }

    private String displayName(URI location) {
        String text = location.toString();
        String marker = ContractLoader.BUNDLED_RESOURCE_FOLDER;
        int at = text.indexOf(marker);
        if (at >= 0) {
            return "bundled:" + text.substring(at + marker.length());
        }
        if ("file".equals(location.getScheme())) {
            Path path = Path.of(location).toAbsolutePath().normalize();
            if (baseDirectory != null && path.startsWith(baseDirectory)) {
                return baseDirectory.relativize(path).toString().replace('\\', '/');
            }
            return path.toString();
        }
        return text;
    }

    private static URI normalize(URI uri) {
        return "jar".equals(uri.getScheme()) ? uri : uri.normalize();
    }

    private static URI stripFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }
}
