/**
 * Recorded response bodies: every {@code *.json} file under the recordings folder, and the
 * matching entries of {@code *.har} files (HAR 1.2, as browsers, Postman and proxies export them).
 */
package dev.jsoncontract.verify.recorded;
