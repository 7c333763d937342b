package dev.jsoncontract.bench.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one call at a time, as the List Calls endpoint returns it. Every field of the contract
 * appears: required ones always, optional ones sometimes, nullable ones sometimes {@code null};
 * all five message types, with their optional fields mixed.
 *
 * <p>Only {@link Random} (whose sequence the JDK specifies) and integer arithmetic decide what is
 * written; fractional numbers are written from integers as fixed-point text, so the output does
 * not depend on the JDK's floating-point formatting.
 */
final class CallWriter {

    /** 2026-01-01T00:00:00Z: calls start within the year that follows. */
    private static final long YEAR_START_MILLIS = 1_767_225_600_000L;
    private static final long YEAR_MILLIS = 365L * 24 * 3600 * 1000;

    private static final List<String> STATUSES =
            List.of("queued", "ringing", "in-progress", "forwarding", "ended");
    private static final List<String> FAILURE_REASONS = List.of(
            "declined", "escalated", "requested-callback", "customer-dropped", "assistant-ended", "opt-out");

    private final Random random;
    private final Text text;
    private long nextId = 100_000;

    CallWriter(Random random) {
        this.random = random;
        this.text = new Text(random);
    }

    /** Whether a chance of {@code percent} in 100 came up. */
    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** How an optional, nullable field is written: 0 absent, 1 null, 2 a value. */
    private int presence(int absentPercent, int nullPercent) {
        int roll = random.nextInt(100);
        return roll < absentPercent ? 0 : roll < absentPercent + nullPercent ? 1 : 2;
    }

    void writeCall(JsonGenerator g) throws IOException {
        long id = nextId++;
        long start = YEAR_START_MILLIS + (long) (random.nextDouble() * YEAR_MILLIS);
        String status = status();
        boolean ended = status.equals("ended");
        List<Turn> turns = conversation();
        long durationMs = turns.isEmpty() ? 5_000 : turns.get(turns.size() - 1).endOffset + 1_500;

        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("assistant_id", 1 + random.nextInt(12));
        optionalString(g, "started_at", presence(5, 5), () -> iso(start));
        optionalString(g, "ended_at", ended ? presence(5, 5) : presence(50, 50), () -> iso(start + durationMs));
        g.writeStringField("call_status", status);
        optionalString(g, "ended_reason", ended ? presence(10, 10) : presence(40, 60), () -> text.pick(Text.ENDED_REASONS));
        optionalString(g, "transcript", presence(5, 10), () -> transcript(turns));
        optionalString(g, "source_number", presence(5, 10), this::phoneNumber);
        optionalString(g, "destination_number", presence(5, 10), this::phoneNumber);
        g.writeStringField("call_type", text.pick(Text.CALL_TYPES));
        writeMessages(g, start, turns);
        int durationPresence = ended ? presence(5, 5) : presence(40, 60);
        if (durationPresence > 0) {
            g.writeFieldName("duration_ms");
            if (durationPresence == 1) {
                g.writeNull();
            } else {
                g.writeNumber(durationMs);
            }
        }
        if (chance(70)) {
            writeAnalysis(g);
        }
        optionalString(g, "summary", presence(15, 15), this::summary);
        optionalString(g, "outcome", presence(15, 15), () -> text.pick(Text.OUTCOMES));
        int failure = ended ? presence(30, 50) : presence(50, 50);
        if (failure > 0) {
            g.writeFieldName("failure_reason");
            if (failure == 1) {
                g.writeNull();
            } else {
                g.writeString(text.pick(FAILURE_REASONS));
            }
        }
        g.writeEndObject();
    }

    private String status() {
        int roll = random.nextInt(100);
        return roll < 80 ? "ended" : STATUSES.get(roll % 4);
    }

    /** A spoken turn: who spoke, what, and when (milliseconds from the start of the call). */
    private record Turn(boolean bot, String line, long offset, long endOffset) {
    }

    /** The spoken conversation, a transcript of one to six KB. */
    private List<Turn> conversation() {
        int targetChars = 1_000 + random.nextInt(5_000);
        List<Turn> turns = new ArrayList<>();
        long offset = 400 + random.nextInt(1_000);
        int chars = 0;
        boolean bot = true;
        while (chars < targetChars) {
            String line = bot ? text.botLine() : text.userLine();
            long spoken = 60L * line.length() + random.nextInt(800);
            turns.add(new Turn(bot, line, offset, offset + spoken));
            chars += line.length() + 6;
            offset += spoken + 300 + random.nextInt(1_500);
            bot = !bot;
        }
        return turns;
    }

    private static String transcript(List<Turn> turns) {
        StringBuilder transcript = new StringBuilder();
        for (Turn turn : turns) {
            transcript.append(turn.bot ? "AI: " : "User: ").append(turn.line).append('\n');
        }
        return transcript.toString();
    }

