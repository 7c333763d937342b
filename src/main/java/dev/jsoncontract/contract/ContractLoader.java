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

    /** The keys each object of {@code x-jsoncontract} supports, in the order messages list them. */
    static final List<String> API_KEYS = List.of("auth", "baseUrl", "client", "description", "operations");
    static final List<String> AUTH_KEYS = List.of("scheme", "tokenEnvironmentVariable");
    static final List<String> OPERATION_KEYS = List.of("description", "method", "path", "query", "redact", "response");
    static final List<String> RESPONSE_KEYS = List.of("description", "mediaType", "schema");

    private static final String REQUEST_BODIES = "request bodies are not supported: operations are GET requests"
            + " without a body, and verify checks response bodies only.";

    /** Keys of features other tools describe that jsoncontract does not support, with what to say. */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "request", REQUEST_BODIES,
            "requestBody", REQUEST_BODIES,
            "body", REQUEST_BODIES,
            "headers", "headers are not supported: the client sends only Accept: application/json and, with the"
                    + " auth scheme \"bearer\", Authorization; verify does not check response headers.",
            "parameters", "a parameter list is not supported: describe the query parameters as one object schema"
                    + " under \"query\"; path and header parameters are not supported.");

    /** The one HTTP method the generated client and verify support. */
    private static final String METHOD = "GET";

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
        requireObject(api, "the description of the HTTP API, {\"client\": ..., \"operations\": {...}}");
        checkKeys(api);
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
            requireObject(authNode, "{\"scheme\": \"bearer\", \"tokenEnvironmentVariable\": \"...\"}");
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
        requireObject(operationsNode, "operation names mapped to operations, {\"listThings\": {...}}");
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
        requireObject(op, "{\"method\": \"GET\", \"path\": \"/thing\", \"response\": {...}}");
        String method = requiredText(op, "method").toUpperCase(Locale.ROOT);
        if (!method.equals(METHOD)) {
            throw op.child("method").error("\"" + op.child("method").node().asText() + "\" is not supported: only"
                    + " \"GET\" operations are (the generated client sends no request body, and verify calls the"
                    + " endpoint with GET). Use \"GET\", or leave this operation out of x-jsoncontract.");
        }
        String path = requiredText(op, "path");
        if (!path.startsWith("/")) {
            throw op.child("path").error("must start with \"/\", e.g. \"/call\".");
        }
        SchemaNode query = op.child("query");
        if (query != null) {
            requireObject(query, "the JSON Schema of the query parameters, {\"type\": \"object\", \"properties\": {...}}");
        }
        SchemaNode response = op.child("response");
        if (response == null) {
            throw op.error("has no \"response\"; add {\"schema\": {...}} describing a successful response body.");
        }
        requireObject(response, "{\"schema\": {...}, \"mediaType\": \"application/json\"}");
        SchemaNode schema = response.child("schema");
        if (schema == null) {
            throw response.error("has no \"schema\"; add the JSON Schema of a successful response body.");
        }
        SchemaNode mediaType = response.child("mediaType");
        List<String> redact = new ArrayList<>();
        SchemaNode redactNode = op.child("redact");
        if (redactNode != null) {
            if (!redactNode.node().isArray()) {
                throw redactNode.error("is " + kind(redactNode.node()) + " but must be an array of JSON Pointers"
                        + " such as [\"/*/transcript\"].");
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

    private static void requireObject(SchemaNode node, String expected) throws ContractException {
        if (!node.node().isObject()) {
            throw node.error("is " + kind(node.node()) + " but must be a JSON object: " + expected + ".");
        }
    }

    /**
     * Refuses, all at once, every key of {@code x-jsoncontract} (and of its auth, operations and
     * responses) that jsoncontract does not read: a typo such as {@code "qurey"} would otherwise
     * silently give a client without query parameters.
     */
    private static void checkKeys(SchemaNode api) throws ContractException {
        List<ContractException> problems = new ArrayList<>();
        unknownKeys(api, "x-jsoncontract", API_KEYS, problems);
        SchemaNode auth = api.child("auth");
        if (auth != null && auth.node().isObject()) {
            unknownKeys(auth, "auth", AUTH_KEYS, problems);
        }
        SchemaNode operations = api.child("operations");
        if (operations != null && operations.node().isObject()) {
            for (Iterator<String> names = operations.node().fieldNames(); names.hasNext(); ) {
                SchemaNode op = operations.child(names.next());
                if (op.node().isObject()) {
                    unknownKeys(op, "an operation", OPERATION_KEYS, problems);
                    SchemaNode response = op.child("response");
                    if (response != null && response.node().isObject()) {
                        unknownKeys(response, "a response", RESPONSE_KEYS, problems);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ContractException.all(problems);
        }
    }

    private static void unknownKeys(SchemaNode node, String what, List<String> supported,
            List<ContractException> problems) {
        for (Iterator<String> keys = node.node().fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (supported.contains(key)) {
                continue;
            }
            String feature = UNSUPPORTED.get(key);
            String known = " The keys of " + what + " are: " + String.join(", ", supported) + ".";
            String near = supported.stream().filter(s -> closeTo(key, s)).findFirst()
                    .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            problems.add(node.child(key).error(feature != null
                    ? "\"" + key + "\": " + feature + known
                    : "\"" + key + "\" is not a key jsoncontract knows" + near + "; it would be ignored." + known));
        }
    }

    /**
     * Whether two keys are a typo apart, ignoring case: at most one edit (insertion, deletion,
     * substitution or swap of neighbours) for short keys, two from six characters on.
     */
    static boolean closeTo(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int allowed = y.length() >= 6 ? 2 : 1;
        if (Math.abs(x.length() - y.length()) > allowed || x.length() > 64 || y.length() > 64) {
            return false;
        }
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()] <= allowed;
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNull()) {
            return "null";
        }
        return "an object";
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
            throw node.error((node.node().isTextual() ? "is empty" : "is " + kind(node.node()))
                    + " but must be a non-empty string.");
        }
        return node.node().asText();
    }
}
