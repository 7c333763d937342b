package dev.jsoncontract.verify;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
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
 *
 * <p>Every reader of recordings (verify, HAR files, generate-tests) parses with the same limits:
 * an object holding one name twice is refused (readers disagree on which value counts, so a body
 * could pass verify and read as something else in the client), a body nested deeper than
 * {@value #MAX_NESTING} levels is refused (so that no check runs out of stack), and a number
 * whose exponent does not fit the exact decimal it is read as is a finding, not an exception.
 */
public final class JsonBodies {

    /**
     * The deepest nesting of arrays and objects a body may have. Far beyond any API response; low
     * enough that checking such a body (everit is recursive) fits a thread's default stack.
     */
    public static final int MAX_NESTING = 200;

    /**
     * The largest exponent (in scientific notation, either sign) of a number that is checked:
     * {@code 1e1000} is, {@code 1e1001} is a finding. Far beyond a {@code double} (about 1e308);
     * near enough that exact arithmetic on it ({@code multipleOf}) stays instant, where
     * {@code 1e100000} took 13 s and {@code 1e400000} did not end.
     */
    public static final int MAX_EXPONENT = 1000;

    /** Shared, thread-safe once configured. Decimals are kept exact. */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactoryHolder.FACTORY)
            .nodeFactory(new BoundedNumbers())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A number beyond {@link #MAX_EXPONENT}: stops the reading, like a number BigDecimal cannot hold. */
    static final class ExponentOutOfRange extends NumberFormatException {

        private static final long serialVersionUID = 1L;

        ExponentOutOfRange() {
            super("exponent beyond " + MAX_EXPONENT);
        }
    }

    /** Builds trees as Jackson does, refusing numbers whose exponent is beyond {@link #MAX_EXPONENT}. */
    private static final class BoundedNumbers extends com.fasterxml.jackson.databind.node.JsonNodeFactory {

        private static final long serialVersionUID = 1L;

        BoundedNumbers() {
            super(false);
        }

        @Override
        public com.fasterxml.jackson.databind.node.ValueNode numberNode(BigDecimal value) {
            if (value != null) {
                // the exponent in scientific notation; precision() is at most the literal's length
                long exponent = (long) value.precision() - value.scale() - 1;
                if (Math.abs(exponent) > MAX_EXPONENT) {
                    throw new ExponentOutOfRange();
                }
            }
            return super.numberNode(value);
        }
    }

    private static final class JsonFactoryHolder {
        static final com.fasterxml.jackson.core.JsonFactory FACTORY =
                com.fasterxml.jackson.core.JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                        // strings may be as long as the heap checks allow (a HAR entry's text is a whole body)
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                                .maxStringLength(Integer.MAX_VALUE).build())
                        .build();
    }

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
        try (JsonParser parser = JSON.createParser(in)) {
            try {
                node = JSON.readTree(parser);
            } catch (NumberFormatException | ArithmeticException e) {
                throw numberOutOfRange(parser, e);
            }
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (node == null || node.isMissingNode()) {
            throw empty();
        }
        return node;
    }

    /**
     * The finding text of a number that cannot be read as an exact decimal ({@code 1e2147483648}:
     * its exponent does not fit); {@code parser} stands on it.
     */
    public static NotJsonException numberOutOfRange(JsonParser parser, RuntimeException e) {
        JsonLocation at = parser.currentTokenLocation();
        String pointer = parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
        String text;
        try {
            text = parser.getText();
        } catch (IOException | RuntimeException unreadable) {
            text = null;
        }
        String number = text == null ? "a number" : "the number " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
        return new NotJsonException("has " + number + (pointer.isEmpty() ? "" : " at " + pointer)
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                + " whose exponent is beyond " + MAX_EXPONENT + ": jsoncontract checks numbers exactly, up to 1e"
                + MAX_EXPONENT + " and down to 1e-" + MAX_EXPONENT + "; no client reads such a number as a double"
                + " either, so the API should not send it", e);
    }

    /** A parser with the limits of every recording reader. */
    public static JsonParser createParser(InputStream in) throws IOException {
        return JSON.createParser(in);
    }

    /** Reads the value {@code parser} stands on as a tree (what follows it is not looked at). */
    public static JsonNode readValue(JsonParser parser) throws IOException {
        return VALUE.readTree(parser);
    }

    private static final com.fasterxml.jackson.databind.ObjectReader VALUE =
            JSON.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Throws what Jackson throws for content after the value when it reads a whole tree. */
    public static void failOnTrailingTokens(JsonParser parser) throws IOException {
        com.fasterxml.jackson.core.JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            com.fasterxml.jackson.databind.deser.DefaultDeserializationContext context =
                    ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) JSON
                            .getDeserializationContext()).createInstance(JSON.getDeserializationConfig(), parser,
                                    JSON.getInjectableValues());
            context.reportTrailingTokens(JsonNode.class, parser, trailing);
        }
    }

    /** The finding text of a body without any JSON value. */
    static NotJsonException empty() {
        return new NotJsonException("is empty; a response body must be a JSON document", null);
    }

    /** A syntax error (or a trailing value) as the finding text: what, and at which line and column. */
    public static NotJsonException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null && e.getProcessor() instanceof JsonParser parser) {
            at = parser.currentLocation();
        }
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            int open = original.indexOf('\'');
            int close = original.lastIndexOf('\'');
            String name = open >= 0 && close > open
                    ? "\"" + original.substring(open + 1, close) + "\"" : "of one name";
            return new NotJsonException("has an object with the member " + name + " twice" + where + "; readers"
                    + " disagree on which value counts (verify would check one, a client could read the other),"
                    + " so remove one of them", e);
        }
        if (e instanceof StreamConstraintsException && original.contains("nesting depth")) {
            return new NotJsonException("is nested deeper than " + MAX_NESTING + " levels of arrays and objects"
                    + where + "; jsoncontract checks bodies up to that depth", e);
        }
        if (e instanceof StreamConstraintsException) {
            String limit = original.replaceAll(", from `[^`]*`", "");
            return new NotJsonException("has a value longer than jsoncontract reads" + where + " (" + limit + "): names"
                    + " are read up to " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters and numbers up to "
                    + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits", e);
        }
        String problem = original;
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
