package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jsoncontract.contract.Contract;
import dev.jsoncontract.verify.finding.Finding;
import dev.jsoncontract.verify.finding.Severity;
import dev.jsoncontract.verify.recorded.BytesBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternBudgetTest {

    static final String EVIL = "^(a+)+(\\\\1)$";
    static final String VALUE = "a".repeat(40) + "!";

    static List<Finding> check(Path dir, String members, String body, boolean fastAccept, boolean streamed)
            throws Exception {
        Contract contract = Schemas.contract(dir, members);
        ResponseValidator validator = ResponseValidator.forSchema(contract, contract.operations().get(0).response(),
                uri -> null, fastAccept);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> validator.check(
                new BytesBody("page-1.json", body.getBytes(StandardCharsets.UTF_8)), false, streamed).findings());
    }

    @Test
    @DisplayName("a backtracking pattern on 40 a's and a '!' is a finding naming the pattern and the value's place, not a hang")
    void backtrackingPattern(@TempDir Path dir) throws Exception {
        String members = "\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\", \"pattern\": \"" + EVIL + "\"}}";
        String body = "[{\"code\": \"aaaa\"}, {\"code\": \"" + VALUE + "\"}]";
        for (boolean fast : new boolean[] {true, false}) {
            for (boolean streamed : new boolean[] {true, false}) {
                List<Finding> findings = check(dir, members, body, fast, streamed);
                assertThat(findings).as("fast %s, streamed %s", fast, streamed).singleElement().satisfies(f -> {
                    assertThat(f.place()).isEqualTo("page-1.json#/1/code");
                    assertThat(f.keyword()).isEqualTo("pattern");
                    assertThat(f.severity()).isEqualTo(Severity.FAILURE);
                    assertThat(f.value()).isEqualTo("\"" + VALUE + "\"");
                    assertThat(f.message()).startsWith("the pattern \"^(a+)+(\\1)$\" took more than 5,0")
                            .contains("steps on one value and was stopped, so the value is not checked");
                });
            }
        }
    }

    @Test
    @DisplayName("a backtracking patternProperties pattern meets a hostile member name: a finding at that member")
    void backtrackingPatternProperty(@TempDir Path dir) throws Exception {
        String members = "\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}},"
                + " \"patternProperties\": {\"" + EVIL + "\": {\"type\": \"string\"}}";
        String body = "[{\"id\": 1, \"" + VALUE + "\": 2}]";
        for (boolean fast : new boolean[] {true, false}) {
            assertThat(check(dir, members, body, fast, true)).singleElement().satisfies(f -> {
                assertThat(f.place()).isEqualTo("page-1.json#/0/" + VALUE);
                assertThat(f.keyword()).isEqualTo("pattern");
            });
        }
    }

    @Test
    @DisplayName("within the budget a match is everit's find(): same verdicts")
    void sameVerdicts() {
        Pattern pattern = Pattern.compile("^[a-z]+-\\d{2,}$");
        assertThat(PatternBudget.find(pattern, "abc-12")).isTrue();
        assertThat(PatternBudget.find(pattern, "abc-1")).isFalse();
        assertThat(PatternBudget.find(Pattern.compile("b"), "abc")).as("find, not matches").isTrue();
        assertThat(PatternBudget.find(Pattern.compile("(x)\\1"), "..xx..")).as("backreferences read the value").isTrue();
        String long1k = "a".repeat(1_000);
        assertThat(PatternBudget.find(Pattern.compile(".*b"), long1k)).as("quadratic on 1,000 characters fits").isFalse();
    }
}
