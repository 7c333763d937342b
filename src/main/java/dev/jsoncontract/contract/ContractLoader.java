package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Loads a contract from a schema file, a folder of schema files, or the call contract bundled in
 * the plugin.
 */
public final class ContractLoader {

    /** Where the bundled contract lies on the plugin's class path. */
    public static final String BUNDLED_RESOURCE_FOLDER = "dev/jsoncontract/contract/default/";

    /** The bundled contract's file name. */
    public static final String BUNDLED_SCHEMA = "call.schema.json";

    /** The name of the top-level keyword that describes the HTTP API. */
    public static final String API_KEYWORD = "x-jsoncontract";

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private ContractLoader() {
    }

    /** The call contract shipped inside the plugin. */
    public static Contract loadBundled() throws ContractException {
        URL url = ContractLoader.class.getClassLoader().getResource(BUNDLED_RESOURCE_FOLDER + BUNDLED_SCHEMA);
        if (url == null) {
            throw new ContractException("bundled:" + BUNDLED_SCHEMA, "",
                    "is missing from the plugin's class path; the plugin jar is damaged. Reinstall it.");
        }
        try {
            SchemaRegistry registry = new SchemaRegistry(null);
            return build(List.of(registry.load(url.toURI())), registry);
        } catch (URISyntaxException e) {
            throw new ContractException("bundled:" + BUNDLED_SCHEMA, "", "has an unusable location " + url, e);
        }
    }

    /**
     * Loads the schema at {@code location}: one file, or every {@code *.json} file under a folder
     * (sorted by relative path, so that the result does not depend on the file system).
     */
    public static Contract load(Path location) throws ContractException {
        return load(SchemaSource.of(location));
    }

    /** Loads a contract as the goals' schema parameters describe it; the bundled one when no location is given. */
    public static Contract load(SchemaSource source) throws ContractException {
        return load(source, null);
    }

