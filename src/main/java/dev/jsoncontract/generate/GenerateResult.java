package dev.jsoncontract.generate;

/**
 * What a {@code generate} run did.
 *
 * @param files how many source files the contract yields
 * @param written how many of them were written because they were new or changed
 * @param removed how many files of an earlier run were deleted because they are no longer generated
 * @param upToDate whether nothing had to be generated at all
 */
public record GenerateResult(int files, int written, int removed, boolean upToDate) {
}
