package dev.jsoncontract.testgen;

/**
 * The tests cannot be generated: the contract cannot be read or turned into Java, the operation is
 * unknown, the recordings cannot be listed or the sources cannot be written. A setup problem, not a
 * contract violation; the message says what to do.
 */
public final class GenerateTestsException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenerateTestsException(String message, Throwable cause) {
        super(message, cause);
    }
}
