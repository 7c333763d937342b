package dev.jsoncontract.codegen.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands out the simple names of generated top-level types, so that no two types share a name.
 *
 * <p>Rule, applied in schema-traversal order: the preferred name when it is free; else the owning
 * type's name followed by the preferred name ({@code Call} + {@code Analysis} →
 * {@code CallAnalysis}); else the preferred name followed by the first free number from 2
 * ({@code Analysis2}). Names are compared ignoring case, because the types become files and some
 * file systems ignore case. The simple names of the library types that generated code refers to
 * ({@code String}, {@code List}, {@code JsonProperty}, ...) are taken from the start, so that a
 * generated type never hides one of them.
 */
final class TypeNameAllocator {

    /**
     * Simple names of the types generated code uses, and {@code Builder}, the name of the builders
     * nested in records; a generated type may not take them.
     */
    static final List<String> RESERVED = List.of(
            "Boolean", "Builder", "Double", "Long", "Object", "Override", "String",
            "ArrayList", "Collections", "LinkedHashMap", "List", "Map", "Objects",
            "LocalDate", "OffsetDateTime", "URI", "UUID",
            "JsonCreator", "JsonIgnoreProperties", "JsonProperty", "JsonSubTypes", "JsonTypeInfo", "JsonValue",
            "JsonInclude", "JsonFormat", "JsonPropertyOrder", "JsonNode");

    /**
     * The longest name handed out: the file {@code <name>.java} must fit a file system's 255 bytes,
     * and an owner prefix per nesting level would otherwise grow without bound.
     */
    static final int MAX_LENGTH = 96;

    private final Set<String> taken = new HashSet<>();
    /** For each preferred name (lower case), the next number to try, so that numbering stays linear. */
    private final Map<String, Integer> next = new HashMap<>();

    TypeNameAllocator() {
        RESERVED.forEach(this::take);
    }

    /**
     * @param preferred the name the rules give the type (a valid identifier)
     * @param owner the simple name of the type the schema is declared in, or {@code null}
     * @return a name no other type has
     */
    String allocate(String wanted, String owner) {
        String preferred = wanted.length() > MAX_LENGTH ? wanted.substring(0, MAX_LENGTH) : wanted;
        if (isFree(preferred)) {
            return take(preferred);
        }
        if (owner != null && (owner + preferred).length() <= MAX_LENGTH && isFree(owner + preferred)) {
            return take(owner + preferred);
        }
        String key = preferred.toLowerCase(Locale.ROOT);
        for (int suffix = next.getOrDefault(key, 2); ; suffix++) {
            String candidate = preferred + suffix;
            if (isFree(candidate)) {
                next.put(key, suffix + 1);
                return take(candidate);
            }
        }
    }

    private boolean isFree(String name) {
        return !taken.contains(name.toLowerCase(Locale.ROOT));
    }

    private String take(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
