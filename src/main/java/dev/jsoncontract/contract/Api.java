package dev.jsoncontract.contract;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP API a schema describes, read from its top-level {@code x-jsoncontract} object.
 *
 * @param client the client's base name; the generated client class is {@code <client>Client}
 * @param baseUrl the public base URL, or {@code null} when the contract names none
 * @param auth how requests authenticate
 * @param operations the operations, in declaration order
 * @param declaredAt the {@code x-jsoncontract} node
 */
public record Api(String client, URI baseUrl, Auth auth, List<Operation> operations, SchemaNode declaredAt) {

    public Api {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(auth, "auth");
        operations = List.copyOf(operations);
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    /**
     * Authentication.
     *
     * @param scheme {@code bearer} or {@code none}
     * @param tokenEnvironmentVariable the environment variable that conventionally holds the token,
     *     or {@code null}
     */
    public record Auth(String scheme, String tokenEnvironmentVariable) {

        public static final Auth NONE = new Auth("none", null);

        public Auth {
            Objects.requireNonNull(scheme, "scheme");
        }

        public boolean bearer() {
            return "bearer".equals(scheme);
        }
    }
}
