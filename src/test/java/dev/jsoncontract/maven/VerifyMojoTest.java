package dev.jsoncontract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo as a plain object: parameters set as Maven would, the result mapped to Maven's exceptions. */
class VerifyMojoTest {

    private final List<String> lines = new ArrayList<>();

    private VerifyMojo mojo(Path dir, Map<String, Object> parameters) throws Exception {
        VerifyMojo mojo = new VerifyMojo();
        set(mojo, "recordings", dir.resolve("recordings").toFile());
        set(mojo, "reportsDirectory", dir.resolve("reports").toFile());
        set(mojo, "failOnViolation", true);
        set(mojo, "connectTimeout", 10);
        set(mojo, "requestTimeout", 30);
        set(mojo, "maxRetries", 3);
        set(mojo, "baseline", dir.resolve("jsoncontract-baseline.json").toFile());
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        set(mojo, "project", project);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            set(mojo, parameter.getKey(), parameter.getValue());
        }
        mojo.environment = name -> null;
        mojo.setLog(new CapturingLog(lines));
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = VerifyMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static void recording(Path dir, String status) throws Exception {
        Files.createDirectories(dir.resolve("recordings"));
        Files.writeString(dir.resolve("recordings/page-1.json"), "[{\"id\": 1, \"assistant_id\": 2, \"call_status\": \""
                + status + "\", \"call_type\": \"webCall\", \"messages\": []}]");
    }

    @Test
    @DisplayName("skip is checked first: nothing is read, not even a missing schema")
    void skip(@TempDir Path dir) throws Exception {
        mojo(dir, Map.of("skip", true, "schema", new File("does-not-exist.json"))).execute();
        assertThat(lines).containsExactly("info: jsoncontract: verify is skipped (jsoncontract.verify.skip=true).");
        assertThat(dir.resolve("reports")).doesNotExist();
    }

    @Test
    @DisplayName("jsoncontract.skip skips verify too, before anything is read")
    void skipChecks(@TempDir Path dir) throws Exception {
        mojo(dir, Map.of("skipChecks", true, "schema", new File("does-not-exist.json"))).execute();
        assertThat(lines).containsExactly("info: jsoncontract: verify is skipped (jsoncontract.skip=true).");
    }

    @Test
    @DisplayName("the first line names the contract; the bundled one next to src/main/jsonschema is a warning")
    void namesTheContract(@TempDir Path dir) throws Exception {
        recording(dir, "ended");
        Files.createDirectories(dir.resolve("src/main/jsonschema"));
        mojo(dir, Map.of()).execute();
        assertThat(lines).startsWith("info: jsoncontract: verify uses the bundled call contract (call.schema.json in"
                        + " the plugin; no schema is configured)",
                "warn: jsoncontract: this project has src/main/jsonschema, but no schema is configured for verify, so it"
                        + " uses the bundled call contract. Set <schema>${project.basedir}/src/main/jsonschema</schema>"
                        + " (or your schema file) in the plugin's own <configuration>, outside <executions>, so that every"
                        + " goal and command-line call uses it.");
    }

    @Test
    @DisplayName("a report an earlier verify left is removed when this build's verify fails before writing its own")
    void staleReportsRemoved(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/jsoncontract-summary.md"), "2 response bodies conform");
        Files.writeString(dir.resolve("reports/TEST-jsoncontract.xml"), "<testsuite/>");
        Files.writeString(dir.resolve("reports/notes.txt"), "mine");
        assertThatThrownBy(() -> mojo(dir, Map.of("schema", dir.resolve("missing.json").toFile())).execute())
                .isInstanceOf(MojoExecutionException.class);
        assertThat(dir.resolve("reports/jsoncontract-summary.md")).doesNotExist();
        assertThat(dir.resolve("reports/TEST-jsoncontract.xml")).doesNotExist();
        assertThat(dir.resolve("reports/notes.txt")).hasContent("mine");
    }

