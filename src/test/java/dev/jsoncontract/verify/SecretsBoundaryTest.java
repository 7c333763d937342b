package dev.jsoncontract.verify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jsoncontract.verify.live.LiveException;
import dev.jsoncontract.verify.live.LiveFetcher;
import dev.jsoncontract.verify.report.TextSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token never leaves a verify run: not in a log line, a report, the build message or a cause. */
class SecretsBoundaryTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(options().bindAddress("127.0.0.1").dynamicPort().jettyAcceptors(1))
            .build();

    static final String TOKEN = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

    static final String CALL = "{\"id\": 1, \"assistant_id\": 2, \"call_status\": \"ended\", \"call_type\": \"webCall\","
            + " \"messages\": []";

    /** The live client as the Maven adapter plugs it in: a failure is a VerifyException with the cause. */
    static final LiveSource LIVE = (request, origin, log) -> {
        try {
            return LiveFetcher.fetch(request, origin, log);
        } catch (LiveException e) {
            throw new VerifyException(e.getMessage(), e);
        }
    };

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"member name", "enum value", "wrong-type value", "value cut by an excerpt",
        "not JSON", "not JSON, long token", "redirect"})
    @DisplayName("a token in a live response reaches no log line, report, step summary, message or cause")
    void tokenInResponse(String where, @TempDir Path dir) throws Exception {
        String token = where.equals("not JSON, long token") ? TOKEN + "x".repeat(300) : TOKEN;
        String body = switch (where) {
            case "member name" -> "[" + CALL + ", \"" + token + "\": 1}]";
            case "enum value" -> "[" + CALL.replace("\"ended\"", "\"" + token + "\"") + "}]";
            case "wrong-type value" -> "[" + CALL.replace("\"id\": 1", "\"id\": \"" + token + "\"") + "}]";
            case "value cut by an excerpt" -> "[" + CALL.replace("\"ended\"", "\"" + "y".repeat(60) + token + "\"") + "}]";
            default -> token + " is not valid";
        };
        if (where.equals("redirect")) {
            server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "https://elsewhere.example/?t=" + token)));
        } else {
            server.stubFor(get(urlPathEqualTo("/call")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body)));
        }
        Path reports = dir.resolve("reports");
        Path summary = dir.resolve("step-summary.md");
        VerifyRequest.Live live = new VerifyRequest.Live(URI.create("http://127.0.0.1:" + server.getPort()), null,
                null, "API_TOKEN", Map.of("API_TOKEN", token)::get, Map.of("limit", "5"), Duration.ofSeconds(5),
                Duration.ofSeconds(5), 0, false);
        List<String> log = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        try {
            VerifyResult result = new Verifier(log::add, LIVE).verify(new VerifyRequest(null, null,
                    dir.resolve("no-recordings"), false, reports, summary, live, 1));
            outputs.addAll(TextSummary.lines(result));
            assertThat(where).as("a body that is JSON gives findings").doesNotStartWith("not JSON");
        } catch (VerifyException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            outputs.add(trace.toString());
            for (Throwable t = e; t != null; t = t.getCause()) {
                outputs.add(String.valueOf(t.getMessage()));
            }
            assertThat(where).as("only a body that is not JSON, or a redirect, stops verify")
                    .matches("not JSON.*|redirect");
            assertThat(trace.toString()).as("the cause chain is still printed").contains("Caused by: ");
        }
        outputs.addAll(log);
        if (Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    outputs.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        if (Files.exists(summary)) {
            outputs.add(Files.readString(summary, StandardCharsets.UTF_8));
        }
        assertThat(outputs).isNotEmpty().noneSatisfy(text -> assertThat(text).contains(TOKEN.substring(0, 12)));
        assertThat(String.join("\n", outputs)).contains(Secrets.MASK);
    }

    @Test
    @DisplayName("scrubbing keeps the class, message and trace of each cause and masks every form of the secret")
    void scrubbedChain() {
        Secrets secrets = Secrets.of("a b\"c" + TOKEN);
        String secret = "a b\"c" + TOKEN;
        Exception root = new IllegalStateException("saw " + secret + " and a%20b%22c" + TOKEN + " and a b\\\"c" + TOKEN);
        VerifyException scrubbed = secrets.scrub(new VerifyException("top " + secret, new RuntimeException("mid", root)));

        assertThat(scrubbed.getMessage()).isEqualTo("top ****");
        assertThat(scrubbed.getCause()).hasToString("java.lang.RuntimeException: mid");
        assertThat(scrubbed.getCause().getCause()).hasToString("java.lang.IllegalStateException: saw **** and **** and ****");
        assertThat(scrubbed.getCause().getCause().getStackTrace()).isEqualTo(root.getStackTrace());
        java.io.IOException clean = new java.io.IOException("nothing secret");
        VerifyException above = secrets.scrub(new VerifyException("top", new RuntimeException("has " + secret, clean)));
        assertThat(above.getCause().getCause()).as("a link below the last secret is kept as thrown").isSameAs(clean);
        VerifyException none = new VerifyException("top", clean);
        assertThat(secrets.scrub(none).getCause()).as("a chain without a secret is kept as thrown").isSameAs(clean);
        assertThat(secrets.scrub("cut: " + secret.substring(0, 20) + "...")).isEqualTo("cut: ****...");
        assertThat(secrets.scrub("cut at the end: " + secret.substring(0, 9))).isEqualTo("cut at the end: ****");
        assertThat(secrets.scrub("too short a prefix: a b\"c")).isEqualTo("too short a prefix: a b\"c");
    }
}
