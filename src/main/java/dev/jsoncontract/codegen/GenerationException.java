package dev.jsoncontract.codegen;

import dev.jsoncontract.contract.ContractException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contract uses constructs that cannot be turned into Java. Carries every problem found, each
 * with its schema file and JSON Pointer, sorted by file, pointer and problem, without duplicates.
 */
public final class GenerationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, sorted; a {@code List.copyOf} result, so serializable. */
    private final List<ContractException> problems;

    public GenerationException(List<ContractException> problems) {
        super(format(sorted(problems)));
        this.problems = sorted(problems);
    }

    /** Every problem, sorted by file, JSON Pointer and problem. */
    public List<ContractException> problems() {
        return problems;
    }

    private static List<ContractException> sorted(List<ContractException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a GenerationException needs at least one problem");
        }
        Map<String, ContractException> unique = new LinkedHashMap<>();
        problems.forEach(problem -> unique.putIfAbsent(problem.getMessage(), problem));
        return unique.values().stream()
                .sorted(Comparator.comparing(ContractException::file)
                        .thenComparing(ContractException::pointer)
                        .thenComparing(ContractException::problem))
                .toList();
    }

    private static String format(List<ContractException> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The contract cannot be turned into Java (" + count + "):\n"
                + problems.stream().map(p -> "  " + p.getMessage()).collect(Collectors.joining("\n"));
    }
}
