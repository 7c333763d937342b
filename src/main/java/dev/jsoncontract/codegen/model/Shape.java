package dev.jsoncontract.codegen.model;

/** How a mapped value is held, which decides how a record copies it. */
enum Shape {
    /** A single value. */
    VALUE,
    /** A {@code List}, copied unmodifiable. */
    LIST,
    /** A {@code Map}, copied unmodifiable in wire order. */
    MAP
}
