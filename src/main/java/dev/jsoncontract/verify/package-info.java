/**
 * Holding responses to the contract: where response bodies come from, validation against the
 * contract's response schema, and findings kept as data (source, JSON Pointer, keyword, value,
 * allowed values) for reporters to render.
 */
package dev.jsoncontract.verify;
