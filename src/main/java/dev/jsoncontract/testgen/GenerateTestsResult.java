package dev.jsoncontract.testgen;

/**
 * What {@code generate-tests} did.
 *
 * @param recordings how many recorded responses the tests check (a HAR file counts its matching entries)
 * @param violating how many of them break the contract (their tests will fail)
 * @param files how many source files the tests are made of (0 when there are no recordings)
 * @param written how many of them were written (the others were unchanged)
 * @param removed how many files of an earlier run were deleted
 */
public record GenerateTestsResult(int recordings, int violating, int files, int written, int removed) {
}
