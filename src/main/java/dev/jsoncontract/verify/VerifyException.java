package dev.jsoncontract.verify;

/**
 * {@code verify} cannot run: the contract or the configuration is wrong, or the live endpoint
 * cannot be reached. The message says what happened and what to do; the cause is attached.
 * (A contract that responses break is not an exception: it is a {@link VerifyResult} with findings.)
 */
public final class VerifyException extends Exception {

    private static final long serialVersionUID = 1L;

    public VerifyException(String message) {
        super(message);
    }

    public VerifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
