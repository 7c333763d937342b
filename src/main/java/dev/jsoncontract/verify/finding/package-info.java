/**
 * Findings as data: one {@link dev.jsoncontract.verify.finding.Finding} per problem (source,
 * JSON Pointer, schema location, keyword, value seen, allowed values), and their aggregation into
 * counted {@link dev.jsoncontract.verify.finding.FindingGroup}s that reporters render.
 */
package dev.jsoncontract.verify.finding;
