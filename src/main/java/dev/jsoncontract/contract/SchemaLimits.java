package dev.jsoncontract.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, without recursion, that a contract's schemas stay within the limits that the recursive
 * code reading them (everit's loader and validator, the generator) can handle on a default thread
 * stack, and that no {@code $ref} cycle would loop forever on one value.
 *
 * <ul>
 *   <li><b>Depth</b>: a schema may nest at most {@value #MAX_DEPTH} levels of subschemas, counting
 *       each {@code $ref} followed as one level ({@code properties/a}, {@code items}, {@code allOf/0},
 *       ... are one level each). everit ran out of stack at about 300.</li>
 *   <li><b>{@code $ref} chains</b>: at most {@value #MAX_REF_CHAIN} references in a row, each leading
 *       straight to another reference.</li>
 *   <li><b>JSON nesting</b>: no document nests arrays and objects deeper than {@value #MAX_NESTING}
 *       levels (in {@code enum}, {@code const} and {@code default} values too).</li>
 *   <li><b>Cycles without a value</b>: a cycle of {@code $ref}s (and {@code allOf}, {@code anyOf},
 *       {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}) that never descends into
 *       a property or an item ({@code {"$ref": "#"}}, or A to B to A) applies to the same value
 *       forever: no value can be checked against it.</li>
 * </ul>
 *
 * <p>Each problem is a {@link ContractException} at the offending place
 * ({@code file#pointer: ... exceeds the depth limit of 128 ...}). References that cannot be
 * resolved are left to the loaders, which report them.
 */
public final class SchemaLimits {

    /** The deepest nesting of subschemas, each {@code $ref} followed counting as one level. */
    public static final int MAX_DEPTH = 128;

    /** The longest run of references that each lead straight to another reference. */
    public static final int MAX_REF_CHAIN = 32;

    /** The deepest nesting of arrays and objects in a schema document. */
    public static final int MAX_NESTING = 256;

    /** At most this many problems are reported; one is enough to stop, the rest help fix them at once. */
    static final int MAX_PROBLEMS = 20;

    private static final Set<String> SINGLE_DESCEND = Set.of("additionalProperties", "additionalItems",
            "contains", "propertyNames");
    private static final Set<String> MAP_DESCEND = Set.of("properties", "patternProperties", "dependencies",
            "definitions", "$defs");
    private static final Set<String> SINGLE_SAME = Set.of("not", "if", "then", "else");
    private static final Set<String> LIST_SAME = Set.of("allOf", "anyOf", "oneOf");

    private SchemaLimits() {
    }

    /** An edge from a schema to a subschema: whether it applies to the same value, and whether it is a {@code $ref}. */
    private record Edge(SchemaNode to, boolean sameValue, boolean ref) {
    }

    /** One step of the walk: the node, how deep it is, and the run of references leading to it. */
    private record Frame(SchemaNode node, int depth, int chain, SchemaNode chainStart) {
    }

    /**
     * Checks the schemas reachable from {@code starts}, and every document read on the way.
     *
     * @param registry resolves {@code $ref}s (and reads the documents they name)
     * @param starts the schemas to start from: an operation's response, the roots of a contract
     * @return the problems found, in the order found; empty when all is within the limits
     */
    public static List<ContractException> check(SchemaRegistry registry, Collection<SchemaNode> starts) {
        List<ContractException> problems = new ArrayList<>();
        Map<String, SchemaNode> seen = new LinkedHashMap<>();
        Map<String, List<Edge>> edges = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (SchemaNode start : starts) {
            stack.push(new Frame(start, 0, 0, null));
        }
        while (!stack.isEmpty() && problems.size() < MAX_PROBLEMS) {
            Frame frame = stack.pop();
            SchemaNode node = frame.node();
            if (seen.putIfAbsent(key(node), node) != null) {
                continue;
            }
            if (frame.depth() > MAX_DEPTH) {
                problems.add(node.error("nests subschemas " + frame.depth() + " levels deep (counting each $ref"
                        + " followed), which exceeds the depth limit of " + MAX_DEPTH + "; jsoncontract stops there so"
                        + " that no reader runs out of stack. Flatten the schema: move nested objects into"
                        + " \"definitions\" and refer to them."));
                continue;
            }
            List<Edge> out = edges(registry, node);
            edges.put(key(node), out);
            for (int i = out.size() - 1; i >= 0; i--) {
                Edge edge = out.get(i);
                int chain = edge.ref() ? frame.chain() + 1 : 0;
                SchemaNode chainStart = edge.ref() ? (frame.chain() == 0 ? node : frame.chainStart()) : null;
                if (chain > MAX_REF_CHAIN) {
                    problems.add(chainStart.error("starts a chain of more than " + MAX_REF_CHAIN + " $refs, each"
                            + " leading straight to another $ref, which exceeds the $ref chain limit of "
                            + MAX_REF_CHAIN + ". Point the $ref at the schema it finally means."));
                    continue;
                }
                stack.push(new Frame(edge.to(), frame.depth() + 1, chain, chainStart));
            }
        }
        if (problems.size() < MAX_PROBLEMS) {
            cycles(seen, edges, problems);
        }
        for (SchemaFile file : registry.files()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            String deep = tooDeep(file.root());
            if (deep != null) {
                problems.add(new ContractException(file.displayName(), deep, "nests arrays and objects more than "
                        + MAX_NESTING + " levels deep, which exceeds the nesting limit of " + MAX_NESTING
                        + " of schema documents. Flatten it."));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * As {@link #check}, throwing the first problem (with every problem's line in the message when
     * there are several).
     */
    public static void requireWithin(SchemaRegistry registry, Collection<SchemaNode> starts) throws ContractException {
        List<ContractException> problems = check(registry, starts);
        if (problems.isEmpty()) {
            return;
        }
        ContractException first = problems.get(0);
        if (problems.size() == 1) {
            throw first;
        }
        StringBuilder more = new StringBuilder(first.problem());
        for (ContractException other : problems.subList(1, problems.size())) {
            more.append("\n").append(other.getMessage());
        }
        throw new ContractException(first.file(), first.pointer(), more.toString(), first);
    }

    /** The subschemas of a schema, in keyword order, with the target of its {@code $ref}. */
    private static List<Edge> edges(SchemaRegistry registry, SchemaNode node) {
        JsonNode json = node.node();
        if (!json.isObject()) {
            return List.of();
        }
        List<Edge> out = new ArrayList<>();
        if (json.has("$ref")) {
            try {
                out.add(new Edge(registry.resolve(node), true, true));
            } catch (ContractException | RuntimeException e) {
                // a reference that cannot be resolved is reported by the loaders, with their context
            }
            // draft-07: keywords beside $ref are ignored
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            SchemaNode child = node.child(keyword);
            if (SINGLE_DESCEND.contains(keyword) && isSchema(value)) {
                out.add(new Edge(child, false, false));
            } else if (SINGLE_SAME.contains(keyword) && isSchema(value)) {
                out.add(new Edge(child, true, false));
            } else if (keyword.equals("items")) {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        out.add(new Edge(child.child(i), false, false));
                    }
                } else if (isSchema(value)) {
                    out.add(new Edge(child, false, false));
                }
            } else if (LIST_SAME.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    out.add(new Edge(child.child(i), true, false));
                }
            } else if (MAP_DESCEND.contains(keyword) && value.isObject()) {
                for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                    SchemaNode member = child.child(names.next());
                    if (isSchema(member.node())) {
                        out.add(new Edge(member, false, false));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isSchema(JsonNode node) {
        return node.isObject() || node.isBoolean();
    }

    /** Reports each cycle of same-value edges once, at the node where the walk found it closing. */
    private static void cycles(Map<String, SchemaNode> nodes, Map<String, List<Edge>> edges,
            List<ContractException> problems) {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (String start : nodes.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<Edge>> pending = new ArrayDeque<>();
            path.push(start);
            pending.push(sameValue(edges.get(start)));
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator<Edge> next = pending.peek();
                if (!next.hasNext()) {
                    state.put(path.pop(), 2);
                    pending.pop();
                    continue;
                }
                Edge edge = next.next();
                String to = key(edge.to());
                Integer seen = state.get(to);
                if (seen == null && nodes.containsKey(to)) {
                    state.put(to, 1);
                    path.push(to);
                    pending.push(sameValue(edges.get(to)));
                } else if (seen != null && seen == 1) {
                    List<String> loop = new ArrayList<>();
                    for (Iterator<String> back = path.iterator(); back.hasNext(); ) {
                        String at = back.next();
                        loop.add(0, nodes.get(at).location());
                        if (at.equals(to)) {
                            break;
                        }
                    }
                    loop.add(nodes.get(to).location());
                    SchemaNode closing = nodes.get(to);
                    problems.add(closing.error("is part of a $ref cycle that never reaches a property or an item ("
                            + String.join(" -> ", loop) + "), so it would apply to the same value forever and no"
                            + " value can be checked against it. Break the cycle, e.g. by making one step a"
                            + " property or array item of an object."));
                    if (problems.size() >= MAX_PROBLEMS) {
                        return;
                    }
                }
            }
        }
    }

    private static Iterator<Edge> sameValue(List<Edge> out) {
        return out == null ? List.<Edge>of().iterator() : out.stream().filter(Edge::sameValue).iterator();
    }

    /** The pointer of the first place nested deeper than {@link #MAX_NESTING}, or {@code null}. */
    private static String tooDeep(JsonNode root) {
        record Level(JsonNode node, String pointer, int depth) {
        }
        Deque<Level> stack = new ArrayDeque<>();
        stack.push(new Level(root, "", 1));
        while (!stack.isEmpty()) {
            Level level = stack.pop();
            if (!level.node().isContainerNode()) {
                continue;
            }
            if (level.depth() > MAX_NESTING) {
                return level.pointer();
            }
            if (level.node().isArray()) {
                for (int i = 0; i < level.node().size(); i++) {
                    stack.push(new Level(level.node().get(i), level.pointer() + "/" + i, level.depth() + 1));
                }
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> fields = level.node().fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    stack.push(new Level(field.getValue(), level.pointer() + "/" + SchemaNode.escape(field.getKey()),
                            level.depth() + 1));
                }
            }
        }
        return null;
    }

    private static String key(SchemaNode node) {
        return node.file().location() + "#" + node.pointer();
    }
}
