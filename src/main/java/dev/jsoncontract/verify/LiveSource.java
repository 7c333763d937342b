package dev.jsoncontract.verify;

import dev.jsoncontract.verify.live.LiveRequest;
import java.util.List;
import java.util.function.Consumer;

/** Calls the live endpoint for {@link Verifier}; the Maven adapter plugs the live client in. */
@FunctionalInterface
public interface LiveSource {

    /** A source for builds that never call the endpoint. */
    LiveSource NONE = (request, log) -> {
        throw new VerifyException("No live client is available to call " + request.baseUrl() + ".");
    };

    /**
     * Calls the endpoint.
     *
     * @throws VerifyException when it cannot be called; the message says what happened and what to check
     */
    List<ResponseBody> fetch(LiveRequest request, Consumer<String> log) throws VerifyException;
}
