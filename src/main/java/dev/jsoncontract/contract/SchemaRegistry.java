package dev.jsoncontract.contract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads schema documents once each and resolves {@code $ref}s between them, the one resolver that
 * {@code generate}, {@code generate-tests} and {@code verify} share.
 *
 * <p>A document is registered under the location it was read from and under every {@code $id}
 * (draft-04: {@code id}) it declares, its root and its subschemas, with the anchors
 * ({@code "$id": "#name"}) they set. A {@code $ref} resolves as the specification says, against
 * the base URI the enclosing {@code $id}s set:
 * <ol>
 *   <li>among the registered documents and subschemas, by that URI;</li>
 *   <li>among the registered documents by their {@code $id}s as written, when those are relative
 *       (as ajv's {@code addSchema} keys them: {@code "$ref": "common/user.schema.json"} finds the
 *       document whose {@code $id} is {@code common/user.schema.json}, wherever it lies);</li>
 *   <li>as a path relative to the referring file;</li>
 *   <li>for a remote URL, in the folder a {@link SchemaMapping} gives for its prefix.</li>
 * </ol>
 * Nothing is ever fetched from the network. Fragments are JSON Pointers (relative to the
 * resource the URI names) or anchor names.
 */
public final class SchemaRegistry {

    /**
     * Where relative {@code $id}s live when no absolute base sets them: a private URI space in
     * which {@code "$id": "common/user.schema.json"} is {@code jsoncontract-relative:/common/user.schema.json}.
     */
    private static final URI RELATIVE_ROOT = URI.create("jsoncontract-relative:/");

