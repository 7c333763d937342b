/**
 * Renders what {@code verify} found: the text summary of a build failure, JUnit XML (one test
 * case per response body, so CI servers show the findings), a JSON report and a Markdown summary.
 * Output is deterministic: no timestamps, no absolute paths, UTF-8, {@code \n}.
 */
package dev.jsoncontract.verify.report;