    @Test
    @DisplayName("violations are a BUILD FAILURE whose message is the grouped summary")
    void violations(@TempDir Path dir) throws Exception {
        recording(dir, "completed");
        assertThatThrownBy(() -> mojo(dir, Map.of()).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("listCalls: 1 contract violation in 1 of 1 response body\n"
                        + "call_status: \"completed\" is not allowed (allowed: queued, ringing, in-progress, forwarding,"
                        + " ended) in 1 of 1 calls, first at page-1.json#/0/call_status");
        assertThat(dir.resolve("reports/TEST-jsoncontract.xml")).exists();
    }

    @Test
    @DisplayName("failOnViolation=false logs the summary as warnings and passes")
    void warnOnly(@TempDir Path dir) throws Exception {
        recording(dir, "completed");
        mojo(dir, Map.of("failOnViolation", false)).execute();
        assertThat(lines).endsWith("warn: listCalls: 1 contract violation in 1 of 1 response body",
                "warn: call_status: \"completed\" is not allowed (allowed: queued, ringing, in-progress, forwarding,"
                        + " ended) in 1 of 1 calls, first at page-1.json#/0/call_status");
    }

    @Test
    @DisplayName("conforming recordings pass with one summary line")
    void passes(@TempDir Path dir) throws Exception {
        recording(dir, "ended");
        mojo(dir, Map.of()).execute();
        assertThat(lines).last().isEqualTo("info: listCalls: 1 response body conforms to the contract");
    }

    @Test
    @DisplayName("nothing to verify is a BUILD FAILURE that says how to provide something")
    void nothing(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> mojo(dir, Map.of()).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Nothing to verify: no recorded response in " + dir.resolve("recordings"))
                .hasMessageContaining("-Djsoncontract.baseUrl=<url>");
    }

    @Test
    @DisplayName("setup problems are a MojoExecutionException with the cause: a missing schema, record mode without a base URL")
    void setupErrors(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> mojo(dir, Map.of("schema", dir.resolve("missing.json").toFile())).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The contract cannot be read: ")
                .hasMessageContaining("does not exist")
                .hasCauseInstanceOf(dev.jsoncontract.verify.VerifyException.class);
        assertThatThrownBy(() -> mojo(dir, Map.of("record", true)).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("jsoncontract.record=true records live responses, but no live endpoint is configured."
                        + " Set -Djsoncontract.baseUrl=<url> as well.");
    }

    @Test
    @DisplayName("threads=1 and threads=2 give the same failure; threads=0 is a configuration error saying what to set")
    void threads(@TempDir Path dir) throws Exception {
        recording(dir, "completed");
        String expected = "listCalls: 1 contract violation in 1 of 1 response body\n"
                + "call_status: \"completed\" is not allowed (allowed: queued, ringing, in-progress, forwarding,"
                + " ended) in 1 of 1 calls, first at page-1.json#/0/call_status";
        assertThatThrownBy(() -> mojo(dir, Map.of("threads", 1)).execute())
                .isInstanceOf(MojoFailureException.class).hasMessage(expected);
        assertThatThrownBy(() -> mojo(dir, Map.of("threads", 2)).execute())
                .isInstanceOf(MojoFailureException.class).hasMessage(expected);
        assertThatThrownBy(() -> mojo(dir, Map.of("threads", 0)).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("jsoncontract.threads must be at least 1, not 0. Leave it out for one thread per"
                        + " processor, or set 1 to check bodies one after another.");
    }

    @Test
    @DisplayName("a malformed baseline stops the build with its message; messages name it relative to the project")
    void baseline(@TempDir Path dir) throws Exception {
        recording(dir, "ended");
        Files.writeString(dir.resolve("jsoncontract-baseline.json"), "{\"accepted\": {}}");
        assertThatThrownBy(() -> mojo(dir, Map.of()).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessage("The baseline jsoncontract-baseline.json cannot be used: jsoncontract-baseline.json#/accepted"
                        + " is not an array of entries.");
        assertThat(VerifyMojo.displayName(dir.resolve("ci/accepted.json").toFile(), dir.toFile()))
                .isEqualTo("ci/accepted.json");
        assertThat(VerifyMojo.displayName(dir.resolve("../elsewhere/accepted.json").toFile(), dir.toFile()))
                .isEqualTo("accepted.json");
    }

    /** Records log lines as {@code level: text}. */
    private record CapturingLog(List<String> lines) implements Log {
        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence content) { }
        @Override public void debug(CharSequence content, Throwable error) { }
        @Override public void debug(Throwable error) { }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence content) { lines.add("info: " + content); }
        @Override public void info(CharSequence content, Throwable error) { lines.add("info: " + content); }
        @Override public void info(Throwable error) { lines.add("info: " + error); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence content) { lines.add("warn: " + content); }
        @Override public void warn(CharSequence content, Throwable error) { lines.add("warn: " + content); }
        @Override public void warn(Throwable error) { lines.add("warn: " + error); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence content) { lines.add("error: " + content); }
        @Override public void error(CharSequence content, Throwable error) { lines.add("error: " + content); }
        @Override public void error(Throwable error) { lines.add("error: " + error); }
    }

    @Test
    @DisplayName("offline (-o), the live endpoint is not called and the log says why; the recordings are still checked")
    void offline(@TempDir Path dir) throws Exception {
        recording(dir, "ended");
        org.apache.maven.settings.Settings settings = new org.apache.maven.settings.Settings();
        settings.setOffline(true);
        // nothing listens on port 1: a call would fail the build
        mojo(dir, Map.of("baseUrl", "http://127.0.0.1:1/v1", "record", true, "settings", settings)).execute();
        assertThat(lines).contains("info: jsoncontract: Maven is offline (-o), so the live endpoint"
                + " http://127.0.0.1:1/v1 is not called and nothing is recorded; only the recordings are checked.");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("1 response body conforms"));
    }

    @Test
    @DisplayName("the active settings.xml proxy for the URL's scheme is used, with its user, password and nonProxyHosts")
    void proxy() throws Exception {
        org.apache.maven.settings.Settings settings = new org.apache.maven.settings.Settings();
        settings.addProxy(proxy("off", false, "http", "off.example", 1));
        settings.addProxy(proxy("plain", true, "http", "plain.example", 3128));
        settings.addProxy(proxy("tls", true, "https", "tls.example", 8443));
        var https = VerifyLive.proxy(settings, null, java.net.URI.create("https://api.example.com/v1"));
        assertThat(https).isNotNull();
        assertThat(https.host()).isEqualTo("tls.example");
        assertThat(https.port()).isEqualTo(8443);
        assertThat(https.username()).isEqualTo("builder");
        assertThat(https.password()).isEqualTo("secret-tls");
        assertThat(https.nonProxyHosts()).containsExactly("localhost", "*.internal");
        assertThat(VerifyLive.proxy(settings, null, java.net.URI.create("http://api.example.com")).host())
                .isEqualTo("plain.example");
        assertThat(VerifyLive.proxy(new org.apache.maven.settings.Settings(), null,
                java.net.URI.create("http://api.example.com"))).isNull();
    }

    private static org.apache.maven.settings.Proxy proxy(String id, boolean active, String protocol, String host, int port) {
        org.apache.maven.settings.Proxy proxy = new org.apache.maven.settings.Proxy();
        proxy.setId(id);
        proxy.setActive(active);
        proxy.setProtocol(protocol);
        proxy.setHost(host);
        proxy.setPort(port);
        proxy.setUsername("builder");
        proxy.setPassword("secret-" + id);
        proxy.setNonProxyHosts("localhost|*.internal");
        return proxy;
    }
}
