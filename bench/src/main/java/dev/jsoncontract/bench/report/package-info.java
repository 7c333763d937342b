/** Turns JMH's JSON results into the rows of the table that {@code bench/run} prints. */
package dev.jsoncontract.bench.report;
