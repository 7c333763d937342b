/**
 * The Mojos: thin adapters that copy their parameters into an immutable request, call one core
 * service and map its result to Maven's exceptions. The only package that imports Maven.
 */
package dev.jsoncontract.maven;
