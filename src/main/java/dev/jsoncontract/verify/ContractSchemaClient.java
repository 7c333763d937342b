package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Draft;
import dev.jsoncontract.contract.SchemaFile;
import dev.jsoncontract.contract.SchemaKeywords;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.loader.SchemaClient;

/**
 * Serves everit the schema documents of the contract's {@link SchemaRegistry}, resolved by the
 * registry, so that {@code verify} follows every {@code $ref} exactly as {@code generate} does and
 * everit never resolves one itself, nor reads the network.
 *
 * <p>Each document is served as a copy in which every {@code $ref} names its target by the
 * location the target was read from and its JSON Pointer there ({@code file:/.../common/user.json#/definitions/Id}),
 * as the registry resolved it, and the {@code $id}s that would make everit resolve differently are
 * removed; a draft-04 document is written in draft-07's words (boolean {@code exclusiveMaximum}
 * becomes a number). Pointers are unchanged, so every location everit reports names the place in
 * the user's file. A reference the registry cannot resolve is served as a private URI that fails,
 * when everit reaches it, with the registry's message (a reference nothing reaches stays harmless).
 */
final class ContractSchemaClient implements SchemaClient {

    private static final String UNRESOLVED = "urn:jsoncontract:unresolved:";

    private final SchemaRegistry registry;
    private final Map<String, byte[]> served = new HashMap<>();
    private final List<ContractException> unresolved = new ArrayList<>();

    ContractSchemaClient(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** Thrown through everit when a document cannot be served; unwrapped by {@link ResponseSchema}. */
    static final class FetchException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The URI everit is given for a schema node: where its document was read, and its pointer. */
    static String reference(SchemaNode node) {
        return node.file().location().toString() + "#" + fragment(node.pointer());
    }

    @Override
    public synchronized InputStream get(String url) {
        if (url.startsWith(UNRESOLVED)) {
            ContractException problem = unresolved.get(Integer.parseInt(url.substring(UNRESOLVED.length()).split("#")[0]));
            throw new FetchException(problem.getMessage(), problem);
        }
        URI uri;
        try {
            uri = stripFragment(new URI(url));
        } catch (URISyntaxException e) {
            throw new FetchException("the reference \"" + url + "\" is not a valid URI: " + e.getMessage(), e);
        }
        SchemaFile file = registry.file(uri);
        if (file == null) {
            throw new FetchException("jsoncontract did not read " + url + "; this is a bug in jsoncontract", null);
        }
        byte[] bytes = served.computeIfAbsent(file.location().toString(), k -> rewrite(file));
        return new ByteArrayInputStream(bytes);
    }

    private byte[] rewrite(SchemaFile file) {
        JsonNode copy = file.root().deepCopy();
        if (copy.isObject()) {
            Draft draft = file.draft();
            List<SchemaNode> pending = new ArrayList<>();
            pending.add(SchemaNode.root(file));
            while (!pending.isEmpty()) {
                SchemaNode original = pending.remove(pending.size() - 1);
                JsonNode target = copy.at(original.pointer());
                if (target instanceof ObjectNode schema) {
                    rewrite(original, schema, draft);
                }
                pending.addAll(SchemaKeywords.subschemas(original));
            }
            ((ObjectNode) copy).put("$schema", "http://json-schema.org/draft-07/schema#");
        }
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void rewrite(SchemaNode original, ObjectNode schema, Draft draft) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isTextual()) {
            try {
                schema.put("$ref", reference(registry.resolve(original)));
            } catch (ContractException e) {
                unresolved.add(e);
                schema.put("$ref", UNRESOLVED + (unresolved.size() - 1));
            }
        }
        JsonNode id = schema.get(draft.idKeyword());
        if (id != null && id.isTextual()) {
            schema.remove(draft.idKeyword());
        }
        if (draft == Draft.DRAFT_04) {
            for (String bound : List.of("Maximum", "Minimum")) {
                JsonNode exclusive = schema.get("exclusive" + bound);
                JsonNode limit = schema.get(bound.toLowerCase(java.util.Locale.ROOT));
                if (exclusive != null && exclusive.isBoolean()) {
                    schema.remove("exclusive" + bound);
                    if (exclusive.booleanValue() && limit != null && limit.isNumber()) {
                        schema.set("exclusive" + bound, limit);
                        schema.remove(bound.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
    }

    /** A JSON Pointer as a URI fragment: every character outside the unreserved set percent-encoded. */
    static String fragment(String pointer) {
        StringBuilder out = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A comparable form: file URIs in one spelling, no fragment. */
    static String key(URI uri) {
        URI bare = stripFragment(uri);
        if ("file".equalsIgnoreCase(bare.getScheme())) {
            try {
                return Path.of(bare).toAbsolutePath().normalize().toUri().toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return bare.toString();
            }
        }
        return bare.normalize().toString();
    }

    static URI stripFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
