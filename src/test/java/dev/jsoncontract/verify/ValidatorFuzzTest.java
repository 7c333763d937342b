package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.testgen.GenerateTestsRequest;
import dev.jsoncontract.testgen.GenerateTestsResult;
import dev.jsoncontract.testgen.GenerateTestsService;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.recorded.BytesBody;
import dev.jsoncontract.verify.recorded.HarReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Validator fuzzing: recordings of the demo (three pages and a HAR export), mutated in the ways a
 * recording goes wrong, through verify's validator (streamed and whole), the HAR reader, and then,
 * as one folder, through {@code verify} and {@code generate-tests}. Each must end as findings or a
 * clear error: never an exception out of the check, never "a bug in jsoncontract". Seeded, so
 * every run tries the same mutants; the counts are printed.
 */
class ValidatorFuzzTest {

    static final int TRIES = 1_000;

    /** How a recording goes wrong. */
    enum Mutation {
        TRUNCATE, TYPE_SWAP, HUGE_NUMBER, TINY_NUMBER, DEEP_NESTING, INVALID_UTF8, DUPLICATE_KEY, BOM, NUL,
        BYTE_FLIP, DELETE_SPAN, SWAP_BRACKETS
    }

    static final String[] NUMBERS = {"1e2147483648", "1e2147483647", "-1e-2147483648", "1e-400", "-0",
        "123456789012345678901234567890", "1E+999999999", "0.0000000000000000000000001", "-9223372036854775809",
        "1e-2147483647", "2e2147483648"};
    static final String[] SWAPS = {"null", "true", "\"text\"", "[]", "{}", "0", "-1.5", "\"\"", "[null]", "{\"x\": 1}"};

    static Contract contract;
    static Operation operation;
    static ResponseValidator validator;
    static List<byte[]> seeds;
    static Path folder;
    static final AtomicInteger tried = new AtomicInteger();
    static final AtomicInteger withFindings = new AtomicInteger();
    static final AtomicInteger jsonFiles = new AtomicInteger();
    static final Map<Mutation, AtomicInteger> byMutation = new EnumMap<>(Mutation.class);

    @BeforeContainer
    static void load() throws Exception {
        contract = ContractLoader.loadBundled();
        operation = contract.operations().get(0);
        validator = ResponseValidator.forOperation(contract, operation);
        Path demo = Path.of("demo/src/test/resources/recordings");
        seeds = new ArrayList<>();
        for (String name : List.of("page-1.json", "page-2.json", "page-3.json", "export.har")) {
            seeds.add(Files.readAllBytes(demo.resolve(name)));
        }
        folder = Files.createTempDirectory("jsoncontract-fuzz");
        for (Mutation mutation : Mutation.values()) {
            byMutation.put(mutation, new AtomicInteger());
        }
    }

    @Provide
    Arbitrary<Integer> seed() {
        return Arbitraries.integers().between(0, 3);
    }

