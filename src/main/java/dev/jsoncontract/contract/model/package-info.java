/**
 * The one normalized model of a contract: what every goal reads instead of walking raw schemas.
 *
 * <p>{@link dev.jsoncontract.contract.model.ContractModel} turns schemas into a graph of
 * {@link dev.jsoncontract.contract.model.ModelType}s (objects, arrays, tuples, scalars with their
 * format, enums, unions with how their branches are told apart, any, null), each keeping the file
 * and JSON Pointer it comes from, with {@code $ref}s followed, {@code allOf} merged and
 * {@code oneOf}/{@code anyOf} normalized before anyone writes code from it (the idea of
 * quicktype's type graph). One small rule per keyword family builds it; the code generator, the
 * contract tests, the redactor and verify's drift read it. Validation stays everit's.
 */
package dev.jsoncontract.contract.model;
