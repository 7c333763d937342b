/**
 * A small harness that runs one workload over a corpus, one file at a time, and reports its peak
 * heap; {@code bench/run} runs it under {@code /usr/bin/time -v} for the peak RSS.
 */
package dev.jsoncontract.bench.memory;
