package dev.jsoncontract.generate;

import java.util.List;

/**
 * What a {@code generate} run did.
 *
 * @param files how many source files the contract yields
 * @param written how many of them were written because they were new or changed
 * @param removed how many files of an earlier run were deleted because they are no longer generated
 * @param upToDate whether nothing had to be generated at all
 * @param warnings the places whose Java type is looser than the schema
 *     ({@code file#pointer: mapped to JsonNode because ...}), sorted
 */
public record GenerateResult(int files, int written, int removed, boolean upToDate, List<String> warnings) {

    public GenerateResult {
        warnings = List.copyOf(warnings);
    }
}
