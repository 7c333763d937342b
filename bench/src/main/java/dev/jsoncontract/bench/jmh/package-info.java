/**
 * JMH benchmarks over a generated corpus. Each operation handles one file; an auxiliary counter
 * adds the file's size, so JMH reports bytes per second next to operations per second, and
 * {@code bench/run} prints it as MB/s.
 */
package dev.jsoncontract.bench.jmh;
