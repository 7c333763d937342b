package dev.jsoncontract.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.jsoncontract.codegen.JacksonVersion;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Operation;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/** The JavaPoet specs of the client class and its exception. */
final class ClientSpec {

    /**
     * One client method: the operation, its response type, its query type (or {@code null}) and whether
     * the response schema allows a {@code null} body.
     */
    record Method(Operation operation, TypeName response, QueryGenerator.Query query, boolean nullable) {
    }

    private static final TypeVariableName T = TypeVariableName.get("T");

    /** The default of {@code maxResponseSize}: 64 MiB. */
    static final long MAX_RESPONSE_SIZE = 64L * 1024 * 1024;

    /** The largest {@code maxResponseSize}: what one Java array can hold. */
    static final long MAX_RESPONSE_SIZE_LIMIT = Integer.MAX_VALUE - 8;

    /** Bytes of a response body kept in {@code ApiException}. */
    static final int EXCERPT_LIMIT = 2048;

    private ClientSpec() {
    }

    static TypeSpec.Builder client(Api api, ClassName client, ClassName exception, List<Method> methods,
            JacksonVersion jackson) {
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
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(jackson.typeReference(), m.response()),
                            responseField(m), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T<>() {}", jackson.typeReference())
                    .build());
        }
        type.addField(FieldSpec.builder(int.class, "EXCERPT_LIMIT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", EXCERPT_LIMIT).build());
        type.addField(String.class, "baseUrl", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(String.class, "bearerToken", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(HttpClient.class, "http", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(Duration.class, "requestTimeout", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(long.class, "maxResponseSize", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(int.class, "maxRetries", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(long.class, "retryBackoffMillis", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(long.class, "maxRetryDelayMillis", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(jackson.objectMapper(), "mapper", Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("$T base = builder.baseUrl.toString()", String.class)
                .addStatement("this.baseUrl = base.endsWith($S) ? base.substring(0, base.length() - 1) : base", "/")
                .addStatement("this.bearerToken = builder.bearerToken")
                .addComment("redirects are not followed: the bearer token must never reach another host")
                .addStatement("this.http = $T.newBuilder().connectTimeout(builder.connectTimeout)"
                        + ".followRedirects($T.Redirect.NEVER).build()", HttpClient.class, HttpClient.class)
                .addStatement("this.requestTimeout = builder.requestTimeout")
                .addStatement("this.maxResponseSize = builder.maxResponseSize")
                .addStatement("this.maxRetries = builder.maxRetries")
                .addStatement("this.retryBackoffMillis = builder.retryBackoff.toMillis()")
                .addStatement("this.maxRetryDelayMillis = builder.maxRetryDelay.toMillis()")
                .addStatement("this.mapper = builder.objectMapper != null ? builder.objectMapper : $L",
                        defaultMapper(jackson))
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
        addPlumbing(type, api, client, exception, jackson);
        type.addType(builder(api, client, builder, jackson));
        return type;
    }

    /** The mapper the client reads with unless given one: Java time, unknown properties ignored, offsets kept. */
    private static CodeBlock defaultMapper(JacksonVersion jackson) {
        CodeBlock.Builder mapper = CodeBlock.builder().add("$T.builder()", jackson.jsonMapper());
        if (jackson.javaTimeModule() != null) {
            mapper.add(".addModule(new $T())", jackson.javaTimeModule());
        }
        return mapper.add(".disable($T.FAIL_ON_UNKNOWN_PROPERTIES)", jackson.deserializationFeature())
                .add(".disable($T.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)", jackson.dateReadFeature())
                .add(".build()")
                .build();
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
                asyncNoArgs.addStatement("return send($S, $S, $S, $S, $N, $L)", op.method(), op.path(), "",
                        op.mediaType(), responseField(m), m.nullable());
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
            asyncQuery.addStatement("return send($S, $S, parameters.toString(), $S, $N, $L)", op.method(), op.path(),
                    op.mediaType(), responseField(m), m.nullable());
            type.addMethod(asyncQuery.build());
        }
    }

    /** The names the plumbing's code refers to, so that every type goes through JavaPoet's imports. */
    private static Map<String, Object> names(JacksonVersion jackson, ClassName exception, ClassName client) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("exception", exception);
        names.put("limitedBody", client.nestedClass("LimitedBody"));
        names.put("tooLarge", client.nestedClass("TooLargeException"));
        names.put("redacted", client.nestedClass("RedactedFailure"));
        names.put("string", ClassName.get(String.class));
        names.put("object", ClassName.OBJECT);
        names.put("stringBuilder", ClassName.get(StringBuilder.class));
        names.put("character", ClassName.get(Character.class));
        names.put("long", ClassName.get(Long.class));
        names.put("math", ClassName.get(Math.class));
        names.put("thread", ClassName.get(Thread.class));
        names.put("enum", ClassName.get(Enum.class));
        names.put("throwable", ClassName.get(Throwable.class));
        names.put("exceptionType", ClassName.get(Exception.class));
        names.put("runtimeException", ClassName.get(RuntimeException.class));
        names.put("interruptedException", ClassName.get(InterruptedException.class));
        names.put("readFailure", jackson.readFailure());
        names.put("collection", ClassName.get(Collection.class));
        names.put("list", ClassName.get(List.class));
        names.put("arrayList", ClassName.get(ArrayList.class));
        names.put("offsetDateTime", ClassName.get(OffsetDateTime.class));
        names.put("formatter", ClassName.get(DateTimeFormatter.class));
        names.put("urlEncoder", ClassName.get(URLEncoder.class));
        names.put("utf8", ClassName.get(StandardCharsets.class));
        names.put("httpRequest", ClassName.get(HttpRequest.class));
        names.put("httpResponse", ClassName.get(HttpResponse.class));
        names.put("httpTimeout", ClassName.get(HttpTimeoutException.class));
        names.put("timeout", ClassName.get(TimeoutException.class));
        names.put("uri", ClassName.get(URI.class));
        names.put("future", ClassName.get(CompletableFuture.class));
        names.put("completionException", ClassName.get(CompletionException.class));
        names.put("executionException", ClassName.get(ExecutionException.class));
        names.put("timeUnit", ClassName.get(TimeUnit.class));
        names.put("instant", ClassName.get(Instant.class));
        names.put("duration", ClassName.get(Duration.class));
        names.put("zonedDateTime", ClassName.get(ZonedDateTime.class));
        names.put("parseException", ClassName.get(DateTimeParseException.class));
        names.put("streamReadFeature", jackson.streamReadFeature());
        names.put("deserializationFeature", jackson.deserializationFeature());
        names.put("byteBuffer", ClassName.get(ByteBuffer.class));
        names.put("flow", ClassName.get(Flow.class));
        names.put("completionStage", ClassName.get(CompletionStage.class));
        names.put("ioException", ClassName.get(IOException.class));
        names.put("system", ClassName.get(System.class));
        names.put("connectException", ClassName.get(ConnectException.class));
        names.put("closedChannel", ClassName.get(ClosedChannelException.class));
        return names;
    }

    private static CodeBlock code(Map<String, Object> names, String... lines) {
        return CodeBlock.builder().addNamed(String.join("\n", lines) + "\n", names).build();
    }

    private static void addPlumbing(TypeSpec.Builder type, Api api, ClassName client, ClassName exception,
            JacksonVersion jackson) {
        Map<String, Object> n = names(jackson, exception, client);
        TypeName typeRefT = ParameterizedTypeName.get(jackson.typeReference(), T);
        TypeName futureT = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), T);
        TypeName responseBytes = ParameterizedTypeName.get(ClassName.get(HttpResponse.class), TypeName.get(byte[].class));
        ClassName limitedBody = client.nestedClass("LimitedBody");

        type.addMethod(MethodSpec.methodBuilder("addParameter")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(StringBuilder.class, "parameters")
                .addParameter(String.class, "name")
                .addParameter(Object.class, "value")
                .addCode(code(n,
                        "if (value == null) {",
                        "    return;",
                        "}",
                        "if (value instanceof $collection:T<?> values) {",
                        "    // an array parameter: name=first&name=second",
                        "    for ($object:T item : values) {",
                        "        addParameter(parameters, name, item);",
                        "    }",
                        "    return;",
                        "}",
                        "$string:T text;",
                        "if (value instanceof $offsetDateTime:T dateTime) {",
                        "    text = $formatter:T.ISO_OFFSET_DATE_TIME.format(dateTime);",
                        "} else if (value instanceof $enum:T<?>) {",
                        "    text = mapper.convertValue(value, $string:T.class);",
                        "} else {",
                        "    text = value.toString();",
                        "}",
                        "if (text == null) {",
                        "    // an enum constant without a wire value, such as the one for values not recognised",
                        "    return;",
                        "}",
                        "parameters.append(parameters.length() == 0 ? \"?\" : \"&\").append(encode(name)).append('=')"
                                + ".append(encode(text));"))
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
                .addParameter(boolean.class, "nullable")
                .addStatement("$T.Builder request = $T.newBuilder($T.create(baseUrl + path + query))"
                        + ".timeout(requestTimeout).header($S, accept).method(method, $T.BodyPublishers.noBody())",
                        HttpRequest.class, HttpRequest.class, URI.class, "Accept", HttpRequest.class);
        if (api.auth().bearer()) {
            send.addStatement("request.header($S, $S + bearerToken)", "Authorization", "Bearer ");
        }
        send.addStatement("$T<T> result = new $T<>()", CompletableFuture.class, CompletableFuture.class)
                .addStatement("attempt(request.build(), type, nullable, 0, result)")
                .addStatement("return result");
        type.addMethod(send.build());

        type.addMethod(MethodSpec.methodBuilder("attempt")
                .addJavadoc("One try: the whole response (headers and body) within {@code requestTimeout}, the body"
                        + " within {@code maxResponseSize}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(T)
                .addParameter(HttpRequest.class, "request")
                .addParameter(typeRefT, "type")
                .addParameter(boolean.class, "nullable")
                .addParameter(int.class, "retry")
                .addParameter(futureT, "result")
                .addCode(code(n,
                        "if (result.isDone()) {",
                        "    // cancelled by the caller",
                        "    return;",
                        "}",
                        "$limitedBody:T body = new $limitedBody:T(maxResponseSize);",
                        "http.sendAsync(request, body).orTimeout(requestTimeout.toMillis(), $timeUnit:T.MILLISECONDS)",
                        "        .whenComplete((response, error) -> {",
                        "            if (error != null) {",
                        "                // closes the connection of a body still arriving",
                        "                body.cancel();",
                        "                result.completeExceptionally(failure(request, body.reason(error)));",
                        "                return;",
                        "            }",
                        "            int status = response.statusCode();",
                        "            if ((status == 429 || status == 503) && retry < maxRetries) {",
                        "                long delay = retryDelayMillis(response.headers().firstValue(\"Retry-After\").orElse(null),",
                        "                        retry, retryBackoffMillis, maxRetryDelayMillis, $instant:T.now());",
                        "                $future:T.delayedExecutor(delay, $timeUnit:T.MILLISECONDS)",
                        "                        .execute(() -> attempt(request, type, nullable, retry + 1, result));",
                        "                return;",
                        "            }",
                        "            if (status >= 300 && status <= 399) {",
                        "                result.completeExceptionally(new $exception:T(describe(request) + \" answered HTTP \" + status",
                        "                        + \", a redirect to \" + redact(response.headers().firstValue(\"Location\").orElse(\"nowhere\"))",
                        "                        + \", which this client does not follow, so that the token never reaches another\"",
                        "                        + \" place; set baseUrl to the final URL\", status, excerpt(response), null));",
                        "                return;",
                        "            }",
                        "            if (status < 200 || status > 299) {",
                        "                result.completeExceptionally(new $exception:T(describe(request) + \" failed with HTTP \" + status",
                        "                        + (retry > 0 ? \" after \" + retry + \" retries\" : \"\") + \": \" + excerpt(response),",
                        "                        status, excerpt(response), null));",
                        "                return;",
                        "            }",
                        "            T value;",
                        "            try {",
                        "                value = mapper.readerFor(type)",
                        "                        .with($streamReadFeature:T.STRICT_DUPLICATE_DETECTION)",
                        "                        .with($deserializationFeature:T.FAIL_ON_TRAILING_TOKENS)",
                        "                        .readValue(response.body());",
                        "            } catch (" + (jackson.checkedReadFailure() ? "$readFailure:T | " : "")
                                + "$runtimeException:T e) {",
                        "                result.completeExceptionally(new $exception:T(describe(request) + \" answered a body that cannot\"",
                        "                        + \" be read as the contract's response type: \" + usefulLine(e) + received(response),",
                        "                        status, excerpt(response), scrub(e)));",
                        "                return;",
                        "            }",
                        "            if (value == null && !nullable) {",
                        "                result.completeExceptionally(new $exception:T(describe(request) + \" answered null, which the\"",
                        "                        + \" contract's response type does not allow\", status, excerpt(response), null));",
                        "                return;",
                        "            }",
                        "            result.complete(value);",
                        "        });"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("failure")
                .addModifiers(Modifier.PRIVATE)
                .returns(exception)
                .addParameter(HttpRequest.class, "request")
                .addParameter(Throwable.class, "error")
                .addCode(code(n,
                        "$throwable:T cause = error instanceof $completionException:T && error.getCause() != null",
                        "        ? error.getCause() : error;",
                        "if (cause instanceof $httpTimeout:T || cause instanceof $timeout:T) {",
                        "    return new $exception:T(describe(request) + \" timed out: no complete response within \"",
                        "            + requestTimeout.toMillis() + \" ms\", 0, \"\", scrub(cause));",
                        "}",
                        "if (cause instanceof $tooLarge:T tooLarge) {",
                        "    return new $exception:T(describe(request) + \" answered HTTP \" + tooLarge.status + \" with a body\"",
                        "            + \" larger than \" + maxResponseSize + \" bytes (maxResponseSize); ask for less, e.g. with\"",
                        "            + \" a smaller limit, or raise maxResponseSize\", tooLarge.status, \"\", null);",
                        "}",
                        "return new $exception:T(describe(request) + \" failed: \" + usefulLine(cause), 0, \"\", scrub(cause));"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("usefulLine")
                .addJavadoc("The first line of the innermost message in the cause chain ({@code Connection refused},"
                        + " {@code city is required}), without the token; the type's name when none has a message.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addParameter(Throwable.class, "failure")
                .addCode(code(n,
                        "$string:T line = null;",
                        "$throwable:T current = failure;",
                        "for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {",
                        "    $string:T message = current.getMessage();",
                        "    if (message != null && !message.isBlank()) {",
                        "        line = message.strip().lines().findFirst().orElse(message);",
                        "    }",
                        "}",
                        "if (line != null) {",
                        "    return redact(line);",
                        "}",
                        "// java.net.http reports a refused connection as a ConnectException without a message, and a",
                        "// connection the server closed or reset as a ClosedChannelException without one",
                        "if (failure instanceof $connectException:T) {",
                        "    return \"Connection refused\";",
                        "}",
                        "return failure instanceof $closedChannel:T ? \"the connection was closed before the response was complete\"",
                        "        : failure.getClass().getSimpleName();"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("received")
                .addJavadoc("What the response said it holds, when that is not plain JSON:"
                        + " {@code  (Content-Type text/html)}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(responseBytes, "response")
                .addCode(code(n,
                        "$string:T contentType = response.headers().firstValue(\"Content-Type\").orElse(\"\");",
                        "$string:T encoding = response.headers().firstValue(\"Content-Encoding\").orElse(\"identity\");",
                        "$string:T note = contentType.isEmpty() || contentType.contains(\"json\") ? \"\" : \"Content-Type \" + contentType;",
                        "if (!encoding.equalsIgnoreCase(\"identity\")) {",
                        "    note = (note.isEmpty() ? \"\" : note + \", \") + \"Content-Encoding \" + encoding",
                        "            + \", which this client neither asks for nor decodes\";",
                        "}",
                        "return note.isEmpty() ? \"\" : \" (\" + note + \")\";"))
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
                .addCode(code(n,
                        "byte[] body = response.body() == null ? new byte[0] : response.body();",
                        "// redacted before it is cut, so that no part of a token at the cut is kept",
                        "int window = (int) $math:T.min(body.length, (long) EXCERPT_LIMIT + (bearerToken == null ? 0 : bearerToken.length()));",
                        "$string:T text = redact(new $string:T(body, 0, window, $utf8:T.UTF_8));",
                        "if (text.length() > EXCERPT_LIMIT) {",
                        "    text = text.substring(0, EXCERPT_LIMIT);",
                        "}",
                        "return body.length > EXCERPT_LIMIT ? text + \"... (\" + body.length + \" bytes in all)\" : text;"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("redact")
                .addModifiers(Modifier.PRIVATE)
                .returns(String.class)
                .addParameter(String.class, "text")
                .addJavadoc("Keeps the token out of anything the caller may log, even if the server echoes it; a long"
                        + " token is also recognised by its first $L characters (Jackson quotes at most 256 of a"
                        + " token).\n", TOKEN_PREFIX)
                .addCode(api.auth().bearer()
                        ? code(n,
                                "if (text == null || bearerToken == null || bearerToken.isEmpty()) {",
                                "    return text;",
                                "}",
                                "$string:T redacted = text.replace(bearerToken, \"***\");",
                                "return bearerToken.length() > " + TOKEN_PREFIX + " ? redacted.replace(bearerToken.substring(0, "
                                        + TOKEN_PREFIX + "), \"***\") : redacted;")
                        : code(n, "return text;"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("scrub")
                .addJavadoc("The failure to attach as a cause: itself, or, when a message in its chain holds the token,"
                        + " a copy of the chain with the token replaced (same type names and stack traces).\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(Throwable.class)
                .addParameter(Throwable.class, "failure")
                .addCode(code(n,
                        "$throwable:T current = failure;",
                        "for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {",
                        "    $string:T message = current.getMessage();",
                        "    if (message != null && !message.equals(redact(message))) {",
                        "        return new $redacted:T(failure, this::redact, 0);",
                        "    }",
                        "}",
                        "return failure;"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("retryDelayMillis")
                .addJavadoc("How long to wait before retry {@code retry + 1}: what {@code Retry-After} asks"
                        + " (seconds or an HTTP date), else {@code backoff * 2^retry}; never more than"
                        + " {@code cap}.\n\n"
                        + "@param retryAfter the {@code Retry-After} header, or {@code null}\n"
                        + "@param retry how many retries were made before\n"
                        + "@param backoff the first wait, in milliseconds\n"
                        + "@param cap the longest wait, in milliseconds\n"
                        + "@param now the time the answer came\n"
                        + "@return the wait in milliseconds\n")
                .addModifiers(Modifier.STATIC)
                .returns(long.class)
                .addParameter(String.class, "retryAfter")
                .addParameter(int.class, "retry")
                .addParameter(long.class, "backoff")
                .addParameter(long.class, "cap")
                .addParameter(Instant.class, "now")
                .addCode(code(n,
                        "long delay = backoff << $math:T.min(retry, 20);",
                        "if (retryAfter != null && !retryAfter.isBlank()) {",
                        "    $string:T value = retryAfter.trim();",
                        "    try {",
                        "        if (value.chars().allMatch($character:T::isDigit)) {",
                        "            delay = value.length() > 9 ? cap : $long:T.parseLong(value) * 1000L;",
                        "        } else {",
                        "            delay = $math:T.max(0L, $duration:T.between(now, $zonedDateTime:T.parse(value,",
                        "                    $formatter:T.RFC_1123_DATE_TIME).toInstant()).toMillis());",
                        "        }",
                        "    } catch ($parseException:T e) {",
                        "        // not a value the standard allows: keep the backoff",
                        "    }",
                        "}",
                        "return $math:T.min($math:T.max(delay, 0L), cap);"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("await")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(futureT, "future")
                .addCode(code(n,
                        "try {",
                        "    return future.get();",
                        "} catch ($interruptedException:T e) {",
                        "    future.cancel(true);",
                        "    $thread:T.currentThread().interrupt();",
                        "    throw new $exception:T(\"interrupted while waiting for the response\", 0, \"\", e);",
                        "} catch ($executionException:T e) {",
                        "    if (e.getCause() instanceof $exception:T failure) {",
                        "        throw failure;",
                        "    }",
                        "    throw new $exception:T($string:T.valueOf(e.getCause()), 0, \"\", e.getCause());",
                        "}"))
                .build());

        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + baseUrl + $S", api.client() + "Client[baseUrl=", "]")
                .build());

        type.addType(limitedBody(n, limitedBody, client.nestedClass("TooLargeException")));
        type.addType(TypeSpec.classBuilder(client.nestedClass("TooLargeException"))
                .addJavadoc("A response body over {@code maxResponseSize}; its reading was stopped.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(IOException.class)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(int.class, "status", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(int.class, "status")
                        .addStatement("super($S)", "response body too large")
                        .addStatement("this.status = status")
                        .build())
                .build());
        type.addType(redactedFailure(n, client.nestedClass("RedactedFailure")));
    }

    /** How many characters of a long token also count as the token, wherever they appear. */
    static final int TOKEN_PREFIX = 32;

    private static TypeSpec limitedBody(Map<String, Object> n, ClassName name, ClassName tooLarge) {
        TypeName bytes = TypeName.get(byte[].class);
        TypeName handler = ParameterizedTypeName.get(ClassName.get(HttpResponse.BodyHandler.class), bytes);
        TypeName subscriber = ParameterizedTypeName.get(ClassName.get(HttpResponse.BodySubscriber.class), bytes);
        TypeName buffers = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(ByteBuffer.class));
        TypeName subscription = ClassName.get(Flow.Subscription.class);
        return TypeSpec.classBuilder(name)
                .addJavadoc("Reads one response body into memory, up to a limit, and can stop it arriving: a body"
                        + " over the limit, or one still arriving when the time is up, is cut off and its"
                        + " connection closed.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(handler)
                .addField(long.class, "limit", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class),
                        subscription), "subscription", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", CompletableFuture.class).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(long.class, "limit")
                        .addStatement("this.limit = limit")
                        .build())
                .addMethod(MethodSpec.methodBuilder("cancel")
                        .addJavadoc("Stops the body, now or as soon as it starts arriving.\n")
                        .addStatement("subscription.thenAccept($T::cancel)", subscription)
                        .build())
                .addField(FieldSpec.builder(tooLarge, "refusal", Modifier.PRIVATE, Modifier.VOLATILE).build())
                .addMethod(MethodSpec.methodBuilder("refuse")
                        .addJavadoc("Stops a body over the limit; the exchange may then fail with the cancel, so the"
                                + " refusal is kept for {@link #reason}.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), bytes), "body")
                        .addParameter(int.class, "status")
                        .addStatement("refusal = new $T(status)", tooLarge)
                        .addStatement("body.completeExceptionally(refusal)")
                        .addStatement("cancel()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("reason")
                        .addJavadoc("Why the exchange failed: the body over the limit, if that was it, else {@code error}.\n")
                        .returns(Throwable.class)
                        .addParameter(Throwable.class, "error")
                        .addStatement("return refusal != null ? refusal : error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("apply")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(subscriber)
                        .addParameter(HttpResponse.ResponseInfo.class, "info")
                        .addCode(code(n,
                                "int status = info.statusCode();",
                                "long declared = info.headers().firstValueAsLong(\"Content-Length\").orElse(-1L);",
                                "$future:T<byte[]> body = new $future:T<>();",
                                "$list:T<byte[]> chunks = new $arrayList:T<>();",
                                "long[] size = {0};",
                                "return new $httpResponse:T.BodySubscriber<>() {",
                                "    @Override",
                                "    public $completionStage:T<byte[]> getBody() {",
                                "        return body;",
                                "    }",
                                "",
                                "    @Override",
                                "    public void onSubscribe($flow:T.Subscription started) {",
                                "        subscription.complete(started);",
                                "        if (declared > limit) {",
                                "            refuse(body, status);",
                                "        } else {",
                                "            started.request($long:T.MAX_VALUE);",
                                "        }",
                                "    }",
                                "",
                                "    @Override",
                                "    public void onNext($list:T<$byteBuffer:T> buffers) {",
                                "        for ($byteBuffer:T buffer : buffers) {",
                                "            if (body.isDone()) {",
                                "                return;",
                                "            }",
                                "            size[0] += buffer.remaining();",
                                "            if (size[0] > limit) {",
                                "                chunks.clear();",
                                "                refuse(body, status);",
                                "                return;",
                                "            }",
                                "            byte[] chunk = new byte[buffer.remaining()];",
                                "            buffer.get(chunk);",
                                "            chunks.add(chunk);",
                                "        }",
                                "    }",
                                "",
                                "    @Override",
                                "    public void onError($throwable:T failure) {",
                                "        chunks.clear();",
                                "        body.completeExceptionally(failure);",
                                "    }",
                                "",
                                "    @Override",
                                "    public void onComplete() {",
                                "        byte[] all = new byte[(int) size[0]];",
                                "        int at = 0;",
                                "        for (byte[] chunk : chunks) {",
                                "            $system:T.arraycopy(chunk, 0, all, at, chunk.length);",
                                "            at += chunk.length;",
                                "        }",
                                "        chunks.clear();",
                                "        body.complete(all);",
                                "    }",
                                "};"))
                        .build())
                .build();
    }

    private static TypeSpec redactedFailure(Map<String, Object> n, ClassName name) {
        TypeName redact = ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), ClassName.get(String.class));
        return TypeSpec.classBuilder(name)
                .addJavadoc("A failure whose chain quoted the token: the same type names, messages without the"
                        + " token and the same stack traces.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(Exception.class)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(String.class, "type", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(Throwable.class, "original")
                        .addParameter(redact, "redact")
                        .addParameter(int.class, "depth")
                        .addCode(code(n,
                                "super(redact.apply(original.getMessage()), original.getCause() == null || depth >= 9 ? null",
                                "        : new $redacted:T(original.getCause(), redact, depth + 1));",
                                "this.type = original.getClass().getName();",
                                "setStackTrace(original.getStackTrace());"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addCode(code(n,
                                "$string:T message = getLocalizedMessage();",
                                "return message == null ? type : type + \": \" + message;"))
                        .build())
                .build();
    }

    private static TypeSpec builder(Api api, ClassName client, ClassName builder, JacksonVersion jackson) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Configures a {@link $T}. Defaults: connect timeout 10 s, request timeout 30 s for"
                        + " the whole response, responses up to 64 MiB, 3 retries, backoff 500 ms doubling per"
                        + " retry, at most 30 s between retries.\n", client)
                .addField(FieldSpec.builder(URI.class, "baseUrl", Modifier.PRIVATE)
                        .initializer(api.baseUrl() == null ? "null" : "DEFAULT_BASE_URL").build())
                .addField(String.class, "bearerToken", Modifier.PRIVATE)
                .addField(FieldSpec.builder(Duration.class, "connectTimeout", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(10)", Duration.class).build())
                .addField(FieldSpec.builder(Duration.class, "requestTimeout", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(30)", Duration.class).build())
                .addField(FieldSpec.builder(long.class, "maxResponseSize", Modifier.PRIVATE)
                        .initializer("$L", MAX_RESPONSE_SIZE).build())
                .addField(FieldSpec.builder(int.class, "maxRetries", Modifier.PRIVATE).initializer("3").build())
                .addField(FieldSpec.builder(Duration.class, "retryBackoff", Modifier.PRIVATE)
                        .initializer("$T.ofMillis(500)", Duration.class).build())
                .addField(FieldSpec.builder(Duration.class, "maxRetryDelay", Modifier.PRIVATE)
                        .initializer("$T.ofSeconds(30)", Duration.class).build())
                .addField(jackson.objectMapper(), "objectMapper", Modifier.PRIVATE)
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
        durationSetter(type, builder, "requestTimeout", "How long one attempt may take, from sending the request to"
                + " the last byte of the response (a server that sends its body slowly, or stops, fails within it);"
                + " default 30 s.");
        type.addMethod(setter(builder, "maxResponseSize", long.class, "The largest response body read, in bytes;"
                        + " a larger one (as declared, or as it arrives) fails the request and is not read further."
                        + " Default 64 MiB (67108864).",
                        "the limit in bytes, from 1 to " + MAX_RESPONSE_SIZE_LIMIT)
                .beginControlFlow("if (maxResponseSize < 1 || maxResponseSize > $LL)", MAX_RESPONSE_SIZE_LIMIT)
                .addStatement("throw new $T($S + maxResponseSize)", IllegalArgumentException.class,
                        "maxResponseSize must be from 1 to " + MAX_RESPONSE_SIZE_LIMIT + ", was ")
                .endControlFlow()
                .addStatement("this.maxResponseSize = maxResponseSize")
                .addStatement("return this").build());
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
        type.addMethod(setter(builder, "objectMapper", jackson.objectMapper(), "The Jackson mapper that reads"
                        + " responses; by default one that reads Java time"
                        + (jackson.javaTimeModule() == null ? "" : " ({@code JavaTimeModule})")
                        + ", keeps offsets and ignores unknown properties. A mapper passed here is used as it is"
                        + (jackson.javaTimeModule() == null ? "" : ", so register {@code JavaTimeModule} on it")
                        + "; duplicate keys and content after the JSON value are refused whatever its settings.",
                        "the mapper")
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

    static TypeSpec.Builder exception(ClassName exception, Api api) {
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
                // documented: the javadoc tool lists a serializable class's fields in its serialized form
                .addField(FieldSpec.builder(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The HTTP status, or {@code 0} when no response arrived.\n").build())
                .addField(FieldSpec.builder(String.class, "bodyExcerpt", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The start of the response body, without the token.\n").build())
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
                ;
    }
}
