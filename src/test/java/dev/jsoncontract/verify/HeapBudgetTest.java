package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bodies too large for the heap, with small synthetic heap budgets instead of a real full heap. */
class HeapBudgetTest {

    private static final long GB = 1024L * 1024 * 1024;

    private static String call(int id, String status, String more) {
        return String.format(Locale.ROOT, "{\"id\": %d, \"assistant_id\": 2, \"call_status\": \"%s\","
                + " \"call_type\": \"webCall\", \"messages\": []%s}", id, status, more);
    }

    /** A call whose JSON text is exactly {@code bytes} long (padded in its summary). */
    private static String callOfSize(int id, int bytes) {
        String shell = call(id, "ended", ", \"summary\": \"\"");
        String padded = call(id, "ended", ", \"summary\": \"" + "x".repeat(bytes - shell.length()) + "\"");
        assertThat(padded).hasSize(bytes);
        return padded;
    }

    private static BytesBody body(String json) {
        return new BytesBody("page-1.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A body of {@code prefix}, {@code count} times {@code filler}, {@code suffix}, generated as it is read. */
    private static ResponseBody generated(String prefix, long count, byte filler, String suffix, long reportedSize) {
        return new ResponseBody() {
            @Override
            public String source() {
                return "export.json";
            }

            @Override
            public InputStream open() {
                InputStream middle = new InputStream() {
                    private long left = count;

                    @Override
                    public int read() {
                        if (left == 0) {
                            return -1;
                        }
                        left--;
                        return filler;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left == 0) {
                            return -1;
                        }
                        int n = (int) Math.min(length, left);
                        java.util.Arrays.fill(buffer, offset, offset + n, filler);
                        left -= n;
                        return n;
                    }
                };
                return new SequenceInputStream(java.util.Collections.enumeration(List.of(
                        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), middle,
                        new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
            }

            @Override
            public long size() {
                return reportedSize;
            }
        };
    }

    @Test
    @DisplayName("a body read whole that does not fit is a file finding naming size, need, heap and what to do")
    void wholeBodyTooLarge() throws Exception {
        ResponseValidator validator = Schemas.bundled().withHeapBudget(400);
        String json = call(1, "completed", "");
        assertThat(json.length()).isGreaterThan(50);
        CheckedBody checked = validator.check(body(json), false);
        assertThat(checked.findings()).containsExactly(Finding.ofFile("page-1.json", "is " + json.length()
                + " bytes; checking it as one JSON value needs about " + (json.length() * 8) + " bytes of heap and"
                + " this build has 400 bytes. Give Maven more heap (MAVEN_OPTS=-Xmx2g) or split the file"));
        assertThat(checked.owners()).containsExactly(Owner.BODY);
        assertThat(Schemas.bundled().withHeapBudget(json.length() * 8L).check(body(json), false).findings())
                .as("just fits").extracting(Finding::keyword).containsExactly("type");
    }

    @Test
    @DisplayName("the issue's case: a 212.4 MB body against a 1 GB heap")
    void issueExample() throws Exception {
        long size = 222_720_000;
        String prefix = "{\"calls\": \"";
        ResponseBody export = generated(prefix, size - prefix.length() - 2, (byte) 'x', "\"}", size);
        CheckedBody checked = Schemas.bundled().withHeapBudget(GB).check(export, false);
        assertThat(checked.findings()).containsExactly(Finding.ofFile("export.json", "is 212.4 MB; checking it as"
                + " one JSON value needs about 1.7 GB of heap and this build has 1.0 GB. Give Maven more heap"
                + " (MAVEN_OPTS=-Xmx4g) or split the file"));
    }

    @Test
    @DisplayName("a body of unknown size is stopped while it is read, once it is past what fits")
    void unknownSizeTooLarge() throws Exception {
        String prefix = "{\"calls\": \"";
        ResponseBody export = generated(prefix, 204_800 - prefix.length() - 2, (byte) 'x', "\"}", -1);
        CheckedBody checked = Schemas.bundled().withHeapBudget(8_000).check(export, false);
        assertThat(checked.findings()).containsExactly(Finding.ofFile("export.json", "is 200.0 KB; checking it as"
                + " one JSON value needs about 1.6 MB of heap and this build has 7.8 KB. Give Maven more heap"
                + " (MAVEN_OPTS=-Xmx2g) or split the file"));
    }

    @Test
    @DisplayName("an array too large to hold whole is checked element by element with the usual findings")
    void streamedArrayFits() throws Exception {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(call(i + 1, i == 7 ? "completed" : "ended", ""));
        }
        String json = "[" + String.join(",", calls) + "]";
        ResponseValidator validator = Schemas.bundled().withHeapBudget(8_000);
        assertThat(json.length()).isGreaterThan(8_000 / 8 * 5);
        CheckedBody streamed = validator.check(body(json), false);
        assertThat(streamed.findings()).extracting(Finding::pointer, Finding::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/7/call_status", "enum"));
        assertThat(streamed.instances()).hasSize(60);
        assertThat(validator.check(body(json), false, false).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("is " + Sizes.format(json.length())
                        + "; checking it as one JSON value needs about"));
    }

    @Test
    @DisplayName("one element too large is a file finding naming the element and its exact size; other findings are dropped")
    void elementTooLarge() throws Exception {
        String json = "[" + call(1, "completed", "") + ",\n" + callOfSize(2, 102_400) + ",\n" + call(3, "ended", "") + "]";
        CheckedBody checked = Schemas.bundled().withHeapBudget(8_000).check(body(json), false);
        assertThat(checked.findings()).containsExactly(Finding.ofFile("page-1.json", "has an element (/1) of 100.0 KB;"
                + " checking it needs about 800.0 KB of heap and this build has 7.8 KB. Give Maven more heap"
                + " (MAVEN_OPTS=-Xmx2g)"));
        assertThat(checked.instances()).isEmpty();
    }

    @Test
    @DisplayName("a syntax error after a too large element is reported as the syntax error, like for any body")
    void elementTooLargeThenSyntaxError() throws Exception {
        String json = "[" + callOfSize(1, 102_400) + ",\n{\"id\": 2,]";
        CheckedBody checked = Schemas.bundled().withHeapBudget(8_000).check(body(json), false);
        assertThat(checked.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("is not valid JSON at line 2, column 10 (Unexpected character (']' (code 93)): was"
                        + " expecting double-quote to start field name)"));
    }

    @Test
    @DisplayName("running out of heap while checking a body is a finding on that body")
    void outOfHeap() throws Exception {
        ResponseBody exhausting = new ResponseBody() {
            @Override
            public String source() {
                return "page-9.json";
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    @Override
                    public int read() {
                        throw new OutOfMemoryError("Java heap space");
                    }
                };
            }

            @Override
            public long size() {
                return 2048;
            }
        };
        CheckedBody checked = Schemas.bundled().withHeapBudget(GB).check(exhausting, false);
        assertThat(checked.findings()).containsExactly(Finding.ofFile("page-9.json", "is 2.0 KB and ran out of heap"
                + " while being checked (this build has 1.0 GB). Give Maven more heap (MAVEN_OPTS=-Xmx4g) or split"
                + " the file"));
        assertThat(Schemas.bundled().withHeapBudget(GB).outOfHeap(-1)).isEqualTo("ran out of heap while being"
                + " checked (this build has 1.0 GB). Give Maven more heap (MAVEN_OPTS=-Xmx4g) or split the file");
    }

    @Test
    @DisplayName("the heap gate reserves at most the whole budget and gives it back")
    void heapGate() throws Exception {
        ResponseValidator.HeapGate gate = new ResponseValidator.HeapGate(10 * 1024);
        int big = gate.reserve(1_000_000);
        assertThat(big).isEqualTo(10);
        assertThat(gate.available()).isZero();
        gate.release(big);
        int small = gate.reserve(1);
        assertThat(small).isEqualTo(1);
        assertThat(gate.available()).isEqualTo(9);
        gate.release(small);
        assertThat(gate.available()).isEqualTo(10);
    }

    @Test
    @DisplayName("sizes read as people say them, and the suggested -Xmx leaves room for Maven")
    void sizes() throws Exception {
        assertThat(Sizes.format(1)).isEqualTo("1 byte");
        assertThat(Sizes.format(1023)).isEqualTo("1023 bytes");
        assertThat(Sizes.format(1536)).isEqualTo("1.5 KB");
        assertThat(Sizes.format(222_720_000)).isEqualTo("212.4 MB");
        assertThat(Sizes.format(GB)).isEqualTo("1.0 GB");
        assertThat(Sizes.suggestedXmx(1)).isEqualTo("2g");
        assertThat(Sizes.suggestedXmx(1_781_760_000L)).isEqualTo("4g");
        assertThat(Sizes.suggestedXmx(6 * GB)).isEqualTo("16g");
    }
}
