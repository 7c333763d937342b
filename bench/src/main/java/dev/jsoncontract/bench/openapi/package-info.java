/**
 * The call contract wrapped in an OpenAPI 3.0 document, so that openapi-generator can be run on
 * the same schema in the whole-process comparison.
 */
package dev.jsoncontract.bench.openapi;
