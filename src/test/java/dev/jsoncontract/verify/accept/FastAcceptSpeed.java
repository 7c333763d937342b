package dev.jsoncontract.verify.accept;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.everit.json.schema.Validator;

/**
 * Not a test: a rough single-thread sanity check of the fast path's speed on generated call pages,
 * printing MB/s of parse alone, parse + fast accept, and parse + org.json + everit. The JMH
 * benchmarks in {@code bench/} are the real measurement; run this from the IDE or with
 * {@code java -cp target/test-classes:target/classes:<deps> dev.jsoncontract.verify.accept.FastAcceptSpeed}.
 */
public final class FastAcceptSpeed {

    private FastAcceptSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Contract contract = ContractLoader.loadBundled();
        Operation listCalls = contract.operations().stream()
                .filter(operation -> operation.name().equals("listCalls")).findFirst().orElseThrow();
        Schema schema = EveritSchemas.load(contract.registry(), listCalls.response(), uri -> null);
        FastAccept fast = FastAccept.compile(schema);
        Validator everit = Validator.builder().build();
        CallPages generator = new CallPages(42);
        ObjectMapper json = new ObjectMapper();
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        while (bytes < 8_000_000) {
            byte[] page = json.writeValueAsBytes(generator.page(40));
            pages.add(page);
            bytes += page.length;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<JsonNode> trees = new ArrayList<>();
        for (byte[] page : pages) {
            trees.add(JsonBodies.parse(new ByteArrayInputStream(page)));
        }
        double[][] speeds = new double[4][rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long sink = 0;
            for (byte[] page : pages) {
                sink += JsonBodies.parse(new ByteArrayInputStream(page)).size();
            }
            long parse = System.nanoTime() - start;
            start = System.nanoTime();
            for (byte[] page : pages) {
                JsonNode tree = JsonBodies.parse(new ByteArrayInputStream(page));
                if (!fast.accepts(tree)) {
                    throw new IllegalStateException("a valid page was not accepted");
                }
            }
            long accept = System.nanoTime() - start;
            start = System.nanoTime();
            for (byte[] page : pages) {
                JsonNode tree = JsonBodies.parse(new ByteArrayInputStream(page));
                everit.performValidation(schema, JsonBodies.toOrgJson(tree));
            }
            long authority = System.nanoTime() - start;
            start = System.nanoTime();
            for (JsonNode tree : trees) {
                sink += fast.accepts(tree) ? 1 : 0;
            }
            long acceptOnly = System.nanoTime() - start;
            double mb = bytes / 1e6;
            speeds[0][round] = mb / (parse / 1e9);
            speeds[1][round] = mb / (accept / 1e9);
            speeds[2][round] = mb / (authority / 1e9);
            speeds[3][round] = mb / (acceptOnly / 1e9);
            System.out.printf(Locale.ROOT, "round %d (%.1f MB, %d): parse %.0f MB/s, parse+fast %.0f MB/s,"
                    + " parse+org.json+everit %.0f MB/s, ratio %.1fx, fast alone %.0f MB/s%n", round, mb, sink, mb / (parse / 1e9),
                    mb / (accept / 1e9), mb / (authority / 1e9), (double) authority / accept,
                    mb / (acceptOnly / 1e9));
        }
        for (double[] speed : speeds) {
            java.util.Arrays.sort(speed, rounds / 3, rounds);
        }
        int median = rounds / 3 + (rounds - rounds / 3) / 2;
        System.out.printf(Locale.ROOT, "median after warm-up: parse %.0f MB/s, parse+fast %.0f MB/s,"
                + " parse+org.json+everit %.0f MB/s, fast alone %.0f MB/s%n", speeds[0][median], speeds[1][median],
                speeds[2][median], speeds[3][median]);
    }
}
