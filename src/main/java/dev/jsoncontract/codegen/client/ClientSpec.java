package dev.jsoncontract.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.Modifier;

/** The JavaPoet specs of the client class and its exception. */
final class ClientSpec {

    /** One client method: the operation, its response type and its query type (or {@code null}). */
    record Method(Operation operation, TypeName response, QueryGenerator.Query query) {
    }

    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName JSON_MAPPER = ClassName.get("com.fasterxml.jackson.databind.json", "JsonMapper");
    private static final ClassName DESERIALIZATION_FEATURE =
            ClassName.get("com.fasterxml.jackson.databind", "DeserializationFeature");
    private static final ClassName JAVA_TIME_MODULE =
            ClassName.get("com.fasterxml.jackson.datatype.jsr310", "JavaTimeModule");
    private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    private static final TypeVariableName T = TypeVariableName.get("T");

    /** Bytes of a response body kept in {@code ApiException}. */
    static final int EXCERPT_LIMIT = 2048;

    private ClientSpec() {
    }

    static TypeSpec client(Api api, ClassName client, ClassName exception, List<Method> methods) {
        ClassName builder = client.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(client)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("HTTP client of the $L API, generated from its contract.\n\n", api.client())
                .addJavadoc("<p>Build one with {@link #builder()} and share it: it is immutable and thread-safe."
                        + " Every operation has a blocking method and an {@code Async} variant returning a"
                        + " {@link $T}. Query parameters are checked against the contract before any request is"
                        + " sent. Responses with status 429 or 503 are retried with exponential backoff,"
                        + " honouring {@code Retry-After}, up to {@link Builder#maxRetries(int)} times. Any other"
                        + " failure is an {@link $T}.\n", CompletableFuture.class, exception);
        if (api.auth().bearer()) {
            type.addJavadoc("\n<p>Requests carry {@code Authorization: Bearer <token>}; the token never appears in"
                    + " {@code toString()}, exception messages or logs.\n");
        }
        if (api.baseUrl() != null) {
            type.addField(FieldSpec.builder(URI.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The base URL the contract names: {@code $L}.\n", api.baseUrl())
                    .initializer("$T.create($S)", URI.class, api.baseUrl().toString())
                    .build());
        }
        for (Method m : methods) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(TYPE_REFERENCE, m.response()),
                            responseField(m), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T<>() {}", TYPE_REFERENCE)
                    .build());
        }
        type.addField(FieldSpec.builder(int.class, "EXCERPT_LIMIT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", EXCERPT_LIMIT).build());
        type.addField(String.class, "baseUrl", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(String.class, "bearerToken", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(HttpClient.class, "http", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(Duration.class, "requestTimeout", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(int.class, "maxRetries", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(long.class, "retryBackoffMillis", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(long.class, "maxRetryDelayMillis", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(OBJECT_MAPPER, "mapper", Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("String base = builder.baseUrl.toString()")
                .addStatement("this.baseUrl = base.endsWith($S) ? base.substring(0, base.length() - 1) : base", "/")
                .addStatement("this.bearerToken = builder.bearerToken")
                .addComment("redirects are not followed: the bearer token must never reach another host")
                .addStatement("this.http = $T.newBuilder().connectTimeout(builder.connectTimeout)"
                        + ".followRedirects($T.Redirect.NEVER).build()", HttpClient.class, HttpClient.class)
                .addStatement("this.requestTimeout = builder.requestTimeout")
                .addStatement("this.maxRetries = builder.maxRetries")
                .addStatement("this.retryBackoffMillis = builder.retryBackoff.toMillis()")
                .addStatement("this.maxRetryDelayMillis = builder.maxRetryDelay.toMillis()")
                .addStatement("this.mapper = builder.objectMapper != null ? builder.objectMapper : $T.builder()"
                                + ".addModule(new $T())"
                                + ".disable($T.FAIL_ON_UNKNOWN_PROPERTIES)"
                                + ".disable($T.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)"
                                + ".build()", JSON_MAPPER, JAVA_TIME_MODULE, DESERIALIZATION_FEATURE,
                        DESERIALIZATION_FEATURE)
                .build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder$L.\n\n@return a new builder\n", api.baseUrl() == null
                        ? "; set the base URL with {@link Builder#baseUrl(URI)}"
                        : " whose base URL is {@link #DEFAULT_BASE_URL}")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        for (Method m : methods) {
            addOperation(type, m, exception);
        }
        addPlumbing(type, api, exception);
        type.addType(builder(api, client, builder));
        return type.build();
    }

    private static String responseField(Method m) {
        return Names.constant(m.operation().name()) + "_RESPONSE";
    }

    private static void addOperation(TypeSpec.Builder type, Method m, ClassName exception) {
        Operation op = m.operation();
        String name = op.name();
        String async = name + "Async";
        TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), m.response());
        String summary = Names.javadoc(op.description());
        String what = "{@code " + op.method() + " " + op.path() + "}";
        String doc = (summary.isEmpty() ? "" : summary + " ") + "Sends " + what + ".\n";
        String responseDoc = Names.javadoc(op.response().node().path("description").asText(""));
        String returns = responseDoc.isEmpty() ? "the response body" : responseDoc;
        CodeBlock throwsDoc = CodeBlock.of("@throws $T when the request fails: a status other than 2xx (after"
                + " retries), a timeout, a network error or a body that cannot be read\n", exception);
        ClassName query = m.query() == null ? null : m.query().name();
        boolean noArgs = query == null || !m.query().anyRequired();
        if (noArgs) {
            MethodSpec.Builder blocking = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                    .returns(m.response())
                    .addJavadoc(doc)
                    .addJavadoc(query == null ? "" : "Sends no query parameters.\n")
                    .addJavadoc("\n@return $L\n", returns)
                    .addJavadoc(throwsDoc);
            blocking.addStatement("return await($N())", async);
            type.addMethod(blocking.build());
        }
        if (query != null) {
            type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                    .returns(m.response())
                    .addParameter(query, "query")
                    .addJavadoc(doc)
                    .addJavadoc("\n@param query the query parameters, built with {@link $T#builder()}\n", query)
                    .addJavadoc("@return $L\n", returns)
                    .addJavadoc(throwsDoc)
                    .addStatement("return await($N(query))", async)
                    .build());
        }
        if (noArgs) {
            MethodSpec.Builder asyncNoArgs = MethodSpec.methodBuilder(async).addModifiers(Modifier.PUBLIC)
                    .returns(future)
                    .addJavadoc("Like {@link #$L()}, without blocking.\n\n", name)
                    .addJavadoc("@return the response body, or a future failed with {@link $T}\n", exception);
            if (query != null) {
                asyncNoArgs.addStatement("return $N($T.builder().build())", async, query);
            } else {
                asyncNoArgs.addStatement("return send($S, $S, $S, $S, $N)", op.method(), op.path(), "",
                        op.mediaType(), responseField(m));
            }
            type.addMethod(asyncNoArgs.build());
        }
        if (query != null) {
            MethodSpec.Builder asyncQuery = MethodSpec.methodBuilder(async).addModifiers(Modifier.PUBLIC)
                    .returns(future)
                    .addParameter(query, "query")
                    .addJavadoc("Like {@link #$L($T)}, without blocking.\n\n", name, query)
                    .addJavadoc("@param query the query parameters, built with {@link $T#builder()}\n", query)
                    .addJavadoc("@return the response body, or a future failed with {@link $T}\n", exception)
                    .addStatement("$T.requireNonNull(query, $S)", Objects.class, "query")
                    .addStatement("$T parameters = new $T()", StringBuilder.class, StringBuilder.class);
            for (QueryGenerator.Parameter p : m.query().parameters()) {
                asyncQuery.addStatement("addParameter(parameters, $S, query.$N())", p.wireName(), p.javaName());
            }
            asyncQuery.addStatement("return send($S, $S, parameters.toString(), $S, $N)", op.method(), op.path(),
                    op.mediaType(), responseField(m));
            type.addMethod(asyncQuery.build());
        }
    }

    private static void addPlumbing(TypeSpec.Builder type, Api api, ClassName exception) {
        TypeName typeRefT = ParameterizedTypeName.get(TYPE_REFERENCE, T);
        TypeName futureT = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), T);
        TypeName responseBytes = ParameterizedTypeName.get(ClassName.get(HttpResponse.class), TypeName.get(byte[].class));

        type.addMethod(MethodSpec.methodBuilder("addParameter")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(StringBuilder.class, "parameters")
                .addParameter(String.class, "name")
                .addParameter(Object.class, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (value instanceof $T<?> values)", Collection.class)
                .addComment("an array parameter: name=first&name=second")
                .beginControlFlow("for (Object item : values)")
                .addStatement("addParameter(parameters, name, item)")
                .endControlFlow()
                .addStatement("return")
                .endControlFlow()
                .addStatement("String text")
                .beginControlFlow("if (value instanceof $T dateTime)", OffsetDateTime.class)
                .addStatement("text = $T.ISO_OFFSET_DATE_TIME.format(dateTime)", DateTimeFormatter.class)
                .nextControlFlow("else if (value instanceof Enum<?>)")
                .addStatement("text = mapper.convertValue(value, String.class)")
                .nextControlFlow("else")
                .addStatement("text = value.toString()")
                .endControlFlow()
                .beginControlFlow("if (text == null)")
                .addComment("an enum constant without a wire value, such as the one for values not recognised")
                .addStatement("return")
                .endControlFlow()
                .addStatement("parameters.append(parameters.length() == 0 ? $S : $S)"
                        + ".append(encode(name)).append('=').append(encode(text))", "?", "&")
                .build());
        type.addMethod(MethodSpec.methodBuilder("encode")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "text")
                .addStatement("return $T.encode(text, $T.UTF_8).replace($S, $S)", URLEncoder.class,
                        StandardCharsets.class, "+", "%20")
                .build());

        MethodSpec.Builder send = MethodSpec.methodBuilder("send")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(T)
                .returns(futureT)
                .addParameter(String.class, "method")
                .addParameter(String.class, "path")
                .addParameter(String.class, "query")
                .addParameter(String.class, "accept")
                .addParameter(typeRefT, "type")
                .addStatement("$T.Builder request = $T.newBuilder($T.create(baseUrl + path + query))"
                        + ".timeout(requestTimeout).header($S, accept).method(method, $T.BodyPublishers.noBody())",
                        HttpRequest.class, HttpRequest.class, URI.class, "Accept", HttpRequest.class);
        if (api.auth().bearer()) {
            send.addStatement("request.header($S, $S + bearerToken)", "Authorization", "Bearer ");
        }
        send.addStatement("$T<T> result = new $T<>()", CompletableFuture.class, CompletableFuture.class)
                .addStatement("attempt(request.build(), type, 0, result)")
                .addStatement("return result");
        type.addMethod(send.build());

        type.addMethod(MethodSpec.methodBuilder("attempt")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(T)
                .addParameter(HttpRequest.class, "request")
                .addParameter(typeRefT, "type")
                .addParameter(int.class, "retry")
                .addParameter(futureT, "result")
                .beginControlFlow("if (result.isDone())")
                .addComment("cancelled by the caller")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("http.sendAsync(request, $T.BodyHandlers.ofByteArray())"
                        + ".whenComplete((response, error) ->", HttpResponse.class)
                .beginControlFlow("if (error != null)")
                .addStatement("result.completeExceptionally(failure(request, error))")
                .addStatement("return")
                .endControlFlow()
                .addStatement("int status = response.statusCode()")
                .beginControlFlow("if ((status == 429 || status == 503) && retry < maxRetries)")
                .addStatement("long delay = retryDelayMillis(response.headers().firstValue($S).orElse(null), retry,"
                        + " retryBackoffMillis, maxRetryDelayMillis, $T.now())", "Retry-After", Instant.class)
                .addStatement("$T.delayedExecutor(delay, $T.MILLISECONDS).execute(() -> attempt(request, type,"
                        + " retry + 1, result))", CompletableFuture.class, TimeUnit.class)
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (status < 200 || status > 299)")
                .addStatement("result.completeExceptionally(new $T(describe(request) + $S + status"
                        + " + (retry > 0 ? $S + retry + $S : $S) + $S + excerpt(response), status,"
                        + " excerpt(response), null))", exception, " failed with HTTP ", " after ",
                        " retries", "", ": ")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("result.complete(mapper.readValue(response.body(), type))")
                .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
                .addStatement("result.completeExceptionally(new $T(describe(request) + $S"
                        + " + e.getClass().getSimpleName(), status, excerpt(response), e))", exception,
                        " returned a body that cannot be read as the contract's response type: ")
                .endControlFlow()
                .addCode("$<});\n")
                .build());

        type.addMethod(MethodSpec.methodBuilder("failure")
                .addModifiers(Modifier.PRIVATE)
                .returns(exception)
                .addParameter(HttpRequest.class, "request")
                .addParameter(Throwable.class, "error")
                .addStatement("Throwable cause = error instanceof $T && error.getCause() != null"
                        + " ? error.getCause() : error", CompletionException.class)
                .beginControlFlow("if (cause instanceof $T)", HttpTimeoutException.class)
                .addStatement("return new $T(describe(request) + $S + requestTimeout.toMillis() + $S, 0, $S, cause)",
                        exception, " timed out after ", " ms", "")
                .endControlFlow()
                .addStatement("return new $T(describe(request) + $S + cause.getClass().getSimpleName()"
                        + " + (cause.getMessage() == null ? $S : $S + redact(cause.getMessage())), 0, $S, cause)",
                        exception, " failed: ", "", ": ", "")
                .build());

        type.addMethod(MethodSpec.methodBuilder("describe")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(HttpRequest.class, "request")
                .addStatement("return request.method() + $S + request.uri()", " ")
                .build());

        type.addMethod(MethodSpec.methodBuilder("excerpt")
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addParameter(responseBytes, "response")
                .addStatement("byte[] body = response.body() == null ? new byte[0] : response.body()")
                .addStatement("String text = new String(body, 0, Math.min(body.length, EXCERPT_LIMIT), $T.UTF_8)",
                        StandardCharsets.class)
                .beginControlFlow("if (body.length > EXCERPT_LIMIT)")
                .addStatement("text = text + $S + body.length + $S", "... (", " bytes in all)")
                .endControlFlow()
                .addStatement("return redact(text)")
                .build());

        type.addMethod(MethodSpec.methodBuilder("redact")
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addParameter(String.class, "text")
                .addJavadoc("Keeps the token out of anything the caller may log, even if the server echoes it.\n")
                .addStatement(api.auth().bearer()
                        ? "return bearerToken == null || bearerToken.isEmpty() ? text : text.replace(bearerToken, \"***\")"
                        : "return text")
                .build());

        type.addMethod(MethodSpec.methodBuilder("retryDelayMillis")
                .addJavadoc("How long to wait before retry {@code retry + 1}: what {@code Retry-After} asks"
                        + " (seconds or an HTTP date), else {@code backoff * 2^retry}; never more than"
                        + " {@code cap}.\n")
                .addModifiers(Modifier.STATIC)
                .returns(long.class)
                .addParameter(String.class, "retryAfter")
                .addParameter(int.class, "retry")
                .addParameter(long.class, "backoff")
                .addParameter(long.class, "cap")
                .addParameter(Instant.class, "now")
                .addStatement("long delay = backoff << Math.min(retry, 20)")
                .beginControlFlow("if (retryAfter != null && !retryAfter.isBlank())")
                .addStatement("String value = retryAfter.trim()")
                .beginControlFlow("try")
                .beginControlFlow("if (value.chars().allMatch(Character::isDigit))")
                .addStatement("delay = value.length() > 9 ? cap : Long.parseLong(value) * 1000L")
                .nextControlFlow("else")
                .addStatement("delay = Math.max(0L, $T.between(now, $T.parse(value, $T.RFC_1123_DATE_TIME)"
                        + ".toInstant()).toMillis())", Duration.class, ZonedDateTime.class, DateTimeFormatter.class)
                .endControlFlow()
                .nextControlFlow("catch ($T e)", DateTimeParseException.class)
                .addComment("not a value the standard allows: keep the backoff")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return Math.min(Math.max(delay, 0L), cap)")
                .build());

        type.addMethod(MethodSpec.methodBuilder("await")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(futureT, "future")
                .beginControlFlow("try")
                .addStatement("return future.get()")
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("future.cancel(true)")
                .addStatement("Thread.currentThread().interrupt()")
                .addStatement("throw new $T($S, 0, $S, e)", exception, "interrupted while waiting for the response", "")
                .nextControlFlow("catch ($T e)", ExecutionException.class)
                .beginControlFlow("if (e.getCause() instanceof $T failure)", exception)
                .addStatement("throw failure")
                .endControlFlow()
                .addStatement("throw new $T(String.valueOf(e.getCause()), 0, $S, e.getCause())", exception, "")
                .endControlFlow()
                .build());

        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + baseUrl + $S", api.client() + "Client[baseUrl=", "]")
                .build());
    }

