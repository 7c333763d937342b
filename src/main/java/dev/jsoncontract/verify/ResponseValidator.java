package dev.jsoncontract.verify;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.verify.accept.FastAccept;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Pointers;
import dev.jsoncontract.verify.stats.Tally;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;

/**
 * Holds response bodies to one schema of a contract: parses each body with Jackson, validates it
 * with everit (draft-07), turns the violations into findings and adds drift (properties the
 * contract does not describe). Thread-safe and stateless per body: bodies may be checked in
 * parallel. A body that {@link FastAccept} proves valid skips the org.json copy and everit (same
 * findings, faster); every other body is judged by everit.
 *
 * <p>When the schema is a plain array ({@code {"type": "array", "items": ...}} and nothing else
 * that needs the whole array) and a body is a JSON array, the body is read one element at a time
 * and each element is checked against the items schema on its own, so that the heap needed does
 * not grow with the body; the findings are the same as for the whole array. Any other body is
 * read as one tree, after checking that such a tree fits in the heap: a body too large for it is
 * a finding that says how much heap it needs.
 *
 * <pre>{@code
 * ResponseValidator validator = ResponseValidator.forOperation(contract, operation);
 * CheckedBody checked = validator.check(body, false);
 * checked.findings().forEach(f -> System.out.println(f.place() + ": " + f.message()));
 * }</pre>
 */
public final class ResponseValidator {

    private static final Validator EVERIT = Validator.builder().build();

    /**
     * Bytes of heap one byte of JSON text takes while a value is checked as one tree: the Jackson
     * tree and its org.json copy for everit, both alive at once. Measured on 30 MB call pages, heap
     * after a full GC: 4.4 for the demo's calls (Jackson 2.8, org.json 1.6), 4.5 for the bench
     * generator's (3.1 and 1.4); 8 leaves room for pages of shorter values and for what validation
     * itself allocates.
     */
    static final long HEAP_PER_BYTE = 8;

    /** Jackson reads ahead of the value it parses; a size limit allows for that much. */
    private static final long READ_AHEAD = 64 * 1024;


    private final Schema schema;
    /** The items schema when bodies that are arrays may be checked one element at a time, else {@code null}. */
    private final Schema items;
    /** Proves the common valid body valid without everit; {@code null}: everit checks every body. */
    private final FastAccept fastSchema;
    /** The same for one element of a streamed array ({@code null} when there is none or no fast path). */
    private final FastAccept fastItems;
    private final ViolationTranslator translator;
    private final SchemaWalker walker;
    /** Tallies what each body holds at the contract's enums, discriminators and properties. */
    private final StatisticsWalker statistics;
    private final long heapBudget;
    private final HeapGate gate;
    /** Where the response schema stands, after following {@code $ref}s; see {@link ViolationTranslator#translate}. */
    private final String rootLocation;

    private ResponseValidator(Schema schema, String rootLocation, ViolationTranslator translator, SchemaWalker walker,
            StatisticsWalker statistics, long heapBudget, boolean fastAccept) {
        this(schema, rootLocation, translator, walker, statistics, heapBudget,
                fastAccept ? FastAccept.compile(schema) : null,
                fastAccept && streamableItems(schema) != null ? FastAccept.compile(streamableItems(schema)) : null);
    }

    private ResponseValidator(Schema schema, String rootLocation, ViolationTranslator translator, SchemaWalker walker,
            StatisticsWalker statistics, long heapBudget, FastAccept fastSchema, FastAccept fastItems) {
        this.schema = schema;
        this.rootLocation = rootLocation;
        this.items = streamableItems(schema);
        this.fastSchema = fastSchema;
        this.fastItems = fastItems;
        this.translator = translator;
        this.walker = walker;
        this.statistics = statistics;
        this.heapBudget = heapBudget;
        this.gate = new HeapGate(heapBudget);
    }

    private static ResponseValidator create(Schema schema, SchemaLocations locations, ContractModel model,
            SchemaNode node, boolean fastAccept) {
        Schema root = Discriminator.unwrap(schema);
        String rootLocation = root.getSchemaLocation() == null ? "" : locations.display(root.getSchemaLocation());
        // the model is built further here, on this thread, before any worker reads it
        ModelPlan plan = new ModelPlan(model, node, schema, locations);
        return new ResponseValidator(schema, rootLocation,
                new ViolationTranslator(locations, new Discriminator.Cache(), schema),
                new SchemaWalker(plan), new StatisticsWalker(plan, model), Runtime.getRuntime().maxMemory(), fastAccept);
    }

