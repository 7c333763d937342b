package dev.jsoncontract.contract;

import java.util.List;
import java.util.Objects;

/**
 * One HTTP operation of an API, as described under {@code x-jsoncontract/operations/<name>}.
 *
 * @param name the operation id, a Java identifier such as {@code listCalls}
 * @param description what the operation does, or {@code ""}
 * @param method the HTTP method, upper case
 * @param path the path below the API's base URL, starting with {@code /}
 * @param query the schema of the query parameters (an object schema), or {@code null} when the
 *     operation takes none
 * @param response the schema of a successful response body
 * @param mediaType the media type of a successful response
 * @param redact JSON Pointer patterns ({@code *} matches any one token) of response values that
 *     record mode replaces with placeholders
 * @param declaredAt where the operation is declared
 */
public record Operation(
        String name,
        String description,
        String method,
        String path,
        SchemaNode query,
        SchemaNode response,
        String mediaType,
        List<String> redact,
        SchemaNode declaredAt) {

    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(mediaType, "mediaType");
        redact = List.copyOf(redact);
        Objects.requireNonNull(declaredAt, "declaredAt");
    }
}
