package dev.jsoncontract.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.SchemaRegistry;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.FindingGroup;
import dev.jsoncontract.verify.live.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The value of each group example in its context, for the report page: the body is read again,
 * redacted as record mode redacts ({@link Redactor}, with the operation's {@code redact}
 * patterns), and a few lines around the value are kept, scrubbed of the token. Findings about a
 * file itself (not JSON, unreadable, too large) get none: that body is not read again. Bounded: at most
 * {@value #MAX_EXCERPTS} examples; a body larger than {@value #MAX_TREE_BYTES} bytes is read only
 * for the top-level array elements the examples point into; a body that cannot be read again or
 * redacted gets no excerpt (the report shows the place alone).
 */
final class Excerpts {

    static final int MAX_EXCERPTS = 90;
    static final long MAX_TREE_BYTES = 16L * 1024 * 1024;
    /** The most array elements padded in front of the one an example points into. */
    private static final int MAX_PADDING = 1_000_000;
    private static final int CONTEXT = 3;
    private static final int MAX_LINE = 140;

    private Excerpts() {
    }

    /** Where an example's body is: its source and the JSON Pointer in it. */
    record Place(String text, String source, String pointer) {
    }

    /**
     * The excerpts of the groups' examples.
     *
     * @param sources the sources of every body checked, to tell a source ({@code export.har#/log/entries/4})
     *     from the pointer after it
     * @param bodies opens a body by its source again, or gives {@code null} when it cannot
     * @param scrub removes the secrets (the bearer token) from a line
     */
    static Map<String, Excerpt> of(List<FindingGroup> groups, Set<String> sources,
            Function<String, ResponseBody> bodies, Operation operation, SchemaRegistry registry,
            UnaryOperator<String> scrub) {
        Map<String, List<Place>> bySource = places(groups, sources);
        Map<String, Excerpt> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Place>> entry : bySource.entrySet()) {
            ResponseBody body = bodies.apply(entry.getKey());
            if (body == null) {
                continue;
            }
            JsonNode tree;
            try {
                tree = read(body, entry.getValue());
                if (operation != null) {
                    Redactor.redact(tree, operation.response(), operation.redact(), registry);
                }
            } catch (IOException | JsonBodies.NotJsonException | ContractException | RuntimeException
                    | OutOfMemoryError | StackOverflowError e) {
                // no context for this body: the page shows the places alone
                continue;
            }
            for (Place place : entry.getValue()) {
                out.put(place.text(), excerpt(place, tree, scrub));
            }
        }
        return out;
    }

    /** The sources whose bodies {@link #of} reads again for these groups. */
    static Set<String> sources(List<FindingGroup> groups, Set<String> sources) {
        return new java.util.HashSet<>(places(groups, sources).keySet());
    }

    /** The examples shown, by source in order: at most {@value #MAX_EXCERPTS}, none of a file finding. */
    private static Map<String, List<Place>> places(List<FindingGroup> groups, Set<String> sources) {
        Map<String, List<Place>> bySource = new LinkedHashMap<>();
        int count = 0;
        for (FindingGroup group : groups) {
            if (group.keyword().equals(Finding.KEYWORD_FILE)) {
                // the body could not be read or parsed (or is too large): it is not read again
                continue;
            }
            for (String example : group.examples()) {
                Place place = split(example, sources);
                if (place == null || count >= MAX_EXCERPTS) {
                    continue;
                }
                List<Place> places = bySource.computeIfAbsent(place.source(), s -> new ArrayList<>());
                if (places.stream().noneMatch(p -> p.text().equals(example))) {
                    places.add(place);
                    count++;
                }
            }
        }
        return bySource;
    }

    /** Splits {@code export.har#/log/entries/4#/1/call_status} at the end of a known source. */
    static Place split(String example, Set<String> sources) {
        if (sources.contains(example)) {
            return new Place(example, example, "");
        }
        for (int at = example.indexOf('#'); at >= 0; at = example.indexOf('#', at + 1)) {
            String source = example.substring(0, at);
            if (sources.contains(source)) {
                return new Place(example, source, example.substring(at + 1));
            }
        }
        return null;
    }

    /** The body as a tree; a large array only with the elements the places point into. */
    private static JsonNode read(ResponseBody body, List<Place> places) throws IOException, JsonBodies.NotJsonException {
        if (body.size() >= 0 && body.size() <= MAX_TREE_BYTES) {
            try (InputStream in = body.open()) {
                return JsonBodies.parse(in);
            }
        }
        Set<Long> wanted = new TreeSet<>();
        for (Place place : places) {
            String first = place.pointer().isEmpty() ? "" : place.pointer().substring(1).split("/", -1)[0];
            if (!first.matches("\\d{1,7}") || Long.parseLong(first) >= MAX_PADDING) {
                throw new IOException("too large to show");
            }
            wanted.add(Long.parseLong(first));
        }
        ArrayNode elements = JsonNodeFactory.instance.arrayNode();
        try (InputStream in = body.open(); JsonParser parser = JsonBodies.JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("too large to show");
            }
            long last = wanted.stream().mapToLong(Long::longValue).max().orElse(-1);
            for (long index = 0; index <= last && parser.nextToken() != JsonToken.END_ARRAY; index++) {
                if (wanted.contains(index)) {
                    JsonNode element = JsonBodies.JSON.readTree(parser);
                    elements.add(element);
                } else {
                    parser.skipChildren();
                    elements.add(NullNode.getInstance());
                }
            }
        }
        return elements;
    }

    /** A few lines around the value at the place's pointer. */
    static Excerpt excerpt(Place place, JsonNode body, UnaryOperator<String> scrub) {
        String pointer = place.pointer();
        if (pointer.isEmpty()) {
            return scrubbed(place, head(lines(body)), -1, "", scrub);
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = at(body, pointer.substring(0, slash));
        String name = SchemaNode.unescape(pointer.substring(slash + 1));
        JsonNode target = at(body, pointer);
        if (parent == null) {
            return scrubbed(place, List.of(), -1, "", scrub);
        }
        if (target == null) {
            return scrubbed(place, head(lines(parent)), -1, name + " is absent here", scrub);
        }
        if (parent.isArray()) {
            return scrubbed(place, head(lines(target)), 0, "", scrub);
        }
        List<String> lines = lines(parent);
        int highlight = 1;
        Iterator<String> names = parent.fieldNames();
        for (int i = 1; names.hasNext(); i++) {
            if (names.next().equals(name)) {
                highlight = i;
                break;
            }
        }
        int from = Math.max(0, highlight - CONTEXT);
        int to = Math.min(lines.size(), highlight + CONTEXT + 1);
        return scrubbed(place, lines.subList(from, to), highlight - from, "", scrub);
    }

    private static JsonNode at(JsonNode body, String pointer) {
        try {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An object or array one member per line, members as compact JSON; a scalar as one line. */
    private static List<String> lines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        if (node.isObject()) {
            lines.add("{");
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            members.addAll(node.properties());
            for (int i = 0; i < members.size(); i++) {
                lines.add("  " + com.fasterxml.jackson.databind.node.TextNode.valueOf(members.get(i).getKey())
                        + ": " + members.get(i).getValue() + (i < members.size() - 1 ? "," : ""));
            }
            lines.add("}");
        } else if (node.isArray()) {
            lines.add("[");
            for (int i = 0; i < node.size(); i++) {
                lines.add("  " + node.get(i) + (i < node.size() - 1 ? "," : ""));
            }
            lines.add("]");
        } else {
            lines.add(node.toString());
        }
        return lines;
    }

    private static List<String> head(List<String> lines) {
        if (lines.size() <= 2 * CONTEXT + 2) {
            return lines;
        }
        List<String> head = new ArrayList<>(lines.subList(0, 2 * CONTEXT + 1));
        head.add("  ...");
        return head;
    }

    private static Excerpt scrubbed(Place place, List<String> lines, int highlight, String note,
            UnaryOperator<String> scrub) {
        List<String> clean = new ArrayList<>();
        for (String line : lines) {
            String scrubbed = scrub.apply(line);
            clean.add(scrubbed.length() <= MAX_LINE ? scrubbed : scrubbed.substring(0, MAX_LINE - 3) + "...");
        }
        return new Excerpt(place.text(), clean, highlight, scrub.apply(note));
    }
}
