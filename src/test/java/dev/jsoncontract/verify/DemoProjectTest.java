package dev.jsoncontract.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoProjectTest {

    private static final Pattern PROJECT_VERSION = Pattern.compile(
            "<artifactId>jsoncontract-maven-plugin</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    @DisplayName("the demo project uses the plugin version this build makes")
    void demoUsesThisVersion() throws Exception {
        Matcher project = PROJECT_VERSION.matcher(Files.readString(Path.of("pom.xml")));
        Matcher demo = PROJECT_VERSION.matcher(Files.readString(Path.of("demo/pom.xml")));
        assertThat(project.find()).as("the plugin's own version in pom.xml").isTrue();
        assertThat(demo.find()).as("the plugin in demo/pom.xml").isTrue();
        assertThat(demo.group(1)).isEqualTo(project.group(1));
    }

    @Test
    @DisplayName("the demo's recordings keep the bundled contract")
    void demoRecordingsConform() throws Exception {
        VerifyResult result = new Verifier(line -> { }, LiveSource.NONE).verify(new VerifyRequest(null, null,
                Path.of("demo/src/test/resources/recordings"), true, null, null, null));
        assertThat(result.bodies()).isEqualTo(4);
        assertThat(result.groups()).isEmpty();
    }
}
