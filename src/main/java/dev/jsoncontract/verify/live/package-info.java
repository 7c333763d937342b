/** Calling the live endpoint for {@code verify}: timeouts, retries, record mode and redaction. */
package dev.jsoncontract.verify.live;
