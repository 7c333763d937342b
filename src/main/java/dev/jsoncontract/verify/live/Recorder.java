package dev.jsoncontract.verify.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a live response as a new recording: {@code live-<operation>-<UTC time>.json}, with
 * {@code -2}, {@code -3}, ... appended when that name is taken. An existing file is never
 * overwritten (the file is created with {@code CREATE_NEW}). The body is pretty-printed as UTF-8
 * with {@code \n} line ends; numbers keep their exact digits.
 */
public final class Recorder {

    /** The most files with the same time stamp that one folder may hold. */
    static final int MAX_SUFFIX = 1000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    // a body with a name twice is not recorded: which value would the recording keep?
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Recorder() {
    }

    /** Syntax only, for the checks of a whole body: no tree is built, so that no nesting or size limit applies. */
    private static final JsonFactory SYNTAX = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    /**
     * Checks that {@code bytes} hold one JSON value and nothing after it, without building it
     * (memory stays flat whatever the body; numbers are not converted).
     *
     * @throws JsonProcessingException naming line and column when they do not
     */
    static void checkSyntax(byte[] bytes) throws IOException {
        try (JsonParser parser = SYNTAX.createParser(bytes)) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "no JSON value");
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "content after the JSON value (" + trailing + ")");
            }
        }
    }

    /** Parses a body the way recordings are written: exact numbers, nothing after the value. */
    static JsonNode parse(byte[] bytes) throws IOException {
        JsonNode node = JSON.readTree(bytes);
        if (node == null || node.isMissingNode()) {
            throw new com.fasterxml.jackson.core.JsonParseException(null, "no JSON value");
        }
        return node;
    }

    /**
     * Writes {@code body} as a new recording in {@code folder} (created when missing).
     *
     * @param folder the recordings folder
     * @param operation the operation's name, part of the file name
     * @param body the (already redacted) body; strings holding the token are scrubbed of it here
     * @param token the token, or {@code null}; it never lands in the file
     * @param now the time the response arrived, part of the file name (UTC, seconds)
     * @return the file written
     * @throws IOException when the folder cannot be written, or the token would land in the file
     */
    public static Path write(Path folder, String operation, JsonNode body, String token, Instant now)
            throws IOException {
        JsonNode clean = token == null || token.isEmpty() ? body : scrubbed(body, token);
        byte[] bytes = (JSON.writer(PRETTY).writeValueAsString(clean) + "\n").getBytes(StandardCharsets.UTF_8);
        if (token != null && !token.isEmpty() && new String(bytes, StandardCharsets.UTF_8).contains(token)) {
            throw new IOException("the response holds the token outside of any string, so it is not written");
        }
        Files.createDirectories(folder);
        String base = "live-" + operation + "-" + STAMP.format(now);
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            Path file = folder.resolve(base + (n == 1 ? "" : "-" + n) + ".json");
            try {
                Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
        throw new IOException("there are already " + MAX_SUFFIX + " recordings named " + base + "*.json");
    }

    /** A copy of {@code node} whose strings and member names no longer hold the token. */
    static JsonNode scrubbed(JsonNode node, String token) {
        if (node.isTextual()) {
            String text = node.textValue();
            return text.contains(token) ? TextNode.valueOf(text.replace(token, "[redacted]")) : node;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode element : node) {
                copy.add(scrubbed(element, token));
            }
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                copy.set(member.getKey().replace(token, "[redacted]"), scrubbed(member.getValue(), token));
            }
            return copy;
        }
        return node;
    }
}
