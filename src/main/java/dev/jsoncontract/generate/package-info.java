/**
 * The {@code generate} service: loads the contract, runs the code generators and writes the
 * sources, rewriting nothing when the schema files, the configuration and the plugin version are
 * unchanged. Knows nothing of Maven.
 */
package dev.jsoncontract.generate;
