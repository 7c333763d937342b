package dev.jsoncontract.contract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which contract a goal uses, said in words: the first log line of every goal, and the warnings
 * when the bundled call contract is used where the project looks as if it meant its own.
 */
public final class ContractSource {

    /** The folder the README suggests for a project's own schemas, relative to the project. */
    public static final String CONVENTIONAL_FOLDER = "src/main/jsonschema";

    /** The package the README generates the bundled call contract into. */
    public static final String BUNDLED_PACKAGE = "example.calls";

    private ContractSource() {
    }

    /**
     * The contract in words: {@code the contract src/main/jsonschema (a folder)}, {@code the contract
     * src/main/jsonschema/order.schema.json}, or {@code the bundled call contract (...)}.
     *
     * @param schema the configured schema, or {@code null} for the bundled contract
     * @param project the project's folder; a schema below it is named relative to it
     */
    public static String describe(Path schema, Path project) {
        if (schema == null) {
            return "the bundled call contract (" + ContractLoader.BUNDLED_SCHEMA + " in the plugin; no schema is"
                    + " configured)";
        }
        Path absolute = schema.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        String name = absolute.startsWith(base) && !absolute.equals(base)
                ? base.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
        return "the contract " + name + (Files.isDirectory(absolute) ? " (a folder)" : "");
    }

    /**
     * Why the bundled contract may not be what the project meant; empty when a schema is
     * configured or nothing looks amiss.
     *
     * @param schema the configured schema, or {@code null} for the bundled contract
     * @param project the project's folder
     * @param packageName the configured package of the generated code, or {@code null} when the
     *     goal has none
     * @param goal the goal, for the message
     */
    public static List<String> warnings(Path schema, Path project, String packageName, String goal) {
        List<String> warnings = new ArrayList<>();
        if (schema != null) {
            return warnings;
        }
        String fix = " Set <schema>${project.basedir}/" + CONVENTIONAL_FOLDER + "</schema> (or your schema file) in"
                + " the plugin's own <configuration>, outside <executions>, so that every goal and command-line call"
                + " uses it.";
        if (Files.isDirectory(project.resolve(CONVENTIONAL_FOLDER))) {
            warnings.add("jsoncontract: this project has " + CONVENTIONAL_FOLDER + ", but no schema is configured for "
                    + goal + ", so it uses the bundled call contract." + fix);
        }
        if (packageName != null && !packageName.equals(BUNDLED_PACKAGE)) {
            warnings.add("jsoncontract: no schema is configured for " + goal + ", so it uses the bundled call contract"
                    + " (Call, CallsClient, ...) in the package " + packageName + "." + fix + " (This warning is not"
                    + " given for the package " + BUNDLED_PACKAGE + ".)");
        }
        return warnings;
    }
}
