package dev.jsoncontract.verify;

import dev.jsoncontract.verify.live.LiveRequest;
import java.util.List;
import java.util.function.Consumer;

/** Calls the live endpoint for {@link Verifier}; the Maven adapter plugs the live client in. */
@FunctionalInterface
public interface LiveSource {

    /** A source for builds that never call the endpoint. */
    LiveSource NONE = (request, tokenOrigin, log) -> {
        throw new VerifyException("No live client is available to call " + request.baseUrl() + ".");
    };

    /**
     * Calls the endpoint.
     *
     * @param request what to call
     * @param tokenOrigin where the token was read from, for messages ({@code the environment variable
     *     CLARION_API_TOKEN}); never the token; {@code null} when there is none
     * @param log where progress lines go
     * @throws VerifyException when it cannot be called; the message says what happened and what to check
     */
    List<ResponseBody> fetch(LiveRequest request, String tokenOrigin, Consumer<String> log) throws VerifyException;
}
