package dev.jsoncontract.verify.accept;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.verify.EveritSchemas;
import dev.jsoncontract.verify.JsonBodies;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Holds the fast accept path to everit on thousands of seeded List Calls pages for the bundled call
 * contract, valid ones and mutated ones: {@code accepts(page)} must equal everit's verdict on every
 * page, and both verdicts must be well represented so that agreement is not vacuous.
 */
class CallContractAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema;
    private static FastAccept fast;

    @BeforeAll
    static void load() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        Operation listCalls = contract.operations().stream()
                .filter(operation -> operation.name().equals("listCalls")).findFirst().orElseThrow();
        schema = EveritSchemas.load(contract.registry(), listCalls.response(), uri -> null);
        fast = FastAccept.compile(schema);
    }

    /** The page as {@code verify} sees it: written and parsed back by {@code JsonBodies.parse}. */
    private static JsonNode reparsed(JsonNode page) throws Exception {
        return JsonBodies.parse(new ByteArrayInputStream(JSON.writeValueAsBytes(page)));
    }

    @Test
    @DisplayName("the five message kinds are told apart by role: only the branch a role names is tested")
    void messagesDispatchOnRole() {
        assertThat(fast.discriminators()).containsExactly("role");
    }

    @Test
    @DisplayName("every generated valid page is accepted by everit and by the fast path")
    void validPagesAreAccepted() throws Exception {
        CallPages pages = new CallPages(7);
        int calls = 0;
        for (int i = 0; i < 1500; i++) {
            JsonNode page = reparsed(pages.page(4));
            calls += page.size();
            assertThat(Authority.of(schema, page)).as("everit on %s", page).isEqualTo(Authority.ACCEPTS);
            assertThat(fast.accepts(page)).as("fast path on %s", page).isTrue();
        }
        assertThat(calls).as("calls generated").isGreaterThan(2000);
    }

    @Test
    @DisplayName("one compiled checker gives the same verdicts when four threads share it")
    void sharedAcrossThreads() throws Exception {
        CallPages pages = new CallPages(5);
        List<JsonNode> documents = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            documents.add(reparsed(i % 2 == 0 ? pages.page(3) : pages.mutate(pages.page(3))));
        }
        List<Boolean> alone = documents.stream().map(fast::accepts).toList();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Boolean>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(workers.submit(() -> documents.stream().map(fast::accepts).toList()));
            }
            for (java.util.concurrent.Future<List<Boolean>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(alone).contains(true, false);
    }

    @Test
    @DisplayName("on seeded mutations of valid pages the fast path accepts exactly what everit accepts")
    void mutatedPagesAgree() throws Exception {
        CallPages pages = new CallPages(20261124);
        int everitAccepts = 0;
        int everitRejects = 0;
        int fastAccepts = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            ArrayNode valid = pages.page(3);
            JsonNode page = reparsed(pages.mutate(valid));
            Authority authority = Authority.of(schema, page);
            boolean accepted = fast.accepts(page);
            if (authority == Authority.ACCEPTS) {
                everitAccepts++;
            } else {
                everitRejects++;
            }
            if (accepted) {
                fastAccepts++;
            }
            if (accepted != (authority == Authority.ACCEPTS) && disagreements.size() < 20) {
                disagreements.add("everit " + authority + ", fast " + accepted + ": " + page);
            }
        }
        System.out.printf(Locale.ROOT, "call contract mutations: everit accepts %d, rejects %d; fast accepts %d%n",
                everitAccepts, everitRejects, fastAccepts);
        assertThat(disagreements).as("pages where the fast path and everit disagree").isEmpty();
        assertThat(everitAccepts).as("mutated pages that are still valid").isGreaterThan(800);
        assertThat(everitRejects).as("mutated pages that are invalid").isGreaterThan(4000);
    }
}
