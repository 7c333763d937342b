package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.contract.ContractException;
import dev.jsoncontract.contract.ContractLoader;
import dev.jsoncontract.contract.SchemaNode;
import dev.jsoncontract.contract.model.ContractModel;
import dev.jsoncontract.verify.accept.CallPages;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Owner;
import dev.jsoncontract.verify.stats.Census;
import dev.jsoncontract.verify.stats.Slot;
import dev.jsoncontract.verify.stats.Statistics;
import dev.jsoncontract.verify.stats.Tally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The walks read from the contract model agree with the walks of everit's schema objects they
 * replaced ({@link LegacySchemaWalker}, {@link LegacyStatisticsWalker}, kept here for this
 * comparison) where the everit walks were right: on the call contract's pages and their mutations
 * (drift, owners and statistics), and on SchemaStore's valid instances (drift). Where the model
 * is right and the everit walk was not, {@link ModelDriftTest} and {@link ModelStatisticsTest} say so.
 */
class ModelWalkersAgreementTest {

    private static final Path CORPUS = Path.of(System.getProperty("jsoncontract.corpus",
            Path.of(System.getProperty("jsoncontract.sharedDir", "../shared")).resolve("corpora/schemastore-dev")
                    .toString())).toAbsolutePath().normalize();

    /** Both walkers of one schema. */
    private record Walkers(Schema schema, LegacySchemaWalker legacyDrift, LegacyStatisticsWalker legacyStatistics,
            SchemaWalker drift, StatisticsWalker statistics) {

        static Walkers of(Contract contract, SchemaNode node) throws ContractException {
            Schema schema = ResponseSchema.load(contract.registry(), node);
            SchemaLocations locations = new SchemaLocations(contract.registry(), node.file());
            ContractModel model = new ContractModel(contract.registry());
            ModelPlan plan = new ModelPlan(model, node, schema, locations);
            return new Walkers(schema, new LegacySchemaWalker(locations, new Discriminator.Cache()),
                    new LegacyStatisticsWalker(schema, locations, new Discriminator.Cache()), new SchemaWalker(plan),
                    new StatisticsWalker(plan, model));
        }

        List<String> legacyDrift(JsonNode body) {
            return render(legacyDrift.walk("s", schema, body, false).drift);
        }

        List<String> modelDrift(JsonNode body) {
            return render(drift.walk("s", false, body, false, "").drift);
        }

        private static List<String> render(List<Finding> drift) {
            return drift.stream().map(f -> f.pointer() + " " + f.schemaLocation()).sorted().toList();
        }
    }

    private static List<String> pointers(List<String> drift) {
        return drift.stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
    }

    private static List<String> owners(List<Owner> owners) {
        return owners.stream().map(o -> o.schemaLocation() + " " + o.noun()).sorted().toList();
    }

    private static List<String> render(Statistics statistics) {
        List<String> lines = new ArrayList<>();
        statistics.values().forEach(v -> lines.add(slot(v.slot()) + " " + v.counts().stream()
                .map(c -> c.value() + "=" + c.count() + (c.allowed() ? "" : "?")).collect(Collectors.joining(" "))
                + " other=" + v.otherUnknown()));
        statistics.properties().forEach(p -> lines.add(slot(p.slot()) + " " + p.present() + "/" + p.nulls() + "/"
                + p.absent()));
        return lines.stream().sorted().toList();
    }

    private static String slot(Slot slot) {
        return slot.kind() + " " + slot.schemaLocation() + " " + slot.subject() + " " + slot.noun();
    }

    @Test
    @DisplayName("on call pages and their mutations, drift, owners and statistics are those of the everit walks")
    void callPages() throws Exception {
        Contract contract = ContractLoader.loadBundled();
        Walkers walkers = Walkers.of(contract, contract.operations().get(0).response());
        Census.Totals legacyTotals = walkers.legacyStatistics().census().totals();
        Census.Totals modelTotals = walkers.statistics().census().totals();
        CallPages pages = new CallPages(20261202);
        int drifted = 0;
        for (int i = 0; i < 400; i++) {
            JsonNode page = i % 4 == 0 ? pages.page(3) : pages.mutate(pages.page(3));
            List<String> drift = walkers.modelDrift(page);
            assertThat(drift).as("drift of page " + i).isEqualTo(walkers.legacyDrift(page));
            drifted += drift.isEmpty() ? 0 : 1;
            assertThat(owners(walkers.drift().walk("s", false, page, false, "").instances))
                    .as("owners of page " + i)
                    .isEqualTo(owners(walkers.legacyDrift().walk("s", walkers.schema(), page, false).instances));
            Tally legacy = walkers.legacyStatistics().census().tally();
            walkers.legacyStatistics().walk(walkers.schema(), page, legacy);
            legacyTotals.add(legacy);
            Tally model = walkers.statistics().census().tally();
            walkers.statistics().walk(false, page, model);
            modelTotals.add(model);
        }
        assertThat(drifted).as("mutated pages with drift").isPositive();
        assertThat(render(modelTotals.statistics(List.of()))).isEqualTo(render(legacyTotals.statistics(List.of())));
    }

    @Test
    @DisplayName("on SchemaStore's valid instances, drift is that of the everit walk")
    void corpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("schemas")), CORPUS + " is absent");
        List<Path> schemas;
        try (Stream<Path> list = Files.list(CORPUS.resolve("schemas"))) {
            schemas = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int compared = 0;
        int drift = 0;
        List<String> differences = new ArrayList<>();
        for (Path schemaFile : schemas) {
            String name = schemaFile.getFileName().toString().replaceFirst("\\.json$", "");
            Path instances = CORPUS.resolve("test").resolve(name);
            if (!Files.isDirectory(instances)) {
                continue;
            }
            Walkers walkers;
            try {
                Contract contract = ContractLoader.load(schemaFile);
                walkers = Walkers.of(contract, SchemaNode.root(contract.roots().get(0)));
            } catch (ContractException e) {
                // a schema that refers to another SchemaStore document; verify refuses it as well
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(instances)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path instance : files) {
                JsonNode body = JsonBodies.JSON.readTree(Files.readAllBytes(instance));
                // the pointers: the schema a finding names may differ (the model names the object
                // the member was looked up in, the everit walk the last schema it visited there)
                List<String> model = pointers(walkers.modelDrift(body));
                List<String> legacy = pointers(walkers.legacyDrift(body));
                compared++;
                drift += model.size();
                if (!model.equals(legacy)) {
                    differences.add(name + "/" + instance.getFileName() + ": model " + model + ", everit walk " + legacy);
                }
            }
        }
        System.out.println("drift on the model and on everit's schemas: " + compared + " SchemaStore instances compared, "
                + differences.size() + " differ, " + drift + " drift findings");
        assertThat(compared).isGreaterThan(400);
        assertThat(differences).isEmpty();
    }
}
