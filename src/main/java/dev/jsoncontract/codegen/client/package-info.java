/** The generated typed HTTP client: client class, query types, exception, retries. */
package dev.jsoncontract.codegen.client;
