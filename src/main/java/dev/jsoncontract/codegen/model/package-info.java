/**
 * The model half of code generation: JSON Schema to Java 17 records, enums and sealed interfaces.
 *
 * <p>{@link dev.jsoncontract.codegen.model.ModelGenerator} walks the schemas and builds a small type
 * model; one writer per kind of type ({@link dev.jsoncontract.codegen.model.RecordWriter},
 * {@link dev.jsoncontract.codegen.model.EnumWriter}, {@link dev.jsoncontract.codegen.model.SealedWriter})
 * turns it into JavaPoet specs. {@link dev.jsoncontract.codegen.model.Names} holds every naming
 * rule; the README's mapping table documents them.
 */
package dev.jsoncontract.codegen.model;
