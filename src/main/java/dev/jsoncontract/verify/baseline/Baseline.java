package dev.jsoncontract.verify.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline file: {@code {"accepted": [ {entry}, ... ]}}, read strictly (an unknown member is
 * an error, so that a misspelt {@code "expire"} does not silently accept forever) and written in
 * one stable layout (entries sorted by schema location, keyword and value; members in a fixed
 * order; two-space indentation; {@code \n}; UTF-8), so that the git diff of an update is the review.
 */
public final class Baseline {

    /** A baseline lists groups, not findings: anything larger is refused rather than read. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> MEMBERS = Set.of("subject", "schemaLocation", "keyword", "value", "reason",
            "expires");

    /** The order entries are written and matched in. */
    static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::schemaLocation)
            .thenComparing(BaselineEntry::keyword)
            .thenComparing(BaselineEntry::value);

    private Baseline() {
    }

    /**
     * Reads the entries of a baseline file, in file order; a missing file has none.
     *
     * @param name how messages name the file
     * @throws BaselineException when the file cannot be read or an entry is malformed
     */
    public static List<BaselineEntry> read(Path file, String name) throws BaselineException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BaselineException("The baseline " + name + " is larger than 16 MB; a baseline lists groups"
                        + " of findings, not findings. Delete it and run with -Djsoncontract.updateBaseline=true to"
                        + " write a new one.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new BaselineException("The baseline " + name + " cannot be read (" + e.getClass().getSimpleName()
                    + "). Check that it is a readable file.", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BaselineException("The baseline " + name + " is not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + " ("
                    + detail(e) + "). Fix it, or delete it and run with"
                    + " -Djsoncontract.updateBaseline=true to write a new one.", e);
        } catch (IOException e) {
            throw new BaselineException("The baseline " + name + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (root == null || root.isMissingNode()) {
            return List.of();
        }
        if (!root.isObject()) {
            throw problem(name, "", "is not an object; a baseline is {\"accepted\": [ ... ]}");
        }
        for (String member : iterable(root)) {
            if (!member.equals("accepted")) {
                throw problem(name, "/" + member, "is not a member of a baseline; the only member is \"accepted\"");
            }
        }
        JsonNode accepted = root.get("accepted");
        if (accepted == null) {
            return List.of();
        }
        if (!accepted.isArray()) {
            throw problem(name, "/accepted", "is not an array of entries");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            BaselineEntry entry = entry(name, "/accepted/" + i, accepted.get(i));
            Integer earlier = seen.putIfAbsent(entry.schemaLocation() + "\n" + entry.keyword() + "\n" + entry.value(), i);
            if (earlier != null) {
                throw problem(name, "/accepted/" + i, "accepts the same findings as #/accepted/" + earlier
                        + " (" + entry.describe() + "); keep one of them");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static BaselineEntry entry(String name, String pointer, JsonNode node) throws BaselineException {
        if (!node.isObject()) {
            throw problem(name, pointer, "is not an object; an entry has schemaLocation, keyword, value, reason"
                    + " and, optionally, expires");
        }
        for (String member : iterable(node)) {
            if (!MEMBERS.contains(member)) {
                throw problem(name, pointer + "/" + member, "is not a member of an entry; the members are subject,"
                        + " schemaLocation, keyword, value, reason and expires");
            }
        }
        String reason = text(name, pointer, node, "reason", true);
        if (reason.isBlank()) {
            throw problem(name, pointer + "/reason", "is empty; say why the drift is accepted");
        }
        String expires = text(name, pointer, node, "expires", false);
        LocalDate date = null;
        if (node.has("expires")) {
            try {
                date = LocalDate.parse(expires);
            } catch (DateTimeParseException e) {
                throw problem(name, pointer + "/expires", "\"" + expires + "\" is not a date; write it as YYYY-MM-DD"
                        + " (e.g. 2027-01-31), or remove it for an entry that never expires");
            }
        }
        return new BaselineEntry(text(name, pointer, node, "subject", false),
                text(name, pointer, node, "schemaLocation", true), text(name, pointer, node, "keyword", true),
                text(name, pointer, node, "value", false), reason, date);
    }

    private static String text(String name, String pointer, JsonNode entry, String member, boolean required)
            throws BaselineException {
        JsonNode value = entry.get(member);
        if (value == null) {
            if (required) {
                throw problem(name, pointer, "has no \"" + member + "\"; every entry needs schemaLocation, keyword"
                        + " and reason");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw problem(name, pointer + "/" + member, "is not a string");
        }
        return value.textValue();
    }

    private static Iterable<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Jackson's message without the part that names the (redacted) source. */
    private static String detail(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int marker = message.indexOf(" (start marker at");
        message = marker < 0 ? message : message.substring(0, marker);
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static BaselineException problem(String name, String pointer, String what) {
        return new BaselineException("The baseline " + name + " cannot be used: " + name + "#" + pointer + " " + what
                + ".");
    }

    /** The file's text for these entries: sorted, members in a fixed order, trailing newline. */
    public static String render(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        if (sorted.isEmpty()) {
            return "{\n  \"accepted\": []\n}\n";
        }
        StringBuilder out = new StringBuilder("{\n  \"accepted\": [\n");
        for (int i = 0; i < sorted.size(); i++) {
            BaselineEntry entry = sorted.get(i);
            out.append("    {\n");
            member(out, "subject", entry.subject(), false);
            member(out, "schemaLocation", entry.schemaLocation(), false);
            member(out, "keyword", entry.keyword(), false);
            member(out, "value", entry.value(), false);
            member(out, "reason", entry.reason(), entry.expires() == null);
            if (entry.expires() != null) {
                member(out, "expires", entry.expires().toString(), true);
            }
            out.append(i == sorted.size() - 1 ? "    }\n" : "    },\n");
        }
        return out.append("  ]\n}\n").toString();
    }

    private static void member(StringBuilder out, String name, String value, boolean last) {
        out.append("      \"").append(name).append("\": \"")
                .append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"')
                .append(last ? "\n" : ",\n");
    }

    /** Writes the entries (through a temporary file, so that a failed write leaves the old file). */
    public static void write(Path file, String name, List<BaselineEntry> entries) throws BaselineException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, render(entries), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BaselineException("The baseline " + name + " cannot be written (" + e.getClass().getSimpleName()
                    + "). Check that the file and its folder are writable.", e);
        }
    }
}
