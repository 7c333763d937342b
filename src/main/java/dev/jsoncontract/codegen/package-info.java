/**
 * Code generation: JSON Schema to Java 17 records, enums and sealed interfaces, and a typed HTTP
 * client, written with JavaPoet. Never touches the disk; see {@code dev.jsoncontract.generate}.
 */
package dev.jsoncontract.codegen;
