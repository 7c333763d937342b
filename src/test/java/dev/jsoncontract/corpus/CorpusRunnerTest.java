package dev.jsoncontract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jsoncontract.corpus.SchemaRun.Compiled;
import dev.jsoncontract.corpus.SchemaRun.Generated;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The corpus runner")
class CorpusRunnerTest {

    @Test
    @DisplayName("counts a generated, compiled schema's instances as round trip ok, differs, read failed and skipped,"
            + " maps SchemaStore refs to referenced/, and counts a refusal with its place")
    void miniCorpus(@TempDir Path out) throws IOException, URISyntaxException {
        Path corpus = Path.of(CorpusRunnerTest.class.getResource("/corpus-mini/schemas").toURI()).getParent();

        CorpusReport report = CorpusRunner.run(new CorpusRunner.Options(corpus, out, null, Duration.ofSeconds(60),
                Duration.ofSeconds(60), 20));

        assertThat(report.runs()).extracting(run -> run.name).containsExactly("orders", "remote");
        SchemaRun orders = report.runs().get(0);
        assertThat(orders.remoteRefsMapped).isEqualTo(1);
        assertThat(orders.generated).isEqualTo(Generated.GENERATED);
        assertThat(orders.compiled).isEqualTo(Compiled.CLEAN);
        assertThat(orders.roundTripOk).as("same.json").isEqualTo(1);
        assertThat(orders.roundTripDiffers).as("truncated.json: 2.5 read into a long").isEqualTo(1);
        assertThat(orders.readFailed).as("unreadable.json").isEqualTo(1);
        assertThat(orders.otherInstances).as("skipped.yaml").isEqualTo(1);
        assertThat(orders.undescribedNotes).as("extra is not described").isEqualTo(1);
        assertThat(orders.instanceProblems).anyMatch(p -> p.contains("truncated.json") && p.contains("2.5 became 2"));
        assertThat(orders.components).as("Order's four, Customer's one").isEqualTo(5);
        assertThat(orders.looseComponents).isZero();

        SchemaRun remote = report.runs().get(1);
        assertThat(remote.generated).isEqualTo(Generated.REFUSED);
        assertThat(remote.pointerNamed).isTrue();
        assertThat(remote.problem).startsWith("remote.json#/properties/other/$ref: ");
        assertThat(remote.notTried).isEqualTo(1);

        assertThat(report.crashes()).isEmpty();
        assertThat(report.summary()).contains(
                "generate: 1 generated, 1 refused (0 of them without a file#pointer), 0 crashed, 0 timed out",
                "1 compiled clean (50.0% of all schemas), 0 with warnings, 0 failed",
                "5 valid instances; 1 YAML/TOML skipped; 4 JSON: read ok 2 (round trip ok 1, round trip differs 1),"
                        + " read failed 1, skipped 1",
                "JsonNode/Object: 0 of 5 record components (0.0%)");
        assertThat(Files.readAllLines(out.resolve("outcomes.md"))).hasSize(4)
                .anyMatch(line -> line.startsWith("| orders (refs mapped) | compiled clean | 1 / 1 / 1 / 1 | 0 of 5 |"));
        assertThat(Files.readString(out.resolve("problems.txt"))).contains("== remote: refused", "unreadable.json");
    }

    @Test
    @DisplayName("gives every schema a package of its own that javac accepts")
    void packageNames() {
        Set<String> taken = new HashSet<>();
        assertThat(CorpusRunner.packageName("tsconfig", taken)).isEqualTo("corpus.tsconfig");
        assertThat(CorpusRunner.packageName("abc-supply-plan-10.0.0", taken)).isEqualTo("corpus.abc_supply_plan_10_0_0");
        assertThat(CorpusRunner.packageName("1password", taken)).isEqualTo("corpus._1password");
        assertThat(CorpusRunner.packageName("enum", taken)).isEqualTo("corpus._enum");
        assertThat(CorpusRunner.packageName("TSConfig", taken)).isEqualTo("corpus.tsconfig_2");
    }
}
