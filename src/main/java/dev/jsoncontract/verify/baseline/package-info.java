/**
 * The reviewed baseline of accepted drift: a JSON file, kept in git, listing findings by their
 * group key (schema location, keyword, value; never by file or position), each with a reason and
 * an optional expiry date. {@link dev.jsoncontract.verify.baseline.Baseline} reads and writes the
 * file; {@link dev.jsoncontract.verify.baseline.BaselineMatcher} decides, finding by finding,
 * what a run accepts, and what it reports about the entries (expired, stale).
 */
package dev.jsoncontract.verify.baseline;
