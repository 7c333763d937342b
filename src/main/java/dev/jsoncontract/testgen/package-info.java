/**
 * Contract tests generated from the contract and the recordings ({@code generate-tests}): JUnit 5
 * sources, written with JavaPoet, that hold every recorded response to the contract (the findings
 * {@code verify} makes, computed while generating), read it into the generated model with Jackson,
 * write it back and compare, place by place, with what the contract describes. The generated tests
 * depend only on JUnit 5, Jackson and the generated model.
 */
package dev.jsoncontract.testgen;
