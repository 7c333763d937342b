package dev.jsoncontract.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The corpus run of issue 9, outside the default build (tag {@code corpus}): {@code bench/corpus}
 * runs it. System properties: {@code jsoncontract.corpus} (the corpus folder, default
 * {@code ../shared/corpora/schemastore-dev}), {@code jsoncontract.corpus.only} (a regular expression
 * selecting schemas by name), {@code jsoncontract.corpus.timeout} (seconds per schema, default 60),
 * {@code jsoncontract.corpus.batch} (schemas per javac call, default 20). The figures are printed and
 * written to {@code target/corpus/} with the per-schema table {@code outcomes.md} and every problem
 * in {@code problems.txt}.
 */
@Tag("corpus")
class CorpusRunTest {

    @Test
    @DisplayName("every corpus schema generates, compiles and round-trips its instances, or is refused with a message; none crashes")
    void corpus() throws Exception {
        Path shared = Path.of(System.getProperty("jsoncontract.sharedDir", "../shared"));
        Path corpus = Path.of(System.getProperty("jsoncontract.corpus",
                shared.resolve("corpora/schemastore-dev").toString())).toAbsolutePath().normalize();
        assertThat(corpus.resolve("schemas")).as("the development corpus").isDirectory();
        String only = System.getProperty("jsoncontract.corpus.only", "");
        Duration timeout = Duration.ofSeconds(Long.getLong("jsoncontract.corpus.timeout", 60));
        CorpusRunner.Options options = new CorpusRunner.Options(corpus, Path.of("target", "corpus"),
                only.isBlank() ? null : Pattern.compile(only), timeout, timeout,
                Integer.getInteger("jsoncontract.corpus.batch", 20));

        CorpusReport report = CorpusRunner.run(options);

        System.out.print(report.summary());
        System.out.println("  per schema: " + options.out().resolve("outcomes.md") + ", every problem: "
                + options.out().resolve("problems.txt"));
        assertThat(report.runs()).as("schemas run").isNotEmpty();
        assertThat(Files.readAllLines(options.out().resolve("outcomes.md")))
                .as("one row per schema").hasSize(report.runs().size() + 2);
        assertThat(report.crashes()).as("generate crashed or hung (stack traces in problems.txt)").isEmpty();
        assertThat(report.instanceCrashes()).as("reading an instance crashed or hung").isEmpty();
    }
}