    /** A validator for the response schema of {@code operation}. */
    public static ResponseValidator forOperation(Contract contract, Operation operation) throws ContractException {
        return forSchema(contract, operation.response(), uri -> null);
    }

    /**
     * A validator for any schema node of the contract.
     *
     * @param remotes where remote documents ({@code http:} ...) may be read; return {@code null} to
     *     refuse one (what {@code verify} does: it never reads the network for schemas)
     */
    public static ResponseValidator forSchema(Contract contract, SchemaNode node, UnaryOperator<URI> remotes)
            throws ContractException {
        return forSchema(contract, node, remotes, true);
    }

    /**
     * As {@link #forSchema(Contract, SchemaNode, UnaryOperator)}; {@code fastAccept false} sends every
     * body through everit (for diagnosis and for the tests that compare both paths).
     */
    static ResponseValidator forSchema(Contract contract, SchemaNode node, UnaryOperator<URI> remotes,
            boolean fastAccept) throws ContractException {
        return forSchema(contract, new ContractModel(contract.registry()), node, remotes, fastAccept);
    }

    /**
     * As {@link #forSchema(Contract, SchemaNode, UnaryOperator)}, reading drift, owners and
     * statistics from {@code model}, the contract model of the run. The model is built further
     * while the validator is made (it is not thread-safe while being built): make validators on
     * one thread, before the bodies are checked; the validator then only reads it.
     */
    public static ResponseValidator forSchema(Contract contract, ContractModel model, SchemaNode node,
            UnaryOperator<URI> remotes) throws ContractException {
        return forSchema(contract, model, node, remotes, true);
    }

    private static ResponseValidator forSchema(Contract contract, ContractModel model, SchemaNode node,
            UnaryOperator<URI> remotes, boolean fastAccept) throws ContractException {
        contract.registry().remotes(remotes);
        Schema schema = ResponseSchema.load(contract.registry(), node);
        return create(schema, new SchemaLocations(contract.registry(), node.file()), model, node, fastAccept);
    }

