package dev.jsoncontract.verify.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    @DisplayName("the token is read from the named environment variable, without surrounding white space")
    void fromEnvironment() {
        Map<String, String> env = Map.of("CLARION_API_TOKEN", " abc123\n", "EMPTY", "  ");

        assertThat(Tokens.fromEnvironment("CLARION_API_TOKEN", env)).isEqualTo("abc123");
        assertThat(Tokens.fromEnvironment("EMPTY", env)).as("blank counts as unset").isNull();
        assertThat(Tokens.fromEnvironment("OTHER", env)).isNull();
        assertThat(Tokens.fromEnvironment("clarion_api_token", env)).as("names are case-sensitive").isNull();
    }

    @Test
    @DisplayName("scrub replaces every occurrence of the token and leaves other text alone")
    void scrub() {
        assertThat(Tokens.scrub("Bearer s3cr3t, again s3cr3t", "s3cr3t")).isEqualTo("Bearer ****, again ****");
        assertThat(Tokens.scrub("nothing here", "s3cr3t")).isEqualTo("nothing here");
        assertThat(Tokens.scrub("text", null)).isEqualTo("text");
        assertThat(Tokens.scrub(null, "s3cr3t")).isNull();
    }
}