    private void writeMessages(JsonGenerator g, long start, List<Turn> turns) throws IOException {
        int count = random.nextInt(41);
        g.writeArrayFieldStart("messages");
        int written = 0;
        if (count > 0 && chance(85)) {
            g.writeStartObject();
            g.writeStringField("role", "system");
            g.writeStringField("message", text.systemPrompt());
            g.writeNumberField("time", start);
            g.writeFieldName("secondsFromStart");
            g.writeNumber("0");
            g.writeEndObject();
            written++;
        }
        int turn = 0;
        int toolCall = 0;
        while (written < count) {
            Turn spoken = turns.get(turn % turns.size());
            long lap = (turn / turns.size()) * (turns.get(turns.size() - 1).endOffset + 1_000);
            turn++;
            if (!spoken.bot && count - written >= 2 && chance(15)) {
                String callId = "call_" + Long.toString(start ^ (toolCall++ * 7_919L), 36);
                String tool = text.pick(Text.TOOLS);
                writeToolCalls(g, start, spoken.offset + lap, callId, tool);
                writeToolCallResult(g, start, spoken.endOffset + lap, callId, tool);
                written += 2;
                continue;
            }
            g.writeStartObject();
            g.writeStringField("role", spoken.bot ? "bot" : "user");
            g.writeStringField("message", spoken.line);
            g.writeNumberField("time", start + spoken.offset + lap);
            g.writeNumberField("endTime", start + spoken.endOffset + lap);
            g.writeFieldName("secondsFromStart");
            g.writeNumber(fixed(spoken.offset + lap, 3));
            if (chance(70)) {
                g.writeFieldName("duration");
                g.writeNumber(fixed(spoken.endOffset - spoken.offset, 3));
            }
            if (spoken.bot) {
                if (chance(60)) {
                    g.writeStringField("source", text.pick(Text.BOT_SOURCES));
                }
            } else {
                writeUserExtras(g, spoken.line);
            }
            g.writeEndObject();
            written++;
        }
        g.writeEndArray();
    }

    private void writeUserExtras(JsonGenerator g, String line) throws IOException {
        if (chance(50)) {
            boolean filtered = chance(10);
            g.writeBooleanField("isFiltered", filtered);
            if (filtered) {
                g.writeArrayFieldStart("detectedThreats");
                int threats = 1 + random.nextInt(2);
                for (int i = 0; i < threats; i++) {
                    g.writeString(Text.THREATS.get((i + random.nextInt(3)) % 3));
                }
                g.writeEndArray();
                g.writeStringField("originalMessage", line + " (unfiltered)");
            }
        }
        if (chance(30)) {
            g.writeObjectFieldStart("metadata");
            g.writeFieldName("confidence");
            g.writeNumber(fixed(700 + random.nextInt(300), 3));
            g.writeStringField("language", chance(90) ? "en-US" : "es-US");
            if (chance(20)) {
                g.writeNullField("speakerLabel");
            }
            g.writeEndObject();
        }
    }

    private void writeToolCalls(JsonGenerator g, long start, long offset, String callId, String tool)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("role", "tool_calls");
        g.writeArrayFieldStart("toolCalls");
        g.writeStartObject();
        g.writeStringField("id", callId);
        g.writeStringField("type", "function");
        g.writeObjectFieldStart("function");
        g.writeStringField("name", tool);
        g.writeStringField("arguments", "{\"patientId\":\"P-" + (10_000 + random.nextInt(90_000))
                + "\",\"date\":\"" + iso(start).substring(0, 10) + "\"}");
        g.writeEndObject();
        g.writeEndObject();
        if (chance(10)) {
            g.writeStartObject();
            g.writeStringField("type", "function");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("message", chance(60) ? "" : "One moment while I check that.");
        g.writeNumberField("time", start + offset);
        g.writeFieldName("secondsFromStart");
        g.writeNumber(fixed(offset, 3));
        g.writeEndObject();
    }

    private void writeToolCallResult(JsonGenerator g, long start, long offset, String callId, String tool)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("role", "tool_call_result");
        g.writeStringField("toolCallId", callId);
        g.writeStringField("name", tool);
        g.writeStringField("result", chance(80)
                ? "{\"status\":\"ok\",\"slots\":[\"09:00\",\"10:30\",\"14:00\"],\"patient\":\""
                        + text.name().replace("'", "") + "\"}"
                : "error: the scheduling service did not answer in time");
        g.writeNumberField("time", start + offset);
        g.writeFieldName("secondsFromStart");
        g.writeNumber(fixed(offset, 3));
        if (chance(40)) {
            g.writeObjectFieldStart("metadata");
            g.writeNumberField("latencyMs", 20 + random.nextInt(900));
            g.writeBooleanField("cached", random.nextBoolean());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void writeAnalysis(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("analysis");
        if (chance(90)) {
            g.writeNumberField("repetition_count", random.nextInt(6));
        }
        if (chance(90)) {
            g.writeNumberField("interruption_count", random.nextInt(9));
        }
        if (chance(80)) {
            g.writeObjectFieldStart("custom");
            g.writeBooleanField("appointment_booked", random.nextBoolean());
            g.writeFieldName("sentiment_score");
            g.writeNumber(fixed(random.nextInt(2_001) - 1_000, 3));
            if (chance(50)) {
                g.writeArrayFieldStart("topics");
                g.writeString(text.pick(Text.OUTCOMES));
                g.writeString(text.drug());
                g.writeEndArray();
            }
            if (chance(20)) {
                g.writeNullField("escalation_note");
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private String summary() {
        return "The caller " + text.name() + " asked about " + text.pick(Text.OUTCOMES).replace('-', ' ')
                + ". " + text.botLine();
    }

    private String phoneNumber() {
        return String.format(Locale.ROOT, "+1%03d555%04d", 200 + random.nextInt(800), random.nextInt(10_000));
    }

    private static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** {@code value / 10^decimals} as fixed-point text, e.g. {@code fixed(12345, 3)} is {@code 12.345}. */
    static String fixed(long value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        String sign = value < 0 ? "-" : "";
        long abs = Math.abs(value);
        return sign + (abs / scale) + "." + String.format(Locale.ROOT, "%0" + decimals + "d", abs % scale);
    }

    /** A string field that may be absent (0), null (1) or carry a value (2). */
    private static void optionalString(JsonGenerator g, String name, int presence, Value value) throws IOException {
        if (presence == 0) {
            return;
        }
        g.writeFieldName(name);
        if (presence == 1) {
            g.writeNull();
        } else {
            g.writeString(value.get());
        }
    }

    @FunctionalInterface
    private interface Value {
        String get();
    }
}
