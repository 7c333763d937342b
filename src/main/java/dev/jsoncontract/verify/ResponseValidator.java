package dev.jsoncontract.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.Operation;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.verify.accept.FastAccept;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.finding.Pointers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
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
 * <pre>{@code
 * ResponseValidator validator = ResponseValidator.forOperation(contract, operation);
 * CheckedBody checked = validator.check(body, false);
 * checked.findings().forEach(f -> System.out.println(f.place() + ": " + f.message()));
 * }</pre>
 */
public final class ResponseValidator {

    private static final Validator EVERIT = Validator.builder().build();

    private final Schema schema;
    /** Proves the common valid body valid without everit; {@code null}: everit checks every body. */
    private final FastAccept fastAccept;
    private final ViolationTranslator translator;
    private final SchemaWalker walker;

    private ResponseValidator(Schema schema, SchemaLocations locations, boolean fastAccept) {
        this.schema = schema;
        this.fastAccept = fastAccept ? FastAccept.compile(schema) : null;
        Discriminator.Cache discriminators = new Discriminator.Cache();
        this.translator = new ViolationTranslator(locations, discriminators);
        this.walker = new SchemaWalker(locations, discriminators);
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
        Schema schema = ResponseSchema.load(contract.registry(), node, remotes);
        return new ResponseValidator(schema, new SchemaLocations(contract.registry(), node.file()), fastAccept);
    }

    /**
     * Checks one body. Never throws for a bad body: an unreadable, empty or malformed body is a
     * finding on that body.
     *
     * @param strict whether properties the contract does not describe are failures (else warnings)
     */
    public CheckedBody check(ResponseBody body, boolean strict) {
        JsonNode parsed;
        try (InputStream in = body.open()) {
            parsed = JsonBodies.parse(in);
        } catch (JsonBodies.NotJsonException e) {
            return fileProblem(body.source(), e.getMessage());
        } catch (IOException e) {
            // a file system message repeats the absolute path; the source already names the file
            String detail = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
            return fileProblem(body.source(), "cannot be read (" + e.getClass().getSimpleName()
                    + (detail == null ? "" : ": " + detail) + "); check that the file exists and is readable");
        }
        return check(body.source(), parsed, strict);
    }

    /** Checks one parsed body. */
    public CheckedBody check(String source, JsonNode parsed, boolean strict) {
        List<Finding> findings = new ArrayList<>();
        // the fast path only ever says "valid"; anything else is everit's to judge, as before
        if (fastAccept == null || !fastAccept.accepts(parsed)) {
            Object orgJson = JsonBodies.toOrgJson(parsed);
            try {
                EVERIT.performValidation(schema, orgJson);
            } catch (ValidationException e) {
                findings.addAll(translator.translate(source, e, parsed, orgJson));
            }
        }
        SchemaWalker.Walk walk = walker.walk(source, schema, parsed, strict);
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
        return new CheckedBody(source, unique, owners, walk.instances);
    }

    private static CheckedBody fileProblem(String source, String message) {
        return new CheckedBody(source, List.of(Finding.ofFile(source, message)), List.of(Owner.BODY), List.of());
    }
}