    /**
     * @param remotes for tests: where remote documents that no mapping covers may be read; see
     *     {@link SchemaRegistry#SchemaRegistry(Path, List, java.util.function.UnaryOperator)}
     */
    public static Contract load(SchemaSource source, java.util.function.UnaryOperator<java.net.URI> remotes)
            throws ContractException {
        if (source.isBundled()) {
            return loadBundled();
        }
        Path location = source.location();
        Path absolute = location.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(absolute)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .sorted(Comparator.comparing(p -> relative(absolute, p)))
                        .toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new ContractException(location.toString(), "", "cannot be listed: " + e.getMessage()
                        + ". Check that the schema folder is readable.", e);
            }
            if (files.isEmpty()) {
                throw new ContractException(location.toString(), "", "holds no *.json schema file."
                        + " Put the schema there, or point the schema parameter at a file.");
            }
            Globs selection = new Globs(source.includes(), source.excludes());
            SchemaRegistry registry = new SchemaRegistry(absolute, source.mappings(), remotes);
            List<Path> roots = files.stream().filter(file -> selection.selects(relative(absolute, file))).toList();
            if (roots.isEmpty()) {
                throw new ContractException(location.toString(), "", "holds " + files.size() + " *.json files, but"
                        + " none is selected by includes " + source.includes() + " and excludes " + source.excludes()
                        + ". Patterns are relative to the schema folder, e.g. <include>orders/*.schema.json</include>.");
            }
            List<SchemaFile> loaded = new ArrayList<>();
            for (Path file : roots) {
                loaded.add(registry.load(file.toUri()));
            }
            for (Path file : files) {
                if (!roots.contains(file)) {
                    try {
                        registry.load(file.toUri());
                    } catch (ContractException e) {
                        // not a root: it only serves references, and a reference to it reports the problem
                    }
                }
            }
            return build(loaded, registry);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new ContractException(location.toString(), "", "does not exist. Point the schema parameter"
                    + " at a JSON Schema file or a folder of them, or leave it unset to use the bundled contract.");
        }
        SchemaRegistry registry = new SchemaRegistry(absolute.getParent(), source.mappings(), remotes);
        return build(List.of(registry.load(absolute.toUri())), registry);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static Contract build(List<SchemaFile> roots, SchemaRegistry registry) throws ContractException {
        List<Api> apis = new ArrayList<>();
        for (SchemaFile root : roots) {
            SchemaNode api = SchemaNode.root(root).child(API_KEYWORD);
            if (api != null) {
                apis.add(readApi(api));
            }
        }
        return new Contract(roots, registry, apis);
    }

    private static Api readApi(SchemaNode api) throws ContractException {
        requireObject(api);
        String client = requiredText(api, "client");
        if (!SourceVersion.isIdentifier(client) || SourceVersion.isKeyword(client)) {
            throw api.child("client").error("must be a Java identifier such as \"Calls\"; the client class"
                    + " is named after it (CallsClient).");
        }
        URI baseUrl = null;
        SchemaNode baseUrlNode = api.child("baseUrl");
        if (baseUrlNode != null) {
            try {
                baseUrl = new URI(text(baseUrlNode));
            } catch (URISyntaxException e) {
                throw baseUrlNode.error("is not a valid URL: " + e.getMessage());
            }
        }
        Api.Auth auth = Api.Auth.NONE;
        SchemaNode authNode = api.child("auth");
        if (authNode != null) {
            requireObject(authNode);
            String scheme = requiredText(authNode, "scheme").toLowerCase(Locale.ROOT);
            if (!scheme.equals("bearer") && !scheme.equals("none")) {
                throw authNode.child("scheme").error("\"" + scheme + "\" is not supported; use \"bearer\" or \"none\".");
            }
            SchemaNode env = authNode.child("tokenEnvironmentVariable");
            auth = new Api.Auth(scheme, env == null ? null : text(env));
        }
        SchemaNode operationsNode = api.child("operations");
        if (operationsNode == null) {
            throw api.error("has no \"operations\"; describe at least one, e.g."
                    + " {\"listThings\": {\"method\": \"GET\", \"path\": \"/thing\", \"response\": {...}}}.");
        }
        requireObject(operationsNode);
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = operationsNode.node().fields();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            operations.add(readOperation(name, operationsNode.child(name)));
        }
        return new Api(client, baseUrl, auth, operations, api);
    }

    private static Operation readOperation(String name, SchemaNode op) throws ContractException {
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
            throw op.error("the operation name \"" + name + "\" must be a Java identifier such as \"listCalls\".");
        }
        requireObject(op);
        String method = requiredText(op, "method").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw op.child("method").error("\"" + method + "\" is not an HTTP method; use one of "
                    + METHODS.stream().sorted().toList() + ".");
        }
        String path = requiredText(op, "path");
        if (!path.startsWith("/")) {
            throw op.child("path").error("must start with \"/\", e.g. \"/call\".");
        }
        SchemaNode query = op.child("query");
        if (query != null) {
            requireObject(query);
        }
        SchemaNode response = op.child("response");
        if (response == null) {
            throw op.error("has no \"response\"; add {\"schema\": {...}} describing a successful response body.");
        }
        requireObject(response);
        SchemaNode schema = response.child("schema");
        if (schema == null) {
            throw response.error("has no \"schema\"; add the JSON Schema of a successful response body.");
        }
        SchemaNode mediaType = response.child("mediaType");
        List<String> redact = new ArrayList<>();
        SchemaNode redactNode = op.child("redact");
        if (redactNode != null) {
            if (!redactNode.node().isArray()) {
                throw redactNode.error("must be an array of JSON Pointers such as \"/*/transcript\".");
            }
            for (int i = 0; i < redactNode.node().size(); i++) {
                String pattern = text(redactNode.child(i));
                if (!pattern.startsWith("/")) {
                    throw redactNode.child(i).error("must be a JSON Pointer starting with \"/\".");
                }
                redact.add(pattern);
            }
        }
        SchemaNode description = op.child("description");
        return new Operation(name, description == null ? "" : text(description), method, path, query, schema,
                mediaType == null ? "application/json" : text(mediaType), redact, op);
    }

    private static void requireObject(SchemaNode node) throws ContractException {
        if (!node.node().isObject()) {
            throw node.error("must be a JSON object.");
        }
    }

    private static String requiredText(SchemaNode parent, String key) throws ContractException {
        SchemaNode child = parent.child(key);
        if (child == null) {
            throw parent.error("has no \"" + key + "\"; it is required.");
        }
        return text(child);
    }

    private static String text(SchemaNode node) throws ContractException {
        if (!node.node().isTextual() || node.node().asText().isBlank()) {
            throw node.error("must be a non-empty string.");
        }
        return node.node().asText();
    }
}
