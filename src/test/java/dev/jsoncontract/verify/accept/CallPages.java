package dev.jsoncontract.verify.accept;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded List Calls pages for the bundled call contract ({@code schemas/call.schema.json}): valid
 * pages with all five message kinds, every enum value, optional members absent, present and null,
 * and seeded mutations of them that are mostly (not always) invalid. The trees are built as
 * {@code JsonBodies.parse} would parse them: decimals as {@code BigDecimal}.
 */
public final class CallPages {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    static final String[] STATUSES = {"queued", "ringing", "in-progress", "forwarding", "ended"};
    static final String[] FAILURE_REASONS = {"declined", "escalated", "requested-callback", "customer-dropped",
        "assistant-ended", "opt-out"};
    static final String[] ROLES = {"system", "user", "bot", "tool_calls", "tool_call_result"};
    private static final String[] WORDS = {"hello", "appointment", "Tuesday", "clinic", "refill", "é", "日本",
        "\uD83D\uDE00", "quote\"d", "line\nbreak", "", "9:30"};

    private final Random random;

    public CallPages(long seed) {
        this.random = new Random(seed);
    }

    /** A valid page of 0 to {@code maxCalls} calls. */
    public ArrayNode page(int maxCalls) {
        ArrayNode page = NODES.arrayNode();
        int calls = random.nextInt(maxCalls + 1);
        for (int i = 0; i < calls; i++) {
            page.add(call());
        }
        return page;
    }

