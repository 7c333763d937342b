package dev.jsoncontract.verify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Parses response bodies with Jackson (which reports line and column of a syntax error) and
 * converts the tree to the org.json model that everit validates.
 */
public final class JsonBodies {

    /** Shared, thread-safe once configured. Decimals are kept exact. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBodies() {
    }

    /** A body that is not JSON: {@link #getMessage()} says where and what, ready for a finding. */
    public static final class NotJsonException extends Exception {

        private static final long serialVersionUID = 1L;

        NotJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Parses one JSON document.
     *
     * @throws NotJsonException when the stream is empty or not JSON; the message names line and column
     * @throws IOException when the stream cannot be read
     */
    public static JsonNode parse(InputStream in) throws NotJsonException, IOException {
        JsonNode node;
        try {
            node = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (node == null || node.isMissingNode()) {
            throw empty();
        }
        return node;
    }

    /** The finding text of a body without any JSON value. */
    static NotJsonException empty() {
        return new NotJsonException("is empty; a response body must be a JSON document", null);
    }

    /** A syntax error (or a trailing value) as the finding text: what, and at which line and column. */
    static NotJsonException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String problem = e.getOriginalMessage();
        int newline = problem.indexOf('\n');
        if (newline >= 0) {
            problem = problem.substring(0, newline);
        }
        // Jackson names its input stream in some messages; a reader needs the place only
        problem = problem.replaceAll("\\[Source: [^;\\]]*; ", "[").strip();
        return new NotJsonException("is not valid JSON" + where + " (" + problem + ")", e);
    }

    /** The org.json value for everit: {@code JSONObject}, {@code JSONArray}, boxed scalars or {@code JSONObject.NULL}. */
    public static Object toOrgJson(JsonNode node) {
        if (node.isObject()) {
            JSONObject object = new JSONObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                object.put(field.getKey(), toOrgJson(field.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            JSONArray array = new JSONArray();
            for (JsonNode element : node) {
                array.put(toOrgJson(element));
            }
            return array;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return JSONObject.NULL;
        }
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            return value;
        }
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }

    /** The value as JSON text for messages, shortened to 80 characters. */
    public static String render(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "";
        }
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** A JSON value's type name: object, array, string, integer, number, boolean or null. */
    public static String typeName(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "null";
    }
}
