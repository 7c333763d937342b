package dev.jsoncontract.verify.baseline;

/** The baseline file cannot be read or written; the message names the file, the entry and what to do. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
