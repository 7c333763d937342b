package dev.jsoncontract.generate;

import java.util.List;

/**
 * {@code generate} could not do its job: the contract has problems, or the output cannot be written.
 * The message lists every problem on its own line ({@code file#pointer: problem} for contract
 * problems), as the generators reported them; {@link #problems()} has them one by one.
 */
public final class GenerateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param message the whole message; it holds the cause's message unchanged, so that Maven does
     *     not repeat it
     * @param problems each problem as {@code file#pointer: problem}, or empty
     * @param cause the underlying exception, or {@code null}
     */
    public GenerateException(String message, List<String> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order reported (the generators sort them). */
    public List<String> problems() {
        return problems;
    }
}
