/**
 * Reading a contract: the JSON Schema files, the references between them, and the endpoint
 * description ({@code x-jsoncontract}) that both {@code generate} and {@code verify} read.
 *
 * <p>Nothing here imports Maven; the Mojos are thin adapters over this and the other core
 * packages.
 */
package dev.jsoncontract.contract;
