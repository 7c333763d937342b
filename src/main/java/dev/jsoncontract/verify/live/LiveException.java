package dev.jsoncontract.verify.live;

/**
 * The live endpoint could not be called, or did not answer with a usable body. The message is one
 * line saying what happened and what to check; it never holds the token.
 */
public final class LiveException extends Exception {

    private static final long serialVersionUID = 1L;

    public LiveException(String message) {
        super(message);
    }

    public LiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
