package dev.jsoncontract.verify.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.JsonBodies;
import dev.jsoncontract.verify.ResponseBody;
import dev.jsoncontract.verify.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
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

    /** Reads {@code file}, named {@code source} in findings, for {@code operation}. */
    public static HarBodies read(Path file, String source, Operation operation) {
        JsonNode har;
        try (InputStream in = Files.newInputStream(file)) {
            har = JsonBodies.parse(in);
        } catch (JsonBodies.NotJsonException e) {
            return problem(source, "is not a HAR file: it " + e.getMessage());
        } catch (IOException e) {
            String detail = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
            return problem(source, "cannot be read (" + e.getClass().getSimpleName()
                    + (detail == null ? "" : ": " + detail) + "); check that the file exists and is readable");
        }
        JsonNode entries = har.path("log").path("entries");
        if (!entries.isArray()) {
            return problem(source, "is not a HAR 1.2 file: it has no /log/entries array."
                    + " Export it again as HAR from the browser, Postman or proxy");
        }
        Pattern path = pathPattern(operation.path());
        List<ResponseBody> bodies = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String name = source + "#/log/entries/" + i;
            String method = entry.path("request").path("method").asText("");
            String url = entry.path("request").path("url").asText("");
            int status = entry.path("response").path("status").asInt(0);
            if (!method.equalsIgnoreCase(operation.method()) || !matches(path, url) || status < 200 || status > 299) {
                skipped++;
                continue;
            }
            JsonNode content = entry.path("response").path("content");
            JsonNode text = content.get("text");
            if (text == null || !text.isTextual()) {
                problems.add(Finding.ofFile(name, "has no response.content.text; export the HAR with"
                        + " response bodies (content) included"));
                continue;
            }
            byte[] bytes;
            if ("base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
                try {
                    bytes = Base64.getMimeDecoder().decode(text.textValue());
                } catch (IllegalArgumentException e) {
                    problems.add(Finding.ofFile(name, "has response.content.encoding base64 but its text is"
                            + " not base64 (" + e.getMessage() + ")"));
                    continue;
                }
            } else {
                bytes = text.textValue().getBytes(StandardCharsets.UTF_8);
            }
            bodies.add(new BytesBody(name, bytes));
        }
        return new HarBodies(bodies, problems, skipped);
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

    private static HarBodies problem(String source, String message) {
        return new HarBodies(List.of(), List.of(Finding.ofFile(source, message)), 0);
    }
}
