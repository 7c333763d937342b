package dev.jsoncontract.verify.accept;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.EveritSchemas;
import dev.jsoncontract.verify.JsonBodies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fast path on a user's own contract with {@code $ref}s across files and a {@code oneOf} inside a
 * {@code oneOf} branch (the schemas of the {@code generate-own-schema} IT): it agrees with everit on
 * every document, valid and invalid.
 */
class OwnSchemaAgreementTest {

    private static final String CARD = "{\"kind\":\"card\",\"wallet\":{\"type\":\"phone\",\"device\":\"pixel\"}}";

    private static final List<String> VALID = List.of(
            "[]",
            "[{\"id\":\"8c1f\",\"class\":\"express\",\"customer\":{\"name\":\"Ada\"},\"payment\":" + CARD + "}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\",\"address\":{\"street\":\"Main\","
                    + "\"postal-code\":\"1010\"}},\"payment\":{\"kind\":\"transfer\",\"iban\":\"AT61\"},"
                    + "\"default\":true,\"2fa\":false,\"placed-at\":\"2026-11-02T14:00:00Z\",\"note\":1}]",
            "[{\"id\":\"1\",\"class\":\"\",\"customer\":{\"name\":\"B\"},\"payment\":{\"kind\":\"card\","
                    + "\"wallet\":{\"type\":\"plain\",\"last4\":\"4242\"}}}]");

    private static final List<String> INVALID = List.of(
            "{}",
            "[null]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{},\"payment\":" + CARD + "}]",
            "[{\"id\":7,\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":" + CARD + "}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\",\"address\":[]},\"payment\":" + CARD + "}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\",\"address\":{\"street\":5}},"
                    + "\"payment\":" + CARD + "}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":{\"kind\":\"cash\"}}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":{\"kind\":\"card\","
                    + "\"wallet\":{\"type\":\"phone\",\"last4\":\"1\"}}}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":{\"wallet\":"
                    + "{\"device\":\"d\",\"last4\":\"1\"},\"kind\":\"card\",\"iban\":\"x\"}}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":{\"iban\":\"AT\","
                    + "\"wallet\":{\"type\":\"plain\",\"last4\":\"1\"}}}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":" + CARD
                    + ",\"placed-at\":\"2026-11-02\"}]",
            "[{\"id\":\"8c1f\",\"class\":\"x\",\"customer\":{\"name\":\"Ada\"},\"payment\":" + CARD
                    + ",\"2fa\":\"yes\"}]");

    @Test
    @DisplayName("on a contract split across files the fast path accepts exactly what everit accepts")
    void agreesOnAContractAcrossFiles() throws Exception {
        Contract contract = ContractLoader.load(Path.of("it/generate-own-schema/src/main/jsonschema"));
        Operation listOrders = contract.operations().stream()
                .filter(operation -> operation.name().equals("listOrders")).findFirst().orElseThrow();
        Schema schema = EveritSchemas.load(contract.registry(), listOrders.response(), uri -> null);
        FastAccept fast = FastAccept.compile(schema);
        for (String document : VALID) {
            JsonNode value = JsonBodies.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
            assertThat(Authority.of(schema, value)).as("everit on %s", document).isEqualTo(Authority.ACCEPTS);
            assertThat(fast.accepts(value)).as("fast path on %s", document).isTrue();
        }
        for (String document : INVALID) {
            JsonNode value = JsonBodies.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
            assertThat(Authority.of(schema, value)).as("everit on %s", document).isEqualTo(Authority.REJECTS);
            assertThat(fast.accepts(value)).as("fast path on %s", document).isFalse();
        }
    }
}
