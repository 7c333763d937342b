package dev.jsoncontract.codegen;

import com.palantir.javapoet.JavaFile;
import dev.jsoncontract.codegen.client.ClientGenerator;
import dev.jsoncontract.codegen.model.ModelGenerator;
import dev.jsoncontract.contract.Api;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.model.ContractModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns a contract into Java source files: the model (records, enums, sealed interfaces) of every
 * root schema and every {@code definitions} entry, and the typed client of every API the contract
 * describes. Never touches the disk.
 *
 * <p>The client's types are named around the model's (and around earlier clients' in the same
 * package), so a second API gets {@code <client>ApiException}; a clash left after that is reported
 * as a problem rather than letting one file overwrite another.
 */
public final class JavaGenerator {

    private JavaGenerator() {
    }

    /**
     * @param contract the loaded contract
     * @param packageName the package of the generated code, e.g. {@code example.calls}
     * @return one file per generated top-level type, sorted by qualified name; the same contract and
     *     package always give byte-identical files
     * @throws GenerationException listing every construct that cannot be mapped, with file and JSON
     *     Pointer
     * @throws IllegalArgumentException when {@code packageName} is not a Java package name
     */
    public static List<JavaFile> generate(Contract contract, String packageName) throws GenerationException {
        return generate(contract, packageName, false, JacksonVersion.JACKSON_2).files();
    }

    /**
     * @param contract the loaded contract
     * @param packageName the package of the generated code, e.g. {@code example.calls}
     * @param jackson the Jackson the clients are written for (the model serves both)
     * @return one file per generated top-level type, sorted by qualified name
     * @throws GenerationException listing every construct that cannot be mapped, with file and JSON
     *     Pointer
     */
    public static List<JavaFile> generate(Contract contract, String packageName, JacksonVersion jackson)
            throws GenerationException {
        return generate(contract, packageName, false, jackson).files();
    }

    /**
     * What {@link #generate(Contract, String, boolean, JacksonVersion)} made.
     *
     * @param files one file per generated top-level type, sorted by qualified name
     * @param warnings the places whose Java type is looser than the schema
     *     ({@code file#pointer: mapped to JsonNode because ...}), sorted
     */
    public record Result(List<JavaFile> files, List<String> warnings) {

        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Same as {@link #generate(Contract, String, boolean, JacksonVersion)} for Jackson 2.
     *
     * @param contract the loaded contract
     * @param packageName the package of the generated code
     * @param strictTypes whether a place whose Java type would be looser than the schema is an error
     * @return the files and the warnings
     * @throws GenerationException listing every problem, with file and JSON Pointer
     */
    public static Result generate(Contract contract, String packageName, boolean strictTypes)
            throws GenerationException {
        return generate(contract, new ContractModel(contract.registry()), packageName, strictTypes,
                JacksonVersion.JACKSON_2);
    }

    /**
     * @param contract the loaded contract
     * @param packageName the package of the generated code
     * @param strictTypes whether a place whose Java type would be looser than the schema is an
     *     error (listed with the others) rather than a warning
     * @param jackson the Jackson the clients are written for (the model serves both)
     * @return the files and the warnings
     * @throws GenerationException listing every problem, with file and JSON Pointer
     */
    public static Result generate(Contract contract, String packageName, boolean strictTypes, JacksonVersion jackson)
            throws GenerationException {
        return generate(contract, new ContractModel(contract.registry()), packageName, strictTypes, jackson);
    }

    /**
     * As {@link #generate(Contract, String, boolean)}, reading a model that other parts of the build
     * read too (the contract tests), so that the contract is read once.
     */
    public static Result generate(Contract contract, ContractModel contractModel, String packageName,
            boolean strictTypes) throws GenerationException {
        return generate(contract, contractModel, packageName, strictTypes, JacksonVersion.JACKSON_2);
    }

    /**
     * As {@link #generate(Contract, String, boolean, JacksonVersion)}, reading a model that other parts
     * of the build read too (the contract tests), so that the contract is read once.
     */
    public static Result generate(Contract contract, ContractModel contractModel, String packageName,
            boolean strictTypes, JacksonVersion jackson) throws GenerationException {
        if (packageName == null || !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a Java package name; use"
                    + " dot-separated identifiers that are not keywords, e.g. example.calls.");
        }
        ModelGenerator model = new ModelGenerator(contractModel, packageName);
        model.addRoots(contract.roots());
        List<ContractException> problems = new ArrayList<>();
        Map<String, JavaFile> clientFiles = new LinkedHashMap<>();
        Map<String, Api> clientOf = new LinkedHashMap<>();
        for (Api api : contract.apis()) {
            try {
                Set<String> taken = new LinkedHashSet<>(model.typeNames());
                clientFiles.values().forEach(file -> taken.add(file.typeSpec().name()));
                for (JavaFile file : ClientGenerator.generate(api, packageName, model, taken, jackson)) {
                    Api earlier = clientOf.putIfAbsent(qualifiedName(file), api);
                    if (earlier != null) {
                        problems.add(api.declaredAt().error("the client type " + file.typeSpec().name()
                                + " is also generated for " + earlier.declaredAt().location() + ". Give the"
                                + " clients different names (\"client\")."));
                    }
                    clientFiles.putIfAbsent(qualifiedName(file), file);
                }
            } catch (ContractException e) {
                problems.add(e);
            }
        }
        problems.addAll(model.errors());
        if (strictTypes) {
            for (ContractException warning : model.warningProblems()) {
                problems.add(new ContractException(warning.file(), warning.pointer(), warning.problem()
                        + " (strictTypes is set: describe the values precisely, or unset jsoncontract.strictTypes"
                        + " to accept the looser type)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerationException(problems);
        }
        List<JavaFile> files = new ArrayList<>(clientFiles.values());
        for (JavaFile file : model.files()) {
            Api api = clientOf.get(qualifiedName(file));
            if (api != null) {
                problems.add(api.declaredAt().error("the client type " + file.typeSpec().name() + " has the"
                        + " same name as a type of the model. Rename the schema (its title or definitions"
                        + " key), or the client (\"client\")."));
            }
            files.add(file);
        }
        if (!problems.isEmpty()) {
            throw new GenerationException(problems);
        }
        files.sort(Comparator.comparing(JavaGenerator::qualifiedName));
        return new Result(files, model.warnings());
    }

    private static String qualifiedName(JavaFile file) {
        return file.packageName() + "." + file.typeSpec().name();
    }
}
