/**
 * Benchmarks for jsoncontract, kept out of the plugin's build: the corpus generator
 * ({@code corpus}), the JMH benchmarks ({@code jmh}), the memory harness ({@code memory}), the
 * OpenAPI wrapper of the call contract for the whole-process comparison ({@code openapi}) and the
 * table that {@code bench/run} prints ({@code report}).
 */
package dev.jsoncontract.bench;
