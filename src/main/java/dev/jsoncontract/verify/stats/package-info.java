/**
 * What the bodies held, counted against the contract, for the report page: for every enum and
 * every discriminated union, the values seen against the values allowed; for every declared
 * property, how often it was present, {@code null} or absent; per source, how many bodies and
 * findings.
 *
 * <p>Nothing here walks a schema. Whoever walks one declares the places to count
 * ({@link dev.jsoncontract.verify.stats.Census.Builder}) and then, body by body, tells a
 * {@link dev.jsoncontract.verify.stats.Tally} what it saw; a
 * {@link dev.jsoncontract.verify.stats.Census.Totals} sums the tallies into
 * {@link dev.jsoncontract.verify.stats.Statistics}. Memory is bounded by the contract, not by the
 * bodies: each place keeps at most {@value dev.jsoncontract.verify.stats.Census#MAX_UNKNOWN}
 * distinct values the contract does not list, and counts the rest together.
 */
package dev.jsoncontract.verify.stats;