    private static TypeSpec builder(Api api, ClassName client, ClassName builder) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Configures a {@link $T}. Defaults: connect timeout 10 s, request timeout 30 s,"
                        + " 3 retries, backoff 500 ms doubling per retry, at most 30 s between retries.\n", client)
                .addField(FieldSpec.builder(URI.class, "baseUrl", Modifier.PRIVATE)
                        .initializer(api.baseUrl() == null ? "null" : "DEFAULT_BASE_URL").build())
                .addField(String.class, "bearerToken", Modifier.PRIVATE)
                .addField(FieldSpec.builder(Duration.class, "connectTimeout", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(10)", Duration.class).build())
                .addField(FieldSpec.builder(Duration.class, "requestTimeout", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(30)", Duration.class).build())
                .addField(FieldSpec.builder(int.class, "maxRetries", Modifier.PRIVATE).initializer("3").build())
                .addField(FieldSpec.builder(Duration.class, "retryBackoff", Modifier.PRIVATE)
                        .initializer("$T.ofMillis(500)", Duration.class).build())
                .addField(FieldSpec.builder(Duration.class, "maxRetryDelay", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(30)", Duration.class).build())
                .addField(OBJECT_MAPPER, "objectMapper", Modifier.PRIVATE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(setter(builder, "baseUrl", URI.class, "The base URL the operation paths are appended to"
                        + (api.baseUrl() == null ? "; required." : ", by default {@code " + api.baseUrl() + "}."),
                "the base URL, e.g. {@code https://api.example.com/v1}")
                .addStatement("this.baseUrl = $T.requireNonNull(baseUrl, $S)", Objects.class, "baseUrl")
                .addStatement("return this").build());
        if (api.auth().bearer()) {
            String env = api.auth().tokenEnvironmentVariable();
            type.addMethod(setter(builder, "bearerToken", String.class, "The token sent as"
                            + " {@code Authorization: Bearer <token>}; required. Read it from the environment"
                            + (env == null ? "" : " (conventionally {@code " + env + "})")
                            + " or a secret store, never from source code.", "the token")
                    .addStatement("this.bearerToken = bearerToken")
                    .addStatement("return this").build());
        }
        durationSetter(type, builder, "connectTimeout", "How long to wait for a connection; default 10 s.");
        durationSetter(type, builder, "requestTimeout", "How long to wait for each response; default 30 s.");
        type.addMethod(setter(builder, "maxRetries", int.class, "How many times a request answered with 429 or"
                        + " 503 is retried; default 3, {@code 0} disables retries.", "the number of retries, at least 0")
                .beginControlFlow("if (maxRetries < 0)")
                .addStatement("throw new $T($S + maxRetries)", IllegalArgumentException.class,
                        "maxRetries must be at least 0, was ")
                .endControlFlow()
                .addStatement("this.maxRetries = maxRetries")
                .addStatement("return this").build());
        durationSetter(type, builder, "retryBackoff", "The wait before the first retry when the server sends no"
                + " {@code Retry-After}; it doubles with each retry. Default 500 ms.");
        durationSetter(type, builder, "maxRetryDelay", "The longest wait between two attempts, also when"
                + " {@code Retry-After} asks for more; default 30 s.");
        type.addMethod(setter(builder, "objectMapper", OBJECT_MAPPER, "The Jackson mapper that reads responses;"
                        + " by default one with {@code JavaTimeModule} that ignores unknown properties. A mapper"
                        + " passed here is used as it is, so register {@code JavaTimeModule} on it.", "the mapper")
                .addStatement("this.objectMapper = $T.requireNonNull(objectMapper, $S)", Objects.class, "objectMapper")
                .addStatement("return this").build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(client)
                .addJavadoc("@return the client\n@throws $T when a required setting is missing\n",
                        IllegalStateException.class);
        if (api.baseUrl() == null) {
            build.beginControlFlow("if (baseUrl == null)")
                    .addStatement("throw new $T($S)", IllegalStateException.class,
                            "no base URL: call baseUrl(URI.create(\"https://...\")) before build()")
                    .endControlFlow();
        }
        if (api.auth().bearer()) {
            String env = api.auth().tokenEnvironmentVariable();
            build.beginControlFlow("if (bearerToken == null || bearerToken.isBlank())")
                    .addStatement("throw new $T($S)", IllegalStateException.class, "no bearer token: call"
                            + " bearerToken(...) before build()"
                            + (env == null ? "" : ", e.g. with System.getenv(\"" + env + "\"), and check that "
                            + env + " is set"))
                    .endControlFlow();
        }
        type.addMethod(build.addStatement("return new $T(this)", client).build());
        return type.build();
    }

    private static void durationSetter(TypeSpec.Builder type, ClassName builder, String name, String doc) {
        type.addMethod(setter(builder, name, Duration.class, doc, "a positive duration")
                .beginControlFlow("if ($N.isNegative() || $N.isZero())", name, name)
                .addStatement("throw new $T($S + $N)", IllegalArgumentException.class,
                        name + " must be positive, was ", name)
                .endControlFlow()
                .addStatement("this.$N = $N", name, name)
                .addStatement("return this").build());
    }

    private static MethodSpec.Builder setter(ClassName builder, String name, java.lang.reflect.Type type,
            String doc, String paramDoc) {
        return setter(builder, name, TypeName.get(type), doc, paramDoc);
    }

    private static MethodSpec.Builder setter(ClassName builder, String name, TypeName type, String doc,
            String paramDoc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name)
                .addJavadoc("$L\n\n@param $L $L\n@return this builder\n", doc, name, paramDoc);
    }

    static TypeSpec exception(ClassName exception, Api api) {
        return TypeSpec.classBuilder(exception)
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeException.class)
                .addJavadoc("A request made by {@code $L} that did not succeed.\n\n", api.client() + "Client")
                .addJavadoc("<p>{@link #statusCode()} is the HTTP status, or {@code 0} when no response arrived"
                        + " (timeout, network error, interruption; see {@link #getCause()}).\n"
                        + "{@link #bodyExcerpt()} holds at most the first $L bytes of the response body."
                        + " Neither the message nor the excerpt ever holds the bearer token.\n", EXCERPT_LIMIT)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "bodyExcerpt", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param message what failed\n@param statusCode the HTTP status, or {@code 0}\n"
                                + "@param bodyExcerpt the start of the response body, or {@code \"\"}\n"
                                + "@param cause the underlying failure, or {@code null}\n")
                        .addParameter(String.class, "message")
                        .addParameter(int.class, "statusCode")
                        .addParameter(String.class, "bodyExcerpt")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(message, cause)")
                        .addStatement("this.statusCode = statusCode")
                        .addStatement("this.bodyExcerpt = bodyExcerpt == null ? $S : bodyExcerpt", "")
                        .build())
                .addMethod(MethodSpec.methodBuilder("statusCode")
                        .addJavadoc("@return the HTTP status code, or {@code 0} when no response arrived\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return statusCode")
                        .build())
                .addMethod(MethodSpec.methodBuilder("bodyExcerpt")
                        .addJavadoc("@return the start of the response body (UTF-8), or {@code \"\"}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return bodyExcerpt")
                        .build())
                .build();
    }
}
