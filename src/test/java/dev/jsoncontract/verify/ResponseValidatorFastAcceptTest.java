package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.accept.CallPages;
import dev.jsoncontract.verify.finding.Severity;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fast accept path changes how fast {@code verify} is, never what it reports. */
class ResponseValidatorFastAcceptTest {

    @Test
    @DisplayName("with and without the fast path, every generated page gets the same findings")
    void sameFindingsWithAndWithoutTheFastPath() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        Operation listCalls = contract.operations().stream()
                .filter(operation -> operation.name().equals("listCalls")).findFirst().orElseThrow();
        ResponseValidator fast = ResponseValidator.forSchema(contract, listCalls.response(), uri -> null, true);
        ResponseValidator everit = ResponseValidator.forSchema(contract, listCalls.response(), uri -> null, false);
        ObjectMapper json = new ObjectMapper();
        CallPages pages = new CallPages(99);
        int withFailures = 0;
        int withDrift = 0;
        for (int i = 0; i < 1500; i++) {
            JsonNode generated = i % 3 == 0 ? pages.page(3) : pages.mutate(pages.page(3));
            JsonNode page = JsonBodies.parse(new ByteArrayInputStream(json.writeValueAsBytes(generated)));
            boolean strict = i % 2 == 0;
            CheckedBody expected = everit.check("page-" + i + ".json", page, strict);
            assertThat(fast.check("page-" + i + ".json", page, strict)).as("page %d: %s", i, page).isEqualTo(expected);
            if (expected.findings().stream().anyMatch(f -> f.severity() == Severity.FAILURE)) {
                withFailures++;
            }
            if (expected.findings().stream().anyMatch(f -> f.keyword().equals("additionalProperties")
                    || f.severity() == Severity.WARNING)) {
                withDrift++;
            }
        }
        assertThat(withFailures).as("pages with failures").isBetween(500, 1400);
        assertThat(withDrift).as("pages with drift").isPositive();
    }
}
