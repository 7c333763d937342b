package dev.jsoncontract.contract;

import java.util.List;
import java.util.Objects;

/**
 * A contract that cannot be read or understood. Carries the schema file, the JSON Pointer of the
 * offending place and what to do, as separate fields, so that reporters can render them.
 */
public final class ContractException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String pointer;
    private final String problem;

    public ContractException(String file, String pointer, String problem) {
        this(file, pointer, problem, null);
    }

    public ContractException(String file, String pointer, String problem, Throwable cause) {
        super(format(file, pointer, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * One exception for several problems: the first one's file, pointer and problem, with the
     * others following in the message, one indented {@code file#pointer: problem} a line.
     *
     * @param problems at least one
     * @return the only problem, or all of them
     */
    public static ContractException all(List<ContractException> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        ContractException first = problems.get(0);
        StringBuilder problem = new StringBuilder(first.problem());
        for (ContractException other : problems.subList(1, problems.size())) {
            problem.append("\n  ").append(other.getMessage());
        }
        return new ContractException(first.file(), first.pointer(), problem.toString());
    }

    /**
     * The message after an introduction: {@code intro: file#pointer: problem} for one problem,
     * {@code intro (n problems):} and one indented line each for several.
     *
     * @param intro what could not be done, e.g. {@code jsoncontract: the schema cannot be read}
     * @return the message
     */
    public String describe(String intro) {
        long lines = getMessage().lines().count();
        if (lines == 1) {
            return intro + ": " + getMessage();
        }
        // the message itself follows verbatim, so that Maven does not print it again as the cause's
        return intro + " (" + lines + " problems):\n  " + getMessage();
    }

    /** The schema file, as the user named it (relative where possible). */
    public String file() {
        return file;
    }

    /** The JSON Pointer of the offending place in {@link #file()}; empty for the whole file. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong and what to do, without the location. */
    public String problem() {
        return problem;
    }

    private static String format(String file, String pointer, String problem) {
        return file + "#" + pointer + ": " + problem;
    }
}