    @Property(tries = TRIES, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void mutatedRecording(@ForAll("seed") int seed, @ForAll Mutation mutation, @ForAll long random) throws Exception {
        byte[] mutant = mutate(seeds.get(seed), mutation, new Random(random));
        boolean har = seed == 3;
        int number = tried.incrementAndGet();
        byMutation.get(mutation).incrementAndGet();
        String name = String.format(Locale.ROOT, "m-%04d-%s.%s", number, mutation.name().toLowerCase(Locale.ROOT),
                har ? "har" : "json");
        Path file = folder.resolve(name);
        Files.write(file, mutant);
        List<Finding> findings = new ArrayList<>();
        if (har) {
            HarReader.HarBodies bodies = HarReader.read(file, name, operation);
            findings.addAll(bodies.problems());
            for (ResponseBody body : bodies.bodies()) {
                findings.addAll(validator.check(body, false).findings());
            }
        } else {
            jsonFiles.incrementAndGet();
            for (boolean streamed : new boolean[] {true, false}) {
                findings.addAll(validator.check(new BytesBody(name, mutant), false, streamed).findings());
            }
        }
        if (!findings.isEmpty()) {
            withFindings.incrementAndGet();
        }
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.message()).isNotBlank().doesNotContain("bug in jsoncontract");
            assertThat(finding.source()).startsWith(name);
        });
    }

    /** The whole folder of mutants through verify and generate-tests: findings, never an exception. */
    @AfterContainer
    static void wholeFolder() throws Exception {
        try {
            VerifyResult result = new Verifier(line -> { }, LiveSource.NONE).verify(new VerifyRequest(null, null,
                    folder, false, folder.resolve("../" + folder.getFileName() + "-reports"), null, null, 2));
            // one body per .json mutant; a HAR mutant gives its entries, or one finding
            assertThat(result.bodies()).isGreaterThanOrEqualTo(jsonFiles.get());
            assertThat(result.groups()).noneSatisfy(group -> assertThat(group.toString()).contains("bug in jsoncontract"));
            Path out = Files.createTempDirectory("jsoncontract-fuzz-tests");
            GenerateTestsResult generated = new GenerateTestsService().generate(new GenerateTestsRequest(null, null,
                    "example.fuzz", folder, folder.getParent(), false, out), line -> { });
            assertThat(generated.recordings()).isGreaterThanOrEqualTo(jsonFiles.get());
            System.out.println("jsoncontract reliability: validator fuzzing tried " + tried.get() + " mutated recordings"
                    + " (seed 20261201; " + byMutation + "), " + withFindings.get() + " with findings; all ended as"
                    + " findings or a clear error in verify's validator, the HAR reader, verify over the folder ("
                    + result.bodies() + " bodies) and generate-tests (" + generated.recordings() + " recordings)");
            delete(out);
        } finally {
            delete(folder.resolve("../" + folder.getFileName() + "-reports").normalize());
            delete(folder);
        }
    }

    static byte[] mutate(byte[] seed, Mutation mutation, Random random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        switch (mutation) {
            case TRUNCATE:
                return Arrays.copyOf(seed, random.nextInt(seed.length));
            case TYPE_SWAP:
                return replaceValue(text, random, SWAPS[random.nextInt(SWAPS.length)]);
            case HUGE_NUMBER:
            case TINY_NUMBER:
                return replaceValue(text, random, NUMBERS[random.nextInt(NUMBERS.length)]);
            case DEEP_NESTING: {
                int depth = 150 + random.nextInt(400);
                int at = valueStart(text, random);
                return (text.substring(0, at) + "[".repeat(depth) + "1" + "]".repeat(depth) + text.substring(skipValue(text, at)))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case INVALID_UTF8: {
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xC0, (byte) 0xAF}};
                return insert(seed, stringPosition(seed, random), bad[random.nextInt(bad.length)]);
            }
            case DUPLICATE_KEY: {
                int key = text.indexOf("\"", text.indexOf('{', random.nextInt(Math.max(1, text.length() / 2))));
                if (key < 0) {
                    return seed;
                }
                int end = skipValue(text, text.indexOf(':', key) + 1);
                String member = text.substring(key, end);
                return (text.substring(0, end) + ", " + member + text.substring(end)).getBytes(StandardCharsets.UTF_8);
            }
            case BOM:
                return insert(seed, random.nextBoolean() ? 0 : random.nextInt(seed.length),
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case NUL:
                return insert(seed, random.nextInt(seed.length), new byte[] {0});
            case BYTE_FLIP: {
                byte[] copy = seed.clone();
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case DELETE_SPAN: {
                int from = random.nextInt(seed.length);
                int to = Math.min(seed.length, from + 1 + random.nextInt(200));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(seed, 0, from);
                out.write(seed, to, seed.length - to);
                return out.toByteArray();
            }
            case SWAP_BRACKETS: {
                byte[] copy = seed.clone();
                for (int i = 0; i < copy.length; i++) {
                    if ((copy[i] == '[' || copy[i] == '{') && random.nextInt(50) == 0) {
                        copy[i] = copy[i] == '[' ? (byte) '{' : (byte) '[';
                    }
                }
                return copy;
            }
            default:
                throw new IllegalArgumentException(mutation.toString());
        }
    }

    /** Replaces one value (after a {@code :}) by {@code value}. */
    static byte[] replaceValue(String text, Random random, String value) {
        int at = valueStart(text, random);
        return (text.substring(0, at) + value + text.substring(skipValue(text, at))).getBytes(StandardCharsets.UTF_8);
    }

    /** Where some member's value starts. */
    static int valueStart(String text, Random random) {
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            colon = text.indexOf(':');
        }
        int at = colon + 1;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The end of the JSON value starting at {@code at} (a rough scan: strings, brackets, scalars). */
    static int skipValue(String text, int at) {
        if (at >= text.length()) {
            return text.length();
        }
        char c = text.charAt(at);
        if (c == '"') {
            int i = at + 1;
            while (i < text.length() && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), i + 1);
        }
        if (c == '[' || c == '{') {
            int depth = 0;
            for (int i = at; i < text.length(); i++) {
                char d = text.charAt(i);
                if (d == '"') {
                    i = skipValue(text, i) - 1;
                } else if (d == '[' || d == '{') {
                    depth++;
                } else if ((d == ']' || d == '}') && --depth == 0) {
                    return i + 1;
                }
            }
            return text.length();
        }
        int i = at;
        while (i < text.length() && ",}] \n\r\t".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** A byte position inside some string of the recording. */
    static int stringPosition(byte[] seed, Random random) {
        int start = random.nextInt(seed.length);
        for (int i = start; i < seed.length - 1; i++) {
            if (seed[i] == '"') {
                return i + 1;
            }
        }
        return start;
    }

    static byte[] insert(byte[] seed, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(seed, 0, at);
        out.write(what, 0, what.length);
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