    ObjectNode call() {
        ObjectNode call = NODES.objectNode();
        call.put("id", 40000 + random.nextInt(100000));
        call.put("assistant_id", random.nextInt(50));
        call.put("call_status", pick(STATUSES));
        call.put("call_type", pick(new String[] {"webCall", "inboundPhoneCall", "outboundPhoneCall"}));
        ArrayNode messages = call.putArray("messages");
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            messages.add(message(ROLES[random.nextInt(ROLES.length)], i));
        }
        optionalDateTime(call, "started_at");
        optionalDateTime(call, "ended_at");
        for (String name : new String[] {"ended_reason", "transcript", "source_number", "destination_number",
            "summary", "outcome"}) {
            optionalText(call, name);
        }
        switch (random.nextInt(3)) {
            case 0 -> call.put("duration_ms", random.nextInt(600000));
            case 1 -> call.putNull("duration_ms");
            default -> { }
        }
        switch (random.nextInt(4)) {
            case 0 -> call.put("failure_reason", pick(FAILURE_REASONS));
            case 1 -> call.putNull("failure_reason");
            default -> { }
        }
        if (random.nextBoolean()) {
            ObjectNode analysis = call.putObject("analysis");
            if (random.nextBoolean()) {
                analysis.put("repetition_count", random.nextInt(5));
            }
            if (random.nextBoolean()) {
                analysis.put("interruption_count", random.nextInt(5));
            }
            if (random.nextBoolean()) {
                analysis.putObject("custom").put("sentiment", pick(WORDS)).put("score", decimal());
            }
        }
        if (random.nextInt(10) == 0) {
            call.put("x_vendor_field", "drift is allowed");
        }
        return call;
    }

    ObjectNode message(String role, int index) {
        ObjectNode message = NODES.objectNode();
        message.put("role", role);
        long time = 1793628000000L + index * 1000L + random.nextInt(1000);
        switch (role) {
            case "system" -> {
                message.put("message", text());
                message.put("time", time);
                message.set("secondsFromStart", random.nextBoolean() ? NODES.numberNode(0) : decimal());
            }
            case "user", "bot" -> {
                message.put("message", text());
                message.put("time", time);
                message.put("endTime", time + random.nextInt(5000));
                message.set("secondsFromStart", decimal());
                if (random.nextBoolean()) {
                    message.set("duration", decimal());
                }
                if ("user".equals(role)) {
                    if (random.nextBoolean()) {
                        message.put("isFiltered", random.nextBoolean());
                        ArrayNode threats = message.putArray("detectedThreats");
                        for (int i = random.nextInt(3); i > 0; i--) {
                            threats.add(pick(WORDS));
                        }
                    }
                    if (random.nextInt(4) == 0) {
                        message.put("originalMessage", text());
                    }
                    if (random.nextInt(4) == 0) {
                        message.putObject("metadata").put("channel", "voice");
                    }
                } else if (random.nextBoolean()) {
                    message.put("source", pick(new String[] {"assistant", "tts"}));
                }
            }
            case "tool_calls" -> {
                ArrayNode toolCalls = message.putArray("toolCalls");
                for (int i = random.nextInt(3); i > 0; i--) {
                    ObjectNode toolCall = toolCalls.addObject();
                    if (random.nextBoolean()) {
                        toolCall.put("id", "call_" + random.nextInt(1000));
                    }
                    if (random.nextBoolean()) {
                        toolCall.put("type", "function");
                    }
                    if (random.nextBoolean()) {
                        ObjectNode function = toolCall.putObject("function");
                        function.put("name", "lookup");
                        if (random.nextBoolean()) {
                            function.put("arguments", "{\"date\":\"2026-11-04\"}");
                        }
                    }
                }
                message.put("message", text());
                message.put("time", time);
                message.set("secondsFromStart", decimal());
            }
            default -> {
                message.put("toolCallId", "call_" + random.nextInt(1000));
                message.put("name", "lookup");
                message.put("result", text());
                message.put("time", time);
                message.set("secondsFromStart", decimal());
                if (random.nextBoolean()) {
                    message.putObject("metadata").put("ms", random.nextInt(900));
                }
            }
        }
        return message;
    }

    /**
     * A mutated copy of a valid page: one to three edits, chosen to hit each rule of the contract
     * (types, nulls, enums, roles, required members, formats, integers written as decimals, nesting).
     */
    public ArrayNode mutate(ArrayNode valid) {
        ArrayNode page = valid.deepCopy();
        if (page.isEmpty()) {
            page.add(call());
        }
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            edit(page);
        }
        return page;
    }

    private void edit(ArrayNode page) {
        JsonNode picked = page.get(random.nextInt(page.size()));
        ObjectNode call;
        if (picked instanceof ObjectNode object) {
            call = object;
        } else {
            call = call();
            page.add(call);
        }
        ArrayNode messages = call.get("messages") instanceof ArrayNode array ? array : null;
        ObjectNode message = messages != null && !messages.isEmpty()
                && messages.get(random.nextInt(messages.size())) instanceof ObjectNode object ? object : null;
        switch (random.nextInt(16)) {
            case 0 -> anyValue(page, this::wrongType);
            case 1 -> anyValue(page, node -> NODES.nullNode());
            case 2 -> call.put(random.nextBoolean() ? "call_status" : "failure_reason",
                    random.nextBoolean() ? "cancelled" : "Ended");
            case 3 -> {
                if (message != null) {
                    message.put("role", random.nextBoolean() ? "assistant" : pick(ROLES));
                }
            }
            case 4 -> removeAny(random.nextBoolean() || message == null ? call : message);
            case 5 -> call.put(random.nextBoolean() ? "started_at" : "ended_at", pick(new String[] {
                "2026-11-02 14:00:00", "2026-13-02T14:00:00Z", "2026-11-02T14:00:00.123+0100", "yesterday",
                "2026-11-02T14:00:00+01:00", "2026-11-02T14:00:00.5z", "2026-02-30T10:00:00Z"}));
            case 6 -> call.set(pick(new String[] {"id", "assistant_id", "duration_ms"}), pick(new JsonNode[] {
                NODES.numberNode(new BigDecimal("1.0")), NODES.numberNode(new BigDecimal("1E+2")),
                NODES.numberNode(new BigInteger("99999999999999999999999")), NODES.numberNode(4_000_000_000L),
                NODES.textNode("7"), NODES.numberNode(-3)}));
            case 7 -> {
                if (message != null) {
                    message.set(pick(new String[] {"time", "secondsFromStart", "endTime", "duration"}),
                            pick(new JsonNode[] {NODES.textNode("12"), NODES.nullNode(), NODES.numberNode(1),
                                NODES.numberNode(new BigDecimal("-0.0")), NODES.booleanNode(true)}));
                }
            }
            case 8 -> {
                if (message != null && messages != null) {
                    // a message shaped for one role with another role's discriminator
                    String other = pick(ROLES);
                    ObjectNode swapped = message(other, 1);
                    swapped.put("role", pick(ROLES));
                    messages.set(random.nextInt(messages.size()), swapped);
                }
            }
            case 9 -> (message != null && random.nextBoolean() ? message : call).put("unexpected", 1);
            case 10 -> call.set("messages", random.nextBoolean() ? NODES.arrayNode() : deep(random.nextInt(40)));
            case 11 -> {
                if (message != null && message.get("toolCalls") instanceof ArrayNode toolCalls) {
                    toolCalls.add(random.nextBoolean() ? NODES.textNode("call") : NODES.objectNode()
                            .set("function", NODES.objectNode().put("name", 5)));
                } else if (message != null) {
                    message.set("detectedThreats", pick(new JsonNode[] {NODES.arrayNode().add(1),
                        NODES.textNode("none"), NODES.arrayNode()}));
                }
            }
            case 12 -> call.set("analysis", pick(new JsonNode[] {NODES.nullNode(), NODES.arrayNode(),
                NODES.objectNode().put("repetition_count", new BigDecimal("2.0")),
                NODES.objectNode().put("interruption_count", 2).set("custom", NODES.arrayNode())}));
            case 13 -> page.add(pick(new JsonNode[] {NODES.nullNode(), NODES.textNode("call"),
                NODES.arrayNode(), NODES.objectNode()}));
            case 14 -> {
                if (messages != null) {
                    messages.add(pick(new JsonNode[] {NODES.nullNode(), NODES.objectNode(),
                        NODES.objectNode().put("role", "user"), deep(3)}));
                }
            }
            default -> call.put("call_type", random.nextBoolean() ? "anything goes" : "");
        }
    }

    private void anyValue(JsonNode root, java.util.function.UnaryOperator<JsonNode> replace) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container.isEmpty()) {
            return;
        }
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            object.set(name, replace.apply(object.get(name)));
        } else {
            ArrayNode array = (ArrayNode) container;
            int at = random.nextInt(array.size());
            array.set(at, replace.apply(array.get(at)));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    private JsonNode wrongType(JsonNode node) {
        if (node.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(7) : NODES.booleanNode(false);
        }
        if (node.isNumber()) {
            return random.nextBoolean() ? NODES.textNode(node.asText()) : NODES.arrayNode().add(node);
        }
        if (node.isObject()) {
            return random.nextBoolean() ? NODES.arrayNode() : NODES.textNode("{}");
        }
        if (node.isArray()) {
            return random.nextBoolean() ? NODES.objectNode() : NODES.textNode("[]");
        }
        return NODES.textNode(String.valueOf(node.asText()).toUpperCase(Locale.ROOT));
    }

    private void removeAny(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            object.remove(names.get(random.nextInt(names.size())));
        }
    }

    private JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("role", node);
        }
        return node;
    }

    private void optionalDateTime(ObjectNode call, String name) {
        switch (random.nextInt(4)) {
            case 0 -> call.put(name, String.format(Locale.ROOT, "2026-%02d-%02dT%02d:%02d:%02d%sZ",
                    1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                    random.nextInt(60), random.nextBoolean() ? "" : "." + random.nextInt(1000)));
            case 1 -> call.put(name, "2026-11-02T14:00:00+01:00");
            case 2 -> call.putNull(name);
            default -> { }
        }
    }

    private void optionalText(ObjectNode call, String name) {
        switch (random.nextInt(3)) {
            case 0 -> call.put(name, text());
            case 1 -> call.putNull(name);
            default -> { }
        }
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            text.append(pick(WORDS)).append(' ');
        }
        return text.toString();
    }

    private JsonNode decimal() {
        return NODES.numberNode(BigDecimal.valueOf(random.nextInt(100000), random.nextInt(4)));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