    /** The largest schema document read (a bound on memory; SchemaStore's largest is a few MiB). */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2_000).maxDocumentLength(MAX_DOCUMENT_BYTES).build());
    }

    private final Path baseDirectory;
    private final List<SchemaMapping> mappings;
    private UnaryOperator<URI> remotes;
    private final Map<URI, SchemaFile> byLocation = new LinkedHashMap<>();
    /** Resources by absolute base URI (no fragment), and anchors by base URI plus fragment. */
    private final Map<URI, SchemaNode> resources = new HashMap<>();
    /** The same for the relative-{@code $id} space. */
    private final Map<URI, SchemaNode> relativeResources = new HashMap<>();
    /** Per document: the base URIs set at every pointer that declares an {@code $id}. */
    private final Map<SchemaFile, Map<String, Bases>> bases = new HashMap<>();

    /** The base URI of a place, in the specification's space and in the relative-{@code $id} space ({@code null}: none). */
    private record Bases(URI spec, URI relative) {
    }

    /**
     * @param baseDirectory file names in messages are relative to this folder; may be {@code null}
     */
    public SchemaRegistry(Path baseDirectory) {
        this(baseDirectory, List.of(), null);
    }

    /**
     * @param baseDirectory file names in messages are relative to this folder; may be {@code null}
     * @param mappings remote URL prefixes and the folders that stand for them
     * @param remotes for tests: maps a remote URI that no mapping covers to a location it may be read
     *     from, or returns {@code null} to refuse it; {@code null}: refuse all
     */
    public SchemaRegistry(Path baseDirectory, List<SchemaMapping> mappings, UnaryOperator<URI> remotes) {
        this.baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
        List<SchemaMapping> sorted = new ArrayList<>(mappings);
        sorted.sort(Comparator.comparingInt((SchemaMapping m) -> m.prefix().length()).reversed()
                .thenComparing(SchemaMapping::prefix));
        this.mappings = List.copyOf(sorted);
        this.remotes = remotes;
    }

    /**
     * For tests that serve remote documents (the JSON Schema Test Suite's {@code refRemote}): where
     * a remote URI that no mapping covers may be read; {@code null} refuses them all, as in
     * production.
     */
    public synchronized void remotes(UnaryOperator<URI> remotes) {
        this.remotes = remotes;
    }

    /** Every document read so far, in the order they were first read. */
    public synchronized List<SchemaFile> files() {
        return List.copyOf(byLocation.values());
    }

    /** The document read from {@code location}, or {@code null} when none was. */
    public synchronized SchemaFile file(URI location) {
        return byLocation.get(normalize(location));
    }

    /** Reads the document at {@code location} (a {@code file:} or {@code jar:} URI), once. */
    public synchronized SchemaFile load(URI location) throws ContractException {
        return load(location, null);
    }

    /**
     * Reads the document at {@code location} once; {@code retrieval}, when not {@code null}, is the
     * URI it stands for (a remote URL read from a mapped folder), its base URI unless its
     * {@code $id} sets another.
     */
    private SchemaFile load(URI location, URI retrieval) throws ContractException {
        URI key = normalize(location);
        SchemaFile known = byLocation.get(key);
        if (known != null) {
            return known;
        }
        String name = displayName(key);
        JsonNode root = parse(key, name);
        Draft draft = Draft.of(root);
        if (draft == Draft.UNSUPPORTED) {
            throw new ContractException(name, "/$schema", "declares " + root.get("$schema").asText() + ", a JSON"
                    + " Schema version jsoncontract does not read (its $ref, $defs and vocabularies differ)."
                    + " jsoncontract reads draft-04, draft-06 and draft-07: declare"
                    + " \"http://json-schema.org/draft-07/schema#\" if the schema keeps to draft-07.");
        }
        URI base = retrieval != null ? stripFragment(retrieval) : key;
        URI id = retrieval != null ? base : null;
        JsonNode idNode = root.isObject() ? root.get(draft.idKeyword()) : null;
        if (idNode != null && idNode.isTextual()) {
            URI declared = stripFragment(parseUri(name, "/" + draft.idKeyword(), idNode.asText()));
            id = declared.toString().isEmpty() ? id : base.resolve(declared);
        }
        SchemaFile file = new SchemaFile(name, key, id, root);
        byLocation.put(key, file);
        index(file, draft);
        return file;
    }

    private JsonNode parse(URI location, String name) throws ContractException {
        if ("file".equals(location.getScheme())) {
            requireReadableFile(Path.of(location), name);
        }
        JsonNode root;
        try (InputStream in = location.toURL().openStream()) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ContractException(name, "", "is not valid JSON" + where + ": "
                    + e.getOriginalMessage() + ". Fix the JSON syntax of the schema.", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ContractException(name, "", "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that the schema file exists and is readable.", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ContractException(name, "", "is empty. A schema file must hold one JSON object.");
        }
        if (!root.isObject() && !root.isBoolean()) {
            throw new ContractException(name, "", "must hold a JSON object (a schema), not "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT) + ".");
        }
        return root;
    }

    /**
     * Refuses what would block or exhaust memory before it is opened: a named pipe, a device or a
     * folder reached through a {@code $ref} (reading a pipe waits forever for a writer), and a
     * file larger than {@link #MAX_DOCUMENT_BYTES}.
     */
    private static void requireReadableFile(Path file, String name) throws ContractException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new ContractException(name, "", "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Check that the schema file exists and is readable.", e);
        }
        if (!attributes.isRegularFile()) {
            throw new ContractException(name, "", "is not a regular file but " + (attributes.isDirectory() ? "a folder"
                    : "a named pipe, socket or device") + ". A schema and every $ref must name a schema file.");
        }
        if (attributes.size() > MAX_DOCUMENT_BYTES) {
            throw new ContractException(name, "", "is " + attributes.size() / (1024 * 1024) + " MiB, more than the "
                    + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB a schema document may have. Check that it is"
                    + " the schema you mean (published schemas are well below 10 MiB).");
        }
    }

    // ---------------------------------------------------------------- indexing

    /** Registers the document's resources and anchors, walking every schema position once. */
    private void index(SchemaFile file, Draft draft) throws ContractException {
        Map<String, Bases> declared = new HashMap<>();
        bases.put(file, declared);
        URI spec = file.id() != null ? file.id() : file.location();
        URI relative = RELATIVE_ROOT;
        JsonNode rootId = file.root().isObject() ? file.root().get(draft.idKeyword()) : null;
        if (rootId != null && rootId.isTextual()) {
            URI written = parseUri(file.displayName(), "/" + draft.idKeyword(), rootId.asText());
            relative = written.isAbsolute() ? null : RELATIVE_ROOT.resolve(stripFragment(written));
        }
        Bases rootBases = new Bases(spec, relative);
        declared.put("", rootBases);
        register(resources, stripFragment(spec), SchemaNode.root(file));
        register(resources, file.location(), SchemaNode.root(file));
        if (relative != null && rootId != null) {
            register(relativeResources, relative, SchemaNode.root(file));
        }
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[] {SchemaNode.root(file), rootBases, Boolean.TRUE});
        while (!stack.isEmpty()) {
            Object[] entry = stack.remove(stack.size() - 1);
            SchemaNode node = (SchemaNode) entry[0];
            Bases at = (Bases) entry[1];
            boolean root = (Boolean) entry[2];
            if (!node.node().isObject()) {
                continue;
            }
            JsonNode id = node.node().get(draft.idKeyword());
            if (!root && id != null && id.isTextual() && !node.node().has("$ref")) {
                at = declare(file, node, at, id.asText(), draft, declared);
            } else if (root && id != null && id.isTextual()) {
                URI written = parseUri(file.displayName(), "/" + draft.idKeyword(), id.asText());
                anchor(node, at, written);
            }
            for (SchemaNode child : SchemaKeywords.subschemas(node)) {
                stack.add(new Object[] {child, at, Boolean.FALSE});
            }
        }
    }

    private Bases declare(SchemaFile file, SchemaNode node, Bases outer, String id, Draft draft,
            Map<String, Bases> declared) throws ContractException {
        URI written = parseUri(file.displayName(), node.pointer() + "/" + draft.idKeyword(), id);
        URI bare = stripFragment(written);
        if (bare.toString().isEmpty()) {
            anchor(node, outer, written);
            return outer;
        }
        URI spec = outer.spec().resolve(bare);
        URI relative = written.isAbsolute() || outer.relative() == null ? null : outer.relative().resolve(bare);
        Bases inner = new Bases(spec, relative);
        declared.put(node.pointer(), inner);
        register(resources, spec, node);
        if (relative != null) {
            register(relativeResources, relative, node);
        }
        anchor(node, inner, written);
        return inner;
    }

    /** {@code "$id": "#name"} (or a URI with a plain-name fragment) names the node. */
    private void anchor(SchemaNode node, Bases at, URI written) {
        String fragment = written.getFragment();
        if (fragment == null || fragment.isEmpty() || fragment.startsWith("/")) {
            return;
        }
        resources.putIfAbsent(withFragment(stripFragment(at.spec()), fragment), node);
        if (at.relative() != null) {
            relativeResources.putIfAbsent(withFragment(stripFragment(at.relative()), fragment), node);
        }
    }

    private static void register(Map<URI, SchemaNode> into, URI uri, SchemaNode node) throws ContractException {
        URI key = normalize(uri);
        SchemaNode earlier = into.putIfAbsent(key, node);
        if (earlier != null && !earlier.equals(node) && !earlier.file().equals(node.file())) {
            throw node.error("declares the $id " + displayId(key) + ", which " + earlier.location()
                    + " declares too. Give every schema its own $id, or remove one of the files from the schema folder.");
        }
    }

    private static String displayId(URI key) {
        String text = key.toString();
        return text.startsWith(RELATIVE_ROOT.toString()) ? text.substring(RELATIVE_ROOT.toString().length()) : text;
    }

    // ---------------------------------------------------------------- resolution

    /**
     * Resolves a {@code $ref}.
     *
     * @param from the node holding the {@code $ref} keyword
     * @return the referenced node, with its own file and pointer
     */
    public synchronized SchemaNode resolve(SchemaNode from) throws ContractException {
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
            throw refAt.error("\"" + ref + "\" is not a valid URI reference (" + e.getReason() + " at index "
                    + e.getIndex() + "). Percent-encode characters such as spaces and \"<\" (%20, %3C).");
        }
        Bases at = basesAt(from);
        String fragment = uri.getFragment() == null ? "" : uri.getFragment();
        URI document = stripFragment(uri);

        Map<URI, SchemaNode> space = resources;
        URI spec = stripFragment(document.toString().isEmpty() ? at.spec() : at.spec().resolve(document));
        SchemaNode resource = resources.get(normalize(spec));
        if (resource == null && at.relative() != null) {
            URI relative = stripFragment(document.toString().isEmpty() ? at.relative() : at.relative().resolve(document));
            resource = relativeResources.get(normalize(relative));
            space = relativeResources;
        }
        if (resource == null) {
            space = resources;
            resource = SchemaNode.root(document(from, document, spec, refAt, ref));
        }
        if (fragment.isEmpty()) {
            return resource;
        }
        if (!fragment.startsWith("/")) {
            SchemaNode anchored = resources.get(normalize(withFragment(spec, fragment)));
            if (anchored == null && at.relative() != null) {
                URI relative = stripFragment(document.toString().isEmpty() ? at.relative() : at.relative().resolve(document));
                anchored = relativeResources.get(normalize(withFragment(relative, fragment)));
            }
            if (anchored == null) {
                URI base = keyOf(space, resource);
                anchored = base == null ? null : space.get(withFragment(base, fragment));
            }
            if (anchored == null) {
                throw refAt.error("\"" + ref + "\" names the anchor \"" + fragment + "\", which no \"$id\": \"#"
                        + fragment + "\" in " + resource.file().displayName() + " declares. Check the name, or write"
                        + " the reference as a JSON Pointer (\"#/definitions/...\").");
            }
            return anchored;
        }
        return walk(resource, fragment, refAt, ref);
    }

    /** The spec-space base URI at a node, as its enclosing {@code $id}s set it. */
    public synchronized URI baseUri(SchemaNode node) {
        return basesAt(node).spec();
    }

    private Bases basesAt(SchemaNode node) {
        Map<String, Bases> declared = bases.get(node.file());
        if (declared == null) {
            URI spec = node.file().id() != null ? node.file().id() : node.file().location();
            return new Bases(spec, RELATIVE_ROOT);
        }
        String pointer = node.pointer();
        while (true) {
            Bases found = declared.get(pointer);
            if (found != null) {
                return found;
            }
            if (pointer.isEmpty()) {
                return new Bases(node.file().location(), RELATIVE_ROOT);
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    private static URI keyOf(Map<URI, SchemaNode> space, SchemaNode resource) {
        for (Map.Entry<URI, SchemaNode> entry : space.entrySet()) {
            if (entry.getValue().equals(resource) && entry.getKey().getFragment() == null) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static SchemaNode walk(SchemaNode resource, String fragment, SchemaNode refAt, String ref)
            throws ContractException {
        SchemaNode node = resource;
        for (String token : tokens(fragment)) {
            SchemaNode next = node.node().isArray() && token.matches("\\d{1,9}")
                    ? node.child(Integer.parseInt(token))
                    : node.child(token);
            if (next == null) {
                throw refAt.error("\"" + ref + "\" points at nothing: " + resource.file().displayName() + " has no "
                        + (resource.pointer().isEmpty() ? "" : resource.pointer()) + fragment
                        + ". Check the name in the reference.");
            }
            node = next;
        }
        return node;
    }

    /** The document a reference names that is not registered under its URI: beside the file, or mapped. */
    private SchemaFile document(SchemaNode from, URI document, URI spec, SchemaNode refAt, String ref)
            throws ContractException {
        if (document.toString().isEmpty()) {
            return from.file();
        }
        List<URI> candidates = new ArrayList<>();
        if (isLocal(spec)) {
            candidates.add(spec);
        }
        if (!document.isAbsolute()) {
            URI beside = from.file().location().resolve(document);
            if (!candidates.contains(beside)) {
                candidates.add(beside);
            }
        }
        for (URI candidate : candidates) {
            SchemaFile loaded = byLocation.get(normalize(candidate));
            if (loaded != null) {
                return loaded;
            }
            if (exists(candidate)) {
                return loadReferenced(candidate, refAt, ref);
            }
        }
        URI remote = document.isAbsolute() ? document : spec;
        if (!isLocal(remote)) {
            String text = remote.toString();
            List<Path> tried = new ArrayList<>();
            for (SchemaMapping mapping : mappings) {
                if (!text.startsWith(mapping.prefix())) {
                    continue;
                }
                String rest = text.substring(mapping.prefix().length());
                String last = rest.substring(rest.lastIndexOf('/') + 1);
                for (String name : last.contains(".") ? List.of(rest) : List.of(rest, rest + ".json")) {
                    Path local = mapping.directory().resolve(name).normalize();
                    if (!local.startsWith(mapping.directory().normalize())) {
                        continue;
                    }
                    if (Files.isRegularFile(local)) {
                        return loadReferenced(local.toUri(), remote, refAt, ref);
                    }
                    tried.add(local);
                }
            }
            if (!tried.isEmpty()) {
                throw refAt.error("\"" + ref + "\" refers to " + remote + ", which the schema mappings put at "
                        + tried.get(0) + (tried.size() > 1 ? " (or " + tried.subList(1, tried.size()) + ")" : "")
                        + ", but there is no such file. Save the schema there, or fix the mapping.");
            }
            URI mapped = remotes == null ? null : remotes.apply(remote);
            if (mapped != null) {
                return loadReferenced(mapped, remote, refAt, ref);
            }
            throw refAt.error("\"" + ref + "\" refers to the remote document " + remote + "; jsoncontract never"
                    + " fetches schemas from the network. Save it in a folder of the project and map the URL to it:"
                    + " <schemaMappings><schemaMapping><prefix>" + prefixOf(remote) + "</prefix><directory>"
                    + "${project.basedir}/src/main/jsonschema/...</directory></schemaMapping></schemaMappings>.");
        }
        throw refAt.error("\"" + ref + "\" refers to " + displayName(candidates.isEmpty() ? spec : candidates.get(candidates.size() - 1))
                + ", which does not exist" + (candidates.size() > 1 ? " (nor does " + displayName(candidates.get(0)) + ")" : "")
                + ", and no schema in the folder declares that $id. Check the path in the reference, or add the"
                + " schema to the schema folder.");
    }

    private SchemaFile loadReferenced(URI location, SchemaNode refAt, String ref) throws ContractException {
        return loadReferenced(location, null, refAt, ref);
    }

    private SchemaFile loadReferenced(URI location, URI retrieval, SchemaNode refAt, String ref) throws ContractException {
        try {
            return load(location, retrieval);
        } catch (ContractException e) {
            throw new ContractException(refAt.file().displayName(), refAt.pointer(),
                    "\"" + ref + "\" refers to " + e.file() + ", which " + e.problem(), e);
        }
    }

    private static String prefixOf(URI remote) {
        String text = remote.toString();
        int slash = text.lastIndexOf('/');
        return slash > text.indexOf("//") + 1 ? text.substring(0, slash + 1) : text;
    }

    private static boolean isLocal(URI uri) {
        String scheme = uri.getScheme();
        return "file".equalsIgnoreCase(scheme) || "jar".equalsIgnoreCase(scheme);
    }

    private static boolean exists(URI uri) {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            try {
                // a pipe or folder counts, so that loading it says what it is rather than "does not exist"
                return Files.exists(Path.of(uri));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return false;
            }
        }
        if ("jar".equalsIgnoreCase(uri.getScheme())) {
            try (InputStream in = uri.toURL().openStream()) {
                return in != null;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    private static URI parseUri(String file, String pointer, String text) throws ContractException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new ContractException(file, pointer, "\"" + text + "\" is not a valid URI (" + e.getReason()
                    + "). Percent-encode characters such as spaces (%20).", e);
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
        return "jar".equals(uri.getScheme()) || uri.isOpaque() ? uri : uri.normalize();
    }

    private static URI withFragment(URI uri, String fragment) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), fragment);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }

    static URI stripFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
