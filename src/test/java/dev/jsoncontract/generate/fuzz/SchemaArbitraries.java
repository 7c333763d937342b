package dev.jsoncontract.generate.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Random JSON Schemas made of the keywords {@code generate} maps or is about to map (issue 9), named
 * with what breaks code generators: Java keywords, {@code java.lang} type names, unicode, leading
 * digits, case-only collisions, very long names. A contract is a root schema with
 * {@code definitions} that its schemas (and each other, recursively) refer to by {@code $ref}.
 */
final class SchemaArbitraries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Keywords and literals, and the contextual words of Java 17. */
    static final List<String> JAVA_KEYWORDS = List.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package",
            "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true",
            "false", "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

    /** {@code java.lang} types that generated code uses or could shadow. */
    static final List<String> JAVA_LANG = List.of(
            "String", "Object", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean", "Character",
            "Number", "Math", "System", "Thread", "Exception", "RuntimeException", "Error", "Throwable", "Class",
            "Enum", "Record", "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs",
            "Void", "Iterable", "Comparable", "CharSequence", "StringBuilder", "Runtime", "Module", "Package",
            "ClassLoader", "InterruptedException", "IllegalArgumentException", "IllegalStateException",
            "NullPointerException", "Process", "Override", "AutoCloseable", "Cloneable", "Runnable");

    /** Names of members that records, {@code Object} or the generated builders already have. */
    static final List<String> MEMBER_NAMES = List.of(
            "hashCode", "toString", "equals", "getClass", "wait", "notify", "notifyAll", "clone", "finalize",
            "builder", "toBuilder", "build", "properties", "value", "of", "kind", "type");

    static final List<String> ODD_NAMES = List.of(
            "", " ", "a b", "a-b", "a.b", "a/b", "~tilde", "$ref", "$", "@type", "#", "_", "__", "a_", "1st", "123",
            "0", "9lives", "ünïcödé", "名前", "ключ", "emoji😀", "ÄÖÜ", "ß", "İstanbul", "ǅ", "x\u0301", "\t",
            "name", "Name", "NAME", "nAmE", "user_id", "userId", "UserId", "user-id", "ID", "Id", "id");

    static final List<String> FORMATS = List.of(
            "date-time", "date", "time", "uuid", "email", "uri", "uri-reference", "hostname", "ipv4", "ipv6",
            "int32", "int64", "byte", "binary", "duration", "regex", "no-such-format");

    private static final int MAX_DEPTH = 4;

    private SchemaArbitraries() {
    }

    /** The names schemas and properties get. */
    static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)),
                Tuple.of(3, Arbitraries.of(JAVA_KEYWORDS)),
                Tuple.of(3, Arbitraries.of(JAVA_LANG)),
                Tuple.of(2, Arbitraries.of(MEMBER_NAMES)),
                Tuple.of(4, Arbitraries.of(ODD_NAMES)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(300)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u00c0', '\u024f').ofMinLength(1).ofMaxLength(6)));
    }

    /**
     * A whole contract: a root schema with 0 to 4 definitions, all free to refer to each other. Half
     * of them use only what {@code generate} maps today (objects, arrays, maps, string enums, const,
     * discriminated unions, nullable unions, single allOf, $ref, formats), so that code is compiled
     * and not only refused; the other half use every keyword.
     */
    static Arbitrary<JsonNode> contracts() {
        return Arbitraries.of(true, false).flatMap(wide -> contracts(wide));
    }

    private static Arbitrary<JsonNode> contracts(boolean wide) {
        return names().list().uniqueElements().ofMaxSize(4).flatMap(definitions -> {
            List<Arbitrary<JsonNode>> parts = new ArrayList<>();
            parts.add(schema(MAX_DEPTH, definitions, true, wide));
            for (int i = 0; i < definitions.size(); i++) {
                parts.add(schema(MAX_DEPTH - 1, definitions, true, wide));
            }
            return Combinators.combine(Combinators.combine(parts).as(list -> list), draft())
                    .as((list, draft) -> {
                        ObjectNode root = list.get(0).isObject() ? ((ObjectNode) list.get(0)).deepCopy()
                                : JSON.objectNode().put("type", "object");
                        if (!draft.isEmpty()) {
                            root.put("$schema", draft);
                        }
                        if (!definitions.isEmpty()) {
                            ObjectNode defs = root.putObject("definitions");
                            for (int i = 0; i < definitions.size(); i++) {
                                defs.set(definitions.get(i), list.get(i + 1));
                            }
                        }
                        return root;
                    });
        });
    }

    /**
     * Deep structures, each once (generated exhaustively): objects nested 30 to 300 levels (the same
     * property name at every level, or a new one), arrays of arrays 200 to 1,100 levels (beyond
     * Jackson's nesting limit of 1,000 at the end), chains of 1,000 to 3,000 {@code $ref}s.
     */
    static Arbitrary<JsonNode> deepContracts() {
        List<JsonNode> contracts = new ArrayList<>();
        for (int depth : new int[] {30, 100, 300}) {
            contracts.add(nestedObjects(depth, false));
            contracts.add(nestedObjects(depth, true));
        }
        for (int depth : new int[] {200, 600, 1100}) {
            ObjectNode root = JSON.objectNode().put("type", "object");
            ObjectNode current = root.putObject("properties").putObject("matrix");
            for (int i = 0; i < depth; i++) {
                current.put("type", "array");
                current = current.putObject("items");
            }
            current.put("type", "integer");
            contracts.add(root);
        }
        for (int length : new int[] {1000, 2000, 3000}) {
            ObjectNode root = JSON.objectNode().put("type", "object");
            root.putObject("properties").putObject("start").put("$ref", "#/definitions/d0");
            ObjectNode definitions = root.putObject("definitions");
            for (int i = 0; i < length; i++) {
                definitions.putObject("d" + i).put("$ref", "#/definitions/d" + (i + 1));
            }
            definitions.putObject("d" + length).put("type", "object").putObject("properties")
                    .putObject("end").put("type", "boolean");
            contracts.add(root);
        }
        return Arbitraries.of(contracts);
    }

    private static JsonNode nestedObjects(int depth, boolean distinctNames) {
        ObjectNode root = JSON.objectNode().put("type", "object");
        ObjectNode current = root;
        for (int i = 0; i < depth; i++) {
            current = current.putObject("properties").putObject(distinctNames ? "level" + i : "next")
                    .put("type", "object");
        }
        current.putObject("properties").putObject("leaf").put("type", "string");
        return root;
    }

    private static Arbitrary<String> draft() {
        return Arbitraries.of("", "", "http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-06/schema#",
                "http://json-schema.org/draft-04/schema#");
    }

    /**
     * One schema; {@code depth} bounds the nesting, {@code definitions} are the names a {@code $ref}
     * may use, {@code wide} lets in the keywords {@code generate} does not map yet.
     */
    static Arbitrary<JsonNode> schema(int depth, List<String> definitions, boolean named, boolean wide) {
        if (depth <= 0) {
            return leaf(definitions, wide);
        }
        Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> schema(depth - 1, definitions, false, wide));
        List<Tuple2<Integer, Arbitrary<JsonNode>>> choices = new ArrayList<>();
        choices.add(Tuple.of(4, leaf(definitions, wide)));
        choices.add(Tuple.of(6, object(inner, named, wide)));
        choices.add(Tuple.of(2, array(inner)));
        choices.add(Tuple.of(2, map(inner)));
        choices.add(Tuple.of(2, discriminatedUnion(inner)));
        choices.add(Tuple.of(1, allOf(inner, wide)));
        choices.add(Tuple.of(1, nullable(inner)));
        if (wide) {
            choices.add(Tuple.of(1, tuple(inner)));
            choices.add(Tuple.of(1, patternMap(inner)));
            choices.add(Tuple.of(2, union(inner)));
            choices.add(Tuple.of(1, conditional(inner)));
            choices.add(Tuple.of(1, negated(inner)));
            choices.add(Tuple.of(1, objectWithUnion(inner)));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static Arbitrary<JsonNode> leaf(List<String> definitions, boolean wide) {
        List<Tuple2<Integer, Arbitrary<JsonNode>>> choices = new ArrayList<>();
        choices.add(Tuple.of(4, scalar()));
        choices.add(Tuple.of(2, stringEnum()));
        choices.add(Tuple.of(1, constant(wide)));
        choices.add(Tuple.of(1, Arbitraries.<JsonNode>of(JSON.booleanNode(true), JSON.objectNode(),
                JSON.objectNode().put("type", "object"), JSON.objectNode().put("type", "array"))));
        if (wide) {
            choices.add(Tuple.of(1, mixedEnum()));
            choices.add(Tuple.of(1, typeArray()));
            choices.add(Tuple.of(1, Arbitraries.<JsonNode>of(JSON.objectNode().put("type", "null"),
                    JSON.booleanNode(false))));
        }
        if (!definitions.isEmpty()) {
            choices.add(Tuple.of(4, Arbitraries.of(definitions).map(SchemaArbitraries::ref)));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static Arbitrary<JsonNode> scalar() {
        Arbitrary<String> type = Arbitraries.of("string", "integer", "number", "boolean");
        Arbitrary<String> format = Arbitraries.of(FORMATS).injectNull(0.6);
        return Combinators.combine(type, format, Arbitraries.integers().between(0, 3)).as((t, f, bounds) -> {
            ObjectNode node = JSON.objectNode().put("type", t);
            if (f != null && (t.equals("string") || f.startsWith("int"))) {
                node.put("format", f);
            }
            if (bounds == 1 && !t.equals("boolean")) {
                node.put(t.equals("string") ? "maxLength" : "maximum", 10);
            } else if (bounds == 2 && t.equals("string")) {
                node.put("pattern", "^[a-z]+$");
            }
            return node;
        });
    }

    private static Arbitrary<JsonNode> stringEnum() {
        return Combinators.combine(names().list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, false, false))
                .as((values, withNull) -> {
                    ObjectNode node = JSON.objectNode();
                    ArrayNode array = node.putArray("enum");
                    values.forEach(array::add);
                    if (withNull) {
                        array.addNull();
                    }
                    if (values.hashCode() % 2 == 0) {
                        node.put("type", "string");
                    }
                    return node;
                });
    }

    private static Arbitrary<JsonNode> mixedEnum() {
        Arbitrary<JsonNode> value = Arbitraries.oneOf(
                names().map(JSON::textNode),
                Arbitraries.integers().between(-3, 1000).map(JSON::numberNode),
                Arbitraries.of(JSON.numberNode(1.5), JSON.numberNode(0.0), JSON.booleanNode(true), JSON.nullNode()));
        return value.list().ofMinSize(1).ofMaxSize(5).map(values -> {
            ObjectNode node = JSON.objectNode();
            node.putArray("enum").addAll(values);
            return node;
        });
    }

    private static Arbitrary<JsonNode> constant(boolean wide) {
        Arbitrary<JsonNode> text = names().map(JSON::textNode);
        Arbitrary<JsonNode> value = !wide ? text : Arbitraries.oneOf(text,
                Arbitraries.integers().between(-5, 5).map(JSON::numberNode),
                Arbitraries.<JsonNode>of(JSON.booleanNode(false), JSON.nullNode(), JSON.numberNode(2.5)));
        return value.map(constant -> JSON.objectNode().set("const", constant));
    }

    private static Arbitrary<JsonNode> typeArray() {
        Arbitrary<String> type = Arbitraries.of("string", "integer", "number", "boolean", "object", "array", "null");
        return type.list().uniqueElements().ofMinSize(1).ofMaxSize(3).map(types -> {
            ObjectNode node = JSON.objectNode();
            ArrayNode array = node.putArray("type");
            types.forEach(array::add);
            return node;
        });
    }

    private static Arbitrary<JsonNode> object(Arbitrary<JsonNode> inner, boolean named, boolean wide) {
        Arbitrary<List<String>> propertyNames = names().list().uniqueElements().ofMinSize(wide ? 0 : 1).ofMaxSize(5);
        return propertyNames.flatMap(properties -> Combinators.combine(
                inner.list().ofSize(properties.size()),
                Arbitraries.subsetOf(properties),
                wide ? Arbitraries.of("absent", "absent", "false", "true", "schema")
                        : Arbitraries.of("absent", "absent", "false", "true"),
                inner,
                names().injectNull(named ? 0.5 : 0.85),
                Arbitraries.of(true, true, false))
                .as((schemas, required, additional, additionalSchema, title, typed) -> {
                    ObjectNode node = JSON.objectNode();
                    if (typed) {
                        node.put("type", "object");
                    }
                    if (title != null) {
                        node.put("title", title);
                    }
                    if (!properties.isEmpty() || !typed) {
                        ObjectNode props = node.putObject("properties");
                        for (int i = 0; i < properties.size(); i++) {
                            props.set(properties.get(i), schemas.get(i));
                        }
                    }
                    if (!required.isEmpty()) {
                        ArrayNode array = node.putArray("required");
                        properties.stream().filter(required::contains).forEach(array::add);
                    }
                    switch (additional) {
                        case "false" -> node.put("additionalProperties", false);
                        case "true" -> node.put("additionalProperties", true);
                        case "schema" -> node.set("additionalProperties", additionalSchema);
                        default -> {
                            // absent
                        }
                    }
                    return node;
                }));
    }

    private static Arbitrary<JsonNode> array(Arbitrary<JsonNode> inner) {
        return Combinators.combine(inner.injectNull(0.15), Arbitraries.of(true, false, false)).as((items, unique) -> {
            ObjectNode node = JSON.objectNode().put("type", "array");
            if (items != null) {
                node.set("items", items);
            }
            if (unique) {
                node.put("uniqueItems", true);
            }
            return node;
        });
    }

    private static Arbitrary<JsonNode> tuple(Arbitrary<JsonNode> inner) {
        return Combinators.combine(inner.list().ofMinSize(1).ofMaxSize(4), inner.injectNull(0.5))
                .as((items, additional) -> {
                    ObjectNode node = JSON.objectNode().put("type", "array");
                    node.putArray("items").addAll(items);
                    if (additional != null) {
                        node.set("additionalItems", additional);
                    }
                    return node;
                });
    }

    private static Arbitrary<JsonNode> map(Arbitrary<JsonNode> inner) {
        return inner.map(value -> {
            ObjectNode node = JSON.objectNode().put("type", "object");
            node.set("additionalProperties", value);
            return node;
        });
    }

    private static Arbitrary<JsonNode> patternMap(Arbitrary<JsonNode> inner) {
        Arbitrary<String> pattern = Arbitraries.of("^x-", "^[a-z]+$", ".*", "^\\d+$", "^(a|b)$");
        return Combinators.combine(pattern.list().uniqueElements().ofMinSize(1).ofMaxSize(3), inner.list().ofSize(3),
                Arbitraries.of("absent", "false", "schema")).as((patterns, schemas, additional) -> {
                    ObjectNode node = JSON.objectNode().put("type", "object");
                    ObjectNode map = node.putObject("patternProperties");
                    for (int i = 0; i < patterns.size(); i++) {
                        map.set(patterns.get(i), schemas.get(i));
                    }
                    if (additional.equals("false")) {
                        node.put("additionalProperties", false);
                    } else if (additional.equals("schema")) {
                        node.set("additionalProperties", schemas.get(2));
                    }
                    return node;
                });
    }

    /** A {@code oneOf} (or {@code anyOf}) of objects told apart by a required {@code const} or one-value {@code enum}. */
    private static Arbitrary<JsonNode> discriminatedUnion(Arbitrary<JsonNode> inner) {
        return Combinators.combine(
                names(),
                names().list().uniqueElements().ofMinSize(1).ofMaxSize(4),
                inner.list().ofSize(4),
                Arbitraries.of("oneOf", "anyOf"),
                Arbitraries.of("const", "enum"),
                names().list().ofSize(4))
                .as((tag, values, extras, keyword, style, extraNames) -> {
                    ObjectNode node = JSON.objectNode();
                    ArrayNode branches = node.putArray(keyword);
                    for (int i = 0; i < values.size(); i++) {
                        ObjectNode branch = branches.addObject().put("type", "object");
                        ObjectNode properties = branch.putObject("properties");
                        ObjectNode tagSchema = properties.putObject(tag);
                        if (style.equals("const")) {
                            tagSchema.put("const", values.get(i));
                        } else {
                            tagSchema.put("type", "string").putArray("enum").add(values.get(i));
                        }
                        if (!extraNames.get(i).equals(tag)) {
                            properties.set(extraNames.get(i), extras.get(i));
                        }
                        branch.putArray("required").add(tag);
                    }
                    return node;
                });
    }

    /** {@code oneOf}/{@code anyOf} of anything: scalars and arrays, objects without a tag, kinds mixed. */
    private static Arbitrary<JsonNode> union(Arbitrary<JsonNode> inner) {
        return Combinators.combine(inner.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("oneOf", "anyOf"))
                .as((branches, keyword) -> {
                    ObjectNode node = JSON.objectNode();
                    node.putArray(keyword).addAll(branches);
                    return node;
                });
    }

    private static Arbitrary<JsonNode> allOf(Arbitrary<JsonNode> inner, boolean wide) {
        return inner.list().ofMinSize(1).ofMaxSize(wide ? 3 : 1).map(branches -> {
            ObjectNode node = JSON.objectNode();
            node.putArray("allOf").addAll(branches);
            return node;
        });
    }

    private static Arbitrary<JsonNode> nullable(Arbitrary<JsonNode> inner) {
        return Combinators.combine(inner, Arbitraries.of("oneOf", "anyOf"), Arbitraries.of(true, false))
                .as((schema, keyword, nullFirst) -> {
                    ObjectNode node = JSON.objectNode();
                    ArrayNode branches = node.putArray(keyword);
                    if (nullFirst) {
                        branches.addObject().put("type", "null");
                    }
                    branches.add(schema);
                    if (!nullFirst) {
                        branches.addObject().put("type", "null");
                    }
                    return node;
                });
    }

    private static Arbitrary<JsonNode> conditional(Arbitrary<JsonNode> inner) {
        return Combinators.combine(inner, inner, inner, inner).as((base, condition, then, otherwise) -> {
            ObjectNode node = base.isObject() ? ((ObjectNode) base).deepCopy() : JSON.objectNode();
            node.set("if", condition);
            node.set("then", then);
            node.set("else", otherwise);
            return node;
        });
    }

    private static Arbitrary<JsonNode> negated(Arbitrary<JsonNode> inner) {
        return Combinators.combine(inner, inner).as((base, excluded) -> {
            ObjectNode node = base.isObject() ? ((ObjectNode) base).deepCopy() : JSON.objectNode();
            node.set("not", excluded);
            return node;
        });
    }

    /** {@code oneOf} beside {@code properties}: the common properties and the branches. */
    private static Arbitrary<JsonNode> objectWithUnion(Arbitrary<JsonNode> inner) {
        return Combinators.combine(names(), inner, inner.list().ofMinSize(1).ofMaxSize(3)).as((name, common, branches) -> {
            ObjectNode node = JSON.objectNode().put("type", "object");
            node.putObject("properties").set(name, common);
            node.putArray("oneOf").addAll(branches);
            return node;
        });
    }

    /** {@code {"$ref": "#/definitions/<name>"}}, the name escaped as a JSON Pointer token and as a URI fragment. */
    static JsonNode ref(String definition) {
        return JSON.objectNode().put("$ref", "#/definitions/" + fragment(definition.replace("~", "~0").replace("/", "~1")));
    }

    /** Percent-encodes what a URI fragment may not hold (RFC 3986: pchar, "/" and "?"). */
    static String fragment(String token) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
            if (allowed) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
