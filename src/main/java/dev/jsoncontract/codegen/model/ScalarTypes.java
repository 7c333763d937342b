package dev.jsoncontract.codegen.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jsoncontract.contract.model.EnumType;
import dev.jsoncontract.contract.model.JsonKind;
import dev.jsoncontract.contract.model.ScalarType;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The Java type of a single value: {@code string} → {@code String} (with {@code date-time} →
 * {@code OffsetDateTime}, {@code date} → {@code LocalDate}, {@code uri} → {@code URI},
 * {@code uuid} → {@code UUID}; other formats stay {@code String}), {@code integer} → {@code Long},
 * {@code number} → {@code Double}, {@code boolean} → {@code Boolean}. The types are boxed; the
 * record component unboxes them when the value is required and never null.
 */
final class ScalarTypes {

    private static final Map<String, TypeName> STRING_FORMATS = Map.of(
            "date-time", ClassName.get(OffsetDateTime.class),
            "date", ClassName.get(LocalDate.class),
            "uri", ClassName.get(URI.class),
            "uuid", ClassName.get(UUID.class));

    private ScalarTypes() {
    }

    /** The type of a scalar, refined by its {@code format}. */
    static TypeName of(ScalarType scalar) {
        if (scalar.kind() == JsonKind.STRING && scalar.format() != null) {
            TypeName formatted = STRING_FORMATS.get(scalar.format());
            if (formatted != null) {
                return formatted;
            }
        }
        return of(scalar.kind());
    }

    /** The type of the values of an enum that is not a Java enum (one string, or numbers or booleans). */
    static TypeName of(EnumType values) {
        return of(values.kind());
    }

    static TypeName of(JsonKind kind) {
        return switch (kind) {
            case INTEGER -> ClassName.get(Long.class);
            case NUMBER -> ClassName.get(Double.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            default -> ClassName.get(String.class);
        };
    }
}