    /** The same validator with another heap budget (bytes a body's trees may take); tests make it small. */
    ResponseValidator withHeapBudget(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("heap budget must be positive: " + bytes);
        }
        return new ResponseValidator(schema, rootLocation, translator, walker, statistics, bytes, fastSchema, fastItems);
    }

    /** The places whose values the bodies' tallies count ({@link CheckedBody#tally()}). */
    public dev.jsoncontract.verify.stats.Census census() {
        return statistics.census();
    }

    /** The heap budget in bytes: {@link Runtime#maxMemory()} unless a test set another. */
    long heapBudget() {
        return heapBudget;
    }

    /** Whether bodies that are JSON arrays are checked one element at a time. */
    boolean streamsArrays() {
        return items != null;
    }

    /**
     * The items schema of an array schema that constrains nothing but its items, after following
     * {@code $ref}s; {@code null} for any other schema. Such an array holds when each element holds
     * on its own, so elements can be checked one at a time.
     */
    static Schema streamableItems(Schema schema) {
        Schema target = Discriminator.unwrap(schema);
        if (!(target instanceof ArraySchema array)) {
            return null;
        }
        boolean itemsOnly = array.getAllItemSchema() != null
                && array.getItemSchemas() == null
                && array.getSchemaOfAdditionalItems() == null
                && array.getContainedItemSchema() == null
                && array.getMinItems() == null
                && array.getMaxItems() == null
                && !array.needsUniqueItems();
        return itemsOnly ? array.getAllItemSchema() : null;
    }

    /**
     * Checks one body. Never throws for a bad body: an unreadable, empty, malformed or too large
     * body is a finding on that body.
     *
     * @param strict whether properties the contract does not describe are failures (else warnings)
     */
    public CheckedBody check(ResponseBody body, boolean strict) {
        return check(body, strict, items != null);
    }

    /**
     * Checks one body, one array element at a time when {@code streamArrays} and the schema allows it
     * (tests compare both ways).
     */
    CheckedBody check(ResponseBody body, boolean strict, boolean streamArrays) {
        String source = body.source();
        try {
            return parseAndCheck(body, strict, streamArrays && items != null);
        } catch (JsonBodies.NotJsonException e) {
            return fileProblem(source, e.getMessage());
        } catch (TooLarge e) {
            return tooLarge(body, e.element);
        } catch (IOException e) {
            return unreadable(source, e);
        } catch (OutOfMemoryError e) {
            // the trees were only referenced from the frames just left: they are garbage now
            return fileProblem(source, outOfHeap(body.size()));
        } catch (StackOverflowError e) {
            // bodies are at most JsonBodies.MAX_NESTING deep, which fits a default stack: a last guard
            return fileProblem(source, "is nested too deeply to be checked on this thread's stack; give the build"
                    + " a larger stack (MAVEN_OPTS=-Xss4m) or flatten the body");
        }
    }

    private CheckedBody parseAndCheck(ResponseBody body, boolean strict, boolean streamArrays)
            throws JsonBodies.NotJsonException, IOException {
        String source = body.source();
        long maxTreeBytes = Math.max(1, heapBudget / HEAP_PER_BYTE);
        try (CountingInputStream in = new CountingInputStream(body.open());
                JsonParser parser = JsonBodies.JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw JsonBodies.empty();
            }
            if (streamArrays && first == JsonToken.START_ARRAY) {
                try {
                    return checkElements(source, parser, in, strict, maxTreeBytes);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw JsonBodies.numberOutOfRange(parser, e);
                }
            }
            long size = body.size();
            if (size > maxTreeBytes) {
                throw new TooLarge(-1);
            }
            int reserved = gate.reserve(size < 0 ? heapBudget : size * HEAP_PER_BYTE);
            try {
                in.limit(maxTreeBytes + READ_AHEAD, -1);
                JsonNode parsed;
                try {
                    parsed = JsonBodies.JSON.readTree(parser);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw JsonBodies.numberOutOfRange(parser, e);
                }
                in.unlimited();
                return check(source, parsed, strict);
            } finally {
                gate.release(reserved);
            }
        } catch (JsonProcessingException e) {
            TooLarge tooLarge = TooLarge.in(e);
            if (tooLarge != null) {
                throw tooLarge;
            }
            throw JsonBodies.notJson(e);
        }
    }

    /**
     * Checks the elements of an array one by one against the items schema. The findings are kept
     * until the array is known to be well-formed: a syntax error anywhere makes the body one file
     * finding, as when it is read whole.
     */
    private CheckedBody checkElements(String source, JsonParser parser, CountingInputStream in, boolean strict,
            long maxTreeBytes) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Owner> owners = new ArrayList<>();
        List<Owner> instances = new ArrayList<>();
        Tally tally = statistics.census().tally();
        for (long index = 0; nextElement(parser); index++) {
            long start = parser.currentTokenLocation().getByteOffset();
            in.limit((start < 0 ? in.count() : start) + maxTreeBytes + READ_AHEAD, index);
            // trailing content is checked once, after the array
            JsonNode element = JsonBodies.readValue(parser);
            in.unlimited();
            CheckedBody checked = checkValue(source, items, element, strict, tally);
            String prefix = "/" + index;
            for (Finding finding : checked.findings()) {
                findings.add(new Finding(finding.source(), prefix + finding.pointer(), finding.schemaLocation(),
                        finding.keyword(), finding.value(), finding.allowed(), finding.severity(), finding.message()));
            }
            owners.addAll(checked.owners());
            instances.addAll(checked.instances());
        }
        JsonBodies.failOnTrailingTokens(parser);
        return new CheckedBody(source, findings, owners, instances, tally);
    }

    /** Moves to the next element of an array: {@code false} at its end. */
    private static boolean nextElement(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            // Jackson reports an unclosed array itself; this only guards the loop
            throw new JsonParseException(parser, "Unexpected end-of-input: expected close marker for Array");
        }
        return token != JsonToken.END_ARRAY;
    }

    /** Checks one parsed body. */
    public CheckedBody check(String source, JsonNode parsed, boolean strict) {
        return checkValue(source, schema, parsed, strict, statistics.census().tally());
    }

    private CheckedBody checkValue(String source, Schema against, JsonNode parsed, boolean strict, Tally tally) {
        List<Finding> findings;
        SchemaWalker.Walk walk;
        try {
            findings = new ArrayList<>(violations(source, against, parsed));
            boolean element = against == items && against != schema;
            walk = walker.walk(source, element, parsed, strict, element ? "[]" : "");
        } catch (PatternBudget.Exceeded e) {
            return patternTooCostly(source, parsed, e);
        }
        findings.addAll(walk.drift);
        findings.sort(Comparator.comparing(Finding::pointer, Pointers::compare)
                .thenComparing(Finding::keyword)
                .thenComparing(Finding::schemaLocation)
                .thenComparing(Finding::value));
        List<Finding> unique = new ArrayList<>();
        for (Finding finding : findings) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(finding)) {
                unique.add(finding);
            }
        }
        List<Owner> owners = unique.stream().map(f -> walk.ownerOf(f.pointer())).toList();
        try {
            statistics.walk(against == items && against != schema, parsed, tally);
        } catch (PatternBudget.Exceeded e) {
            // drift matched the same names within the budget; should this walk not, its counts stay partial
        }
        return new CheckedBody(source, unique, owners, walk.instances, tally);
    }

    /**
     * What everit finds wrong with one value (a whole body or one element of a streamed array), as
     * findings; empty when the value conforms. The only place everit is called.
     */
    private List<Finding> violations(String source, Schema against, JsonNode value) {
        // the fast path only ever says "valid"; anything else is everit's to judge, as before
        FastAccept fast = against == items ? fastItems : fastSchema;
        try {
            if (fast != null && fast.accepts(value)) {
                return List.of();
            }
        } catch (PatternBudget.Exceeded e) {
            // not proven valid: everit judges, and meets the same pattern
        }
        Object orgJson = JsonBodies.toOrgJson(value);
        try {
            EVERIT.performValidation(against, orgJson);
            return List.of();
        } catch (ValidationException e) {
            boolean element = against == items && against != schema;
            return translator.translate(source, element ? schema : against, element ? "/0" : "", e, value, orgJson,
                    rootLocation);
        }
    }

    /**
     * The finding of a value on which a pattern ran out of its budget: the first string (or member
     * name) of {@code parsed} on which the pattern does, with the pattern named. The value is a
     * failure: it could not be checked to the end, and a gate passes nothing unchecked.
     */
    private static CheckedBody patternTooCostly(String source, JsonNode parsed, PatternBudget.Exceeded e) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(e.pattern());
        String pointer = "";
        String value = "";
        java.util.Deque<java.util.Map.Entry<String, JsonNode>> stack = new java.util.ArrayDeque<>();
        stack.push(java.util.Map.entry("", parsed));
        search:
        while (!stack.isEmpty()) {
            java.util.Map.Entry<String, JsonNode> at = stack.pop();
            JsonNode node = at.getValue();
            if (node.isTextual() && costly(pattern, node.textValue())) {
                pointer = at.getKey();
                value = JsonBodies.render(node);
                break;
            }
            List<java.util.Map.Entry<String, JsonNode>> children = new ArrayList<>();
            if (node.isObject()) {
                for (java.util.Map.Entry<String, JsonNode> member : node.properties()) {
                    String memberPointer = at.getKey() + "/" + SchemaNode.escape(member.getKey());
                    if (costly(pattern, member.getKey())) {
                        pointer = memberPointer;
                        value = JsonBodies.render(com.fasterxml.jackson.databind.node.TextNode.valueOf(member.getKey()));
                        break search;
                    }
                    children.add(java.util.Map.entry(memberPointer, member.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    children.add(java.util.Map.entry(at.getKey() + "/" + i, node.get(i)));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        Finding finding = new Finding(source, pointer, "", "pattern", value, List.of(),
                dev.jsoncontract.verify.finding.Severity.FAILURE, e.getMessage() + " and was stopped, so the value is"
                        + " not checked (the pattern backtracks catastrophically). Simplify the pattern in the schema,"
                        + " e.g. without nested quantifiers such as (a+)+");
        return new CheckedBody(source, List.of(finding), List.of(Owner.BODY), List.of());
    }

    private static boolean costly(java.util.regex.Pattern pattern, String text) {
        try {
            PatternBudget.find(pattern, text);
            return false;
        } catch (PatternBudget.Exceeded e) {
            return true;
        }
    }

    /**
     * The finding of a body (or of one element of a streamed body) too large to check as one tree.
     * The body is read again without building anything, for its exact size and because a syntax
     * error is reported first, as for any body.
     *
     * @param element the index of the element that is too large, or {@code -1} for the whole body
     */
    private CheckedBody tooLarge(ResponseBody body, long element) {
        String source = body.source();
        long size;
        try (CountingInputStream in = new CountingInputStream(body.open());
                JsonParser parser = JsonBodies.JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return fileProblem(source, JsonBodies.empty().getMessage());
            }
            long elementSize = -1;
            if (element >= 0) {
                for (long index = 0; nextElement(parser); index++) {
                    long start = parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    if (index == element) {
                        elementSize = parser.currentLocation().getByteOffset() - start;
                    }
                }
            } else {
                parser.skipChildren();
            }
            JsonBodies.failOnTrailingTokens(parser);
            size = element >= 0 ? elementSize : in.count();
        } catch (JsonProcessingException e) {
            return fileProblem(source, JsonBodies.notJson(e).getMessage());
        } catch (IOException e) {
            return unreadable(source, e);
        }
        long need = size * HEAP_PER_BYTE;
        String what = element >= 0
                ? "has an element (/" + element + ") of " + Sizes.format(size) + "; checking it"
                : "is " + Sizes.format(size) + "; checking it as one JSON value";
        return fileProblem(source, what + " needs about " + Sizes.format(need) + " of heap and this build has "
                + Sizes.format(heapBudget) + ". Give Maven more heap (MAVEN_OPTS=-Xmx" + Sizes.suggestedXmx(need)
                + ")" + (element >= 0 ? "" : " or split the file"));
    }

    /** The finding text of a body whose check ran out of heap ({@code size} in bytes, or {@code -1}). */
    String outOfHeap(long size) {
        String what = size < 0 ? "" : "is " + Sizes.format(size) + " and ";
        long twice = heapBudget > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * heapBudget;
        long need = size < 0 ? twice : Math.max(size * HEAP_PER_BYTE, twice);
        return what + "ran out of heap while being checked (this build has " + Sizes.format(heapBudget)
                + "). Give Maven more heap (MAVEN_OPTS=-Xmx" + Sizes.suggestedXmx(need) + ") or split the file";
    }

    private static CheckedBody unreadable(String source, IOException e) {
        // a file system message repeats the absolute path; the source already names the file
        String detail = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return fileProblem(source, "cannot be read (" + e.getClass().getSimpleName()
                + (detail == null ? "" : ": " + detail) + "); check that the file exists and is readable");
    }

    private static CheckedBody fileProblem(String source, String message) {
        return new CheckedBody(source, List.of(Finding.ofFile(source, message)), List.of(Owner.BODY), List.of());
    }

    /**
     * The heap that bodies read as one tree hold at the same time, in kilobytes: a worker reserves
     * its body's estimate before building the tree and waits while other workers hold too much,
     * so that bodies that fit one at a time also fit when checked in parallel. Elements of a
     * streamed array are small and reserve nothing.
     */
    static final class HeapGate {

        private final Semaphore kilobytes;
        private final int total;

        HeapGate(long budgetBytes) {
            this.total = (int) Math.min(Integer.MAX_VALUE, Math.max(1, budgetBytes / 1024));
            this.kilobytes = new Semaphore(total, true);
        }

        /** Reserves {@code bytes} (at most the whole budget); returns what to {@link #release}. */
        int reserve(long bytes) throws InterruptedIOException {
            int wanted = (int) Math.min(total, Math.max(1, (bytes + 1023) / 1024));
            try {
                kilobytes.acquire(wanted);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for heap to check the body");
            }
            return wanted;
        }

        void release(int reserved) {
            kilobytes.release(reserved);
        }

        /** Kilobytes not reserved now. */
        int available() {
            return kilobytes.availablePermits();
        }
    }

    /** Thrown by {@link CountingInputStream} when a tree being read would not fit in the heap budget. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        /** The element being read, or {@code -1} for the whole body. */
        public final long element;

        TooLarge(long element) {
            super("too large for the heap budget", null);
            this.element = element;
        }

        /** The {@code TooLarge} in a cause chain, or {@code null}. */
        public static TooLarge in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof TooLarge tooLarge) {
                    return tooLarge;
                }
            }
            return null;
        }
    }

    /** Counts the bytes read and stops reading past a limit (the end of a tree that still fits). */
    public static final class CountingInputStream extends FilterInputStream {

        private long count;
        private long limit = Long.MAX_VALUE;
        private long element = -1;

        public CountingInputStream(InputStream in) {
            super(in);
        }

        /** The bytes read so far. */
        public long count() {
            return count;
        }

        /** Throws {@link TooLarge} for {@code elementIndex} once more than {@code bytes} in all are read. */
        public void limit(long bytes, long elementIndex) {
            this.limit = bytes;
            this.element = elementIndex;
        }

        /** Lifts the limit. */
        public void unlimited() {
            this.limit = Long.MAX_VALUE;
        }

        @Override
        public int read() throws IOException {
            check();
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            check();
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }

        private void check() throws TooLarge {
            if (count > limit) {
                throw new TooLarge(element);
            }
        }
    }
}
