package dev.jsoncontract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A schema with many definitions, for {@code generate}'s scaling (issue 9: 1,000 definitions took
 * 8.5 s, 10,000 took 93 s). Definition {@code Entity<i>} is an object of eight properties: a uuid,
 * a string, an integer, a date-time, a map of strings, a {@code $ref} to {@code Entity<i/2>} and an
 * array of {@code Entity<i-1>} ({@code Entity0} refers to itself, so there is recursion), and on every
 * tenth definition a string enum of its own. The root holds an array of {@code Entity0}. References
 * point backwards on purpose: definitions are mapped in order, so each finds the ones it refers to
 * already mapped, and the figure is the cost of many definitions, not of a 10,000-deep recursion
 * (which today overflows the stack, a finding of its own). The same {@code n} always gives the
 * same bytes.
 *
 * <pre>{@code java -cp benchmarks.jar dev.jsoncontract.bench.SyntheticContract 10000 target/many.schema.json}</pre>
 */
public final class SyntheticContract {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SyntheticContract() {
    }

    /** {@code SyntheticContract <definitions> <file>}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: SyntheticContract <definitions> <file>");
            System.exit(2);
        }
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    /** How many types {@code generate} makes of {@code definitions} definitions: records, enums and the root. */
    public static int expectedTypes(int definitions) {
        return definitions + (definitions + 9) / 10 + 1;
    }

    /** Writes the schema of {@code definitions} definitions to {@code file}. */
    public static void write(int definitions, Path file) {
        if (definitions < 1) {
            throw new IllegalArgumentException("at least one definition, not " + definitions);
        }
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "Many");
        root.put("type", "object");
        root.putObject("properties").putObject("entities").put("type", "array")
                .putObject("items").put("$ref", "#/definitions/Entity0");
        ObjectNode all = root.putObject("definitions");
        for (int i = 0; i < definitions; i++) {
            ObjectNode entity = all.putObject("Entity" + i);
            entity.put("type", "object");
            entity.put("description", "Synthetic entity " + i + ".");
            ObjectNode properties = entity.putObject("properties");
            properties.putObject("id").put("type", "string").put("format", "uuid");
            properties.putObject("name").put("type", "string");
            properties.putObject("count").put("type", "integer");
            properties.putObject("createdAt").put("type", "string").put("format", "date-time");
            properties.putObject("labels").put("type", "object")
                    .putObject("additionalProperties").put("type", "string");
            properties.putObject("parent").put("$ref", "#/definitions/Entity" + i / 2);
            properties.putObject("children").put("type", "array")
                    .putObject("items").put("$ref", "#/definitions/Entity" + Math.max(0, i - 1));
            if (i % 10 == 0) {
                properties.putObject("state").put("title", "State" + i).put("type", "string")
                        .putArray("enum").add("active").add("inactive").add("state" + i);
            }
            entity.putArray("required").add("id").add("name");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
