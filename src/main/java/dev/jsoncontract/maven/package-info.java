/**
 * The Mojos: thin adapters that copy their parameters into a request, call one service and map
 * its outcome to Maven's exceptions. The only package that imports Maven.
 */
package dev.jsoncontract.maven;
