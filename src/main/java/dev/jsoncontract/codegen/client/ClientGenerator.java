package dev.jsoncontract.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jsoncontract.codegen.GeneratedCode;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.codegen.TypeMapper;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Operation;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the typed HTTP client of an {@link Api}: {@code <client>Client}, one query type per
 * operation and the exception it throws. The generated code uses only {@code java.net.http} and
 * Jackson at run time (2, with jsr310, or 3: see {@link JacksonVersion}), nothing of jsoncontract.
 *
 * <p>Type names: the client is {@code <client>Client}, the query type of operation {@code listCalls}
 * is {@code ListCallsQuery}, the exception is {@code ApiException}. When the caller passes the names
 * the model already uses ({@link #generate(Api, String, TypeMapper, Set)}), a taken name gets the
 * client name in front ({@code CallsApiException}, {@code CallsListCallsQuery}), then a number until
 * it is free; names are compared without case, as some file systems do.
 */
public final class ClientGenerator {

    /** The methods of the generated client that an operation may not be named after. */
    static final Set<String> RESERVED_METHODS = Set.of("builder", "send", "attempt", "await", "encode",
            "addParameter", "excerpt", "failure", "redact", "retryDelayMillis", "describe");

    private ClientGenerator() {
    }

    /**
     * Same as {@link #generate(Api, String, TypeMapper, Set)} with no names taken.
     *
     * @param api the API described by the contract
     * @param packageName the package of the generated code
     * @param types maps response schemas to the generated model types
     * @return the client, its query types and its exception, sorted by name
     * @throws ContractException when the endpoint description cannot be turned into a client
     */
    public static List<JavaFile> generate(Api api, String packageName, TypeMapper types) throws ContractException {
        return generate(api, packageName, types, Set.of());
    }

    /**
     * @param api the API described by the contract
     * @param packageName the package of the generated code
     * @param types maps response schemas to the generated model types
     * @param takenNames simple names of types already generated in {@code packageName}; the client's
     *     own types are named around them
     * @return the client, its query types and its exception, sorted by name
     * @throws ContractException when the endpoint description cannot be turned into a client
     */
    public static List<JavaFile> generate(Api api, String packageName, TypeMapper types, Set<String> takenNames)
            throws ContractException {
        return generate(api, packageName, types, takenNames, JacksonVersion.JACKSON_2);
    }

    /**
     * @param api the API described by the contract
     * @param packageName the package of the generated code
     * @param types maps response schemas to the generated model types
     * @param takenNames simple names of types already generated in {@code packageName}; the client's
     *     own types are named around them
     * @param jackson the Jackson the client is written for
     * @return the client, its query types and its exception, sorted by name
     * @throws ContractException when the endpoint description cannot be turned into a client
     */
    public static List<JavaFile> generate(Api api, String packageName, TypeMapper types, Set<String> takenNames,
            JacksonVersion jackson) throws ContractException {
        // compared without case: Call.java and CALL.java are one file on some file systems
        Set<String> typeNames = new HashSet<>();
        takenNames.forEach(name -> typeNames.add(name.toLowerCase(Locale.ROOT)));
        ClassName client = ClassName.get(packageName, allocate(typeNames, api.client() + "Client", api.client()));
        ClassName exception = ClassName.get(packageName, allocate(typeNames, "ApiException", api.client()));
        List<ClientSpec.Method> methods = new ArrayList<>();
        List<TypeSpec.Builder> queryTypes = new ArrayList<>();
        for (Operation operation : api.operations()) {
            if (RESERVED_METHODS.contains(operation.name()) || Names.OBJECT_METHODS.contains(operation.name())) {
                throw operation.declaredAt().error("the operation name \"" + operation.name() + "\" clashes with"
                        + " a method of the generated client; choose another name, e.g. \"list"
                        + Names.upperFirst(operation.name()) + "\".");
            }
            if (operation.path().contains("{")) {
                throw operation.declaredAt().child("path").error("path parameters such as {id} are not"
                        + " supported yet; describe an operation whose path is fixed.");
            }
            try {
                URI.create("http://h" + operation.path());
            } catch (IllegalArgumentException e) {
                throw operation.declaredAt().child("path").error("is not a valid URL path: " + e.getMessage()
                        + ". Percent-encode characters such as spaces, e.g. \"/call%20log\".");
            }
            TypeName response = types.map(operation.response(), true);
            if (response.isPrimitive()) {
                response = response.box();
            }
            QueryGenerator.Query query = null;
            if (operation.query() != null) {
                String simple = allocate(typeNames, Names.upperFirst(operation.name()) + "Query", api.client());
                query = QueryGenerator.generate(operation, ClassName.get(packageName, simple), client, types);
                queryTypes.add(query.type());
            }
            methods.add(new ClientSpec.Method(operation, response, query, types.allowsNull(operation.response())));
        }
        List<JavaFile> files = new ArrayList<>();
        String comment = "Generated by jsoncontract from " + GeneratedCode.sourceName(api.declaredAt().file().displayName())
                + ". Do not edit.";
        // every type of the package: a library type of the same simple name is written qualified
        Set<String> packageTypes = new TreeSet<>(takenNames);
        packageTypes.add(client.simpleName());
        packageTypes.add(exception.simpleName());
        methods.stream().filter(m -> m.query() != null).forEach(m -> packageTypes.add(m.query().name().simpleName()));
        List<TypeSpec.Builder> specs = new ArrayList<>();
        specs.add(ClientSpec.client(api, client, exception, methods, jackson));
        specs.add(ClientSpec.exception(exception, api));
        specs.addAll(queryTypes);
        for (TypeSpec.Builder type : specs) {
            files.add(GeneratedCode.file(packageName, GeneratedCode.mark(type, packageTypes).build(), comment));
        }
        files.sort((a, b) -> a.typeSpec().name().compareTo(b.typeSpec().name()));
        return List.copyOf(files);
    }

    private static String allocate(Set<String> taken, String wanted, String prefix) {
        String candidate = wanted;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = prefix + wanted + (i == 2 ? "" : Integer.toString(i));
        }
        return candidate;
    }
}
