/**
 * A seeded generator of call pages, the recordings {@code verify} reads: each page a JSON array of
 * calls valid against {@code schemas/call.schema.json}. The same seed and size give a
 * byte-identical corpus on every machine and JDK.
 */
package dev.jsoncontract.bench.corpus;
