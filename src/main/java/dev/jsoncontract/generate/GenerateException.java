package dev.jsoncontract.generate;

import java.util.List;

/**
 * {@code generate} could not do its job: the contract has problems, or the output cannot be written.
 * The message lists every problem on its own line ({@code file#pointer: problem} for contract
 * problems), as the generators reported them.
 */
public final class GenerateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public GenerateException(String summary, List<String> problems, Throwable cause) {
        super(summary + (problems.isEmpty() ? "" : "\n" + String.join("\n", problems)), cause);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order reported (the generators sort them). */
    public List<String> problems() {
        return problems;
    }
}
