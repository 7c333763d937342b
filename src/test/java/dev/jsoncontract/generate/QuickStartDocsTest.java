package dev.jsoncontract.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README's quick start")
class QuickStartDocsTest {

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker %s", start).isNotNegative();
        from += start.length();
        int to = text.indexOf(end, from);
        assertThat(to).as("marker %s", end).isPositive();
        return text.substring(from, to);
    }

    private static String dedent(String block, int spaces) {
        String indent = " ".repeat(spaces);
        return Arrays.stream(block.split("\n", -1))
                .map(line -> line.startsWith(indent) ? line.substring(spaces) : line.strip())
                .collect(Collectors.joining("\n"));
    }

    @Test
    @DisplayName("shows exactly the code that it/quickstart compiles and runs")
    void javaMatchesTheQuickstartProject() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = between(readme, "<!-- section: quick start (generate) -->", "### The `generate` goal");
        String documented = between(section, "```java\n", "```");
        String app = Files.readString(Path.of("it/quickstart/src/main/java/example/App.java"), StandardCharsets.UTF_8);
        String compiled = between(app, "public static void main(String[] args) {\n", "\n    }\n}");

        assertThat(dedent(compiled, 8) + "\n").isEqualTo(documented);
    }

    @Test
    @DisplayName("declares the plugin the way it/quickstart does: the package name at plugin level, one execution")
    void pluginMatchesTheQuickstartProject() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = between(readme, "<!-- section: quick start (generate) -->", "### The `generate` goal");
        String pom = Files.readString(Path.of("it/quickstart/pom.xml"), StandardCharsets.UTF_8);

        // from the plugin's own configuration to the end of its executions
        String documented = between(section, "<version>0.1.0-SNAPSHOT</version>", "</executions>");
        String used = between(pom, "<version>@project.version@</version>", "</executions>");
        assertThat(used).startsWith("\n        <configuration>\n          <packageName>example.calls</packageName>");
        assertThat(dedent(documented, 0).replaceAll("\\s+", " ")).isEqualTo(used.replaceAll("\\s+", " "));
        assertThat(readme).contains("<artifactId>jackson-databind</artifactId>\n    <version>2.21.3</version>");
        assertThat(pom).contains("<artifactId>jackson-databind</artifactId>\n      <version>2.21.3</version>");
    }
}
