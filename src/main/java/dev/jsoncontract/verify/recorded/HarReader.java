package dev.jsoncontract.verify.recorded;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.JsonBodies;
import dev.jsoncontract.verify.ResponseBody;
import dev.jsoncontract.verify.ResponseValidator;
import dev.jsoncontract.verify.Sizes;
import dev.jsoncontract.verify.finding.Finding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a HAR 1.2 file and keeps the entries whose request matches an operation: same method,
 * and a URL path that ends with the operation's path (path parameters such as {@code {id}} match
 * one segment; the query is ignored). Only successful responses (2xx) are kept: the contract
 * describes successful bodies. Each kept entry is one body named {@code export.har#/log/entries/4};
 * {@code response.content.text} is decoded when its {@code encoding} is {@code base64}.
 *
 * <p>The file is read one entry at a time, with the limits of every recording reader (see
 * {@link JsonBodies}), so that a HAR larger than the heap is checked entry by entry.
 */
public final class HarReader {

    private HarReader() {
    }

    /**
     * What a HAR file yields.
     *
     * @param bodies the matching entries' bodies, in entry order
     * @param problems findings on the file or on entries that match but cannot be used
     * @param skipped how many entries did not match the operation or were not successful
     */
    public record HarBodies(List<ResponseBody> bodies, List<Finding> problems, int skipped) {

        public HarBodies {
            bodies = List.copyOf(bodies);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Receives what a HAR file yields, entry by entry, as it is read.
     *
     * @param <X> what the receiver may throw; it ends the reading
     */
    public interface Sink<X extends Exception> {

        /** A matching entry's body. */
        void body(ResponseBody body) throws X;

        /** A finding on the file, or on an entry that matches but cannot be used. */
        void problem(Finding problem) throws X;
    }

    /** Reads {@code file}, named {@code source} in findings, for {@code operation}, collecting every body. */
    public static HarBodies read(Path file, String source, Operation operation) {
        List<ResponseBody> bodies = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        int skipped = read(file, source, operation, defaultEntryLimit(), new Sink<RuntimeException>() {
            @Override
            public void body(ResponseBody body) {
                bodies.add(body);
            }

            @Override
            public void problem(Finding problem) {
                problems.add(problem);
            }
        });
        return new HarBodies(bodies, problems, skipped);
    }

    /** The largest entry read by default: an eighth of the heap, as for any body held as a tree. */
    public static long defaultEntryLimit() {
        return Math.max(1, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * Reads {@code file} one entry at a time, handing each matching entry's body to {@code sink} as
     * soon as it is read, so that the heap holds one entry, not the file. An entry larger than
     * {@code maxEntryBytes} (as JSON text) is a finding on the file that says how much heap it
     * needs, and ends the reading; the entries before it are kept.
     *
     * @return how many entries did not match the operation or were not successful
     * @throws X what the sink throws
     */
    public static <X extends Exception> int read(Path file, String source, Operation operation, long maxEntryBytes,
            Sink<X> sink) throws X {
        Pattern path = pathPattern(operation.path());
        int[] skipped = new int[1];
        long[] entry = {-1};
        try (ResponseValidator.CountingInputStream in = new ResponseValidator.CountingInputStream(
                        Files.newInputStream(file));
                JsonParser parser = JsonBodies.createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    sink.problem(Finding.ofFile(source, NO_ENTRIES));
                    return 0;
                }
                boolean entries = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (name.equals("log") && value == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            JsonToken fieldValue = parser.nextToken();
                            if (field.equals("entries") && fieldValue == JsonToken.START_ARRAY) {
                                entries = true;
                                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                                    entry[0] = i;
                                    long at = parser.currentTokenLocation().getByteOffset();
                                    in.limit((at < 0 ? in.count() : at) + maxEntryBytes, i);
                                    JsonNode read = JsonBodies.readValue(parser);
                                    in.unlimited();
                                    entry(read, source + "#/log/entries/" + i, operation, path, skipped, sink);
                                }
                                entry[0] = -1;
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                JsonBodies.failOnTrailingTokens(parser);
                if (!entries) {
                    sink.problem(Finding.ofFile(source, NO_ENTRIES));
                }
            } catch (NumberFormatException | ArithmeticException e) {
                sink.problem(Finding.ofFile(source, "is not a HAR file: it "
                        + JsonBodies.numberOutOfRange(parser, e).getMessage()));
            }
        } catch (JsonProcessingException e) {
            ResponseValidator.TooLarge tooLarge = ResponseValidator.TooLarge.in(e);
            if (tooLarge != null) {
                sink.problem(Finding.ofFile(source, tooLarge(tooLarge.element, maxEntryBytes)));
            } else {
                sink.problem(Finding.ofFile(source, "is not a HAR file: it " + JsonBodies.notJson(e).getMessage()));
            }
        } catch (ResponseValidator.TooLarge e) {
            sink.problem(Finding.ofFile(source, tooLarge(e.element, maxEntryBytes)));
        } catch (IOException e) {
            String detail = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
            sink.problem(Finding.ofFile(source, "cannot be read (" + e.getClass().getSimpleName()
                    + (detail == null ? "" : ": " + detail) + "); check that the file exists and is readable"));
        }
        return skipped[0];
    }

    private static final String NO_ENTRIES = "is not a HAR 1.2 file: it has no /log/entries array."
            + " Export it again as HAR from the browser, Postman or proxy";

    private static String tooLarge(long entry, long maxEntryBytes) {
        return "has an entry (/log/entries/" + entry + ") larger than " + Sizes.format(maxEntryBytes) + ", more than"
                + " this build reads at once (an eighth of the heap). Give Maven more heap (MAVEN_OPTS=-Xmx"
                + Sizes.suggestedXmx(maxEntryBytes * 16) + ") or export fewer or smaller responses; the entries"
                + " before it are checked";
    }

    private static <X extends Exception> void entry(JsonNode entry, String name, Operation operation, Pattern path,
            int[] skipped, Sink<X> sink) throws X {
        String method = entry.path("request").path("method").asText("");
        String url = entry.path("request").path("url").asText("");
        int status = entry.path("response").path("status").asInt(0);
        if (!method.equalsIgnoreCase(operation.method()) || !matches(path, url) || status < 200 || status > 299) {
            skipped[0]++;
            return;
        }
        JsonNode content = entry.path("response").path("content");
        JsonNode text = content.get("text");
        if (text == null || !text.isTextual()) {
            sink.problem(Finding.ofFile(name, "has no response.content.text; export the HAR with"
                    + " response bodies (content) included"));
            return;
        }
        byte[] bytes;
        if ("base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
            try {
                bytes = Base64.getMimeDecoder().decode(text.textValue());
            } catch (IllegalArgumentException e) {
                sink.problem(Finding.ofFile(name, "has response.content.encoding base64 but its text is"
                        + " not base64 (" + e.getMessage() + ")"));
                return;
            }
        } else {
            bytes = text.textValue().getBytes(StandardCharsets.UTF_8);
        }
        sink.body(new BytesBody(name, bytes));
    }

    /** Whether a request URL's path ends with the operation path. */
    static boolean matches(Pattern path, String url) {
        String rawPath;
        try {
            rawPath = new URI(url).getRawPath();
        } catch (URISyntaxException e) {
            int query = url.indexOf('?');
            rawPath = query < 0 ? url : url.substring(0, query);
        }
        if (rawPath == null) {
            return false;
        }
        return path.matcher(rawPath).matches();
    }

    static Pattern pathPattern(String operationPath) {
        StringBuilder regex = new StringBuilder("(?:.*)?");
        for (String segment : operationPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(segment));
            }
        }
        regex.append("/?");
        return Pattern.compile(regex.toString());
    }

}
