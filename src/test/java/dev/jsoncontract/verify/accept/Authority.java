package dev.jsoncontract.verify.accept;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.verify.JsonBodies;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;

/** everit's verdict on a Jackson value, through the same conversion and validator {@code verify} uses. */
enum Authority {
    ACCEPTS, REJECTS, THROWS;

    private static final Validator EVERIT = Validator.builder().build();

    static Authority of(Schema schema, JsonNode value) {
        try {
            EVERIT.performValidation(schema, JsonBodies.toOrgJson(value));
            return ACCEPTS;
        } catch (ValidationException e) {
            return REJECTS;
        } catch (RuntimeException | StackOverflowError e) {
            return THROWS;
        }
    }
}
