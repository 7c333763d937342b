package dev.jsoncontract.contract;

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
