package dev.jsoncontract.verify.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jsoncontract.verify.LiveSource;
import dev.jsoncontract.verify.VerifyException;
import dev.jsoncontract.verify.VerifyRequest;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.Verifier;
import dev.jsoncontract.verify.report.TextSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Live verify against a loopback server that misbehaves in every way {@link FaultServer} knows:
 * each run ends within the request timeout and a margin, with a message that says what happened,
 * and the token appears nowhere (message, causes, log, reports).
 */
class LiveFaultsTest {

    static final String TOKEN = "sk_live_fault_7Qw2e9Rt5Yu1";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** What a fault may take beyond the request timeout: connecting, retries off, writing reports. */
    static final Duration MARGIN = Duration.ofSeconds(6);
    static final long BODY_LIMIT = 1 << 20;

    static final Map<FaultServer.Fault, String> EXPECTED = new EnumMap<>(Map.ofEntries(
            Map.entry(FaultServer.Fault.RESET, "The connection to 127.0.0.1:PORT broke during GET URL ("),
            Map.entry(FaultServer.Fault.HALF_CLOSE, "The connection to 127.0.0.1:PORT broke during GET URL ("),
            Map.entry(FaultServer.Fault.TRICKLE, "GET URL timed out: no complete response within 2 s."),
            Map.entry(FaultServer.Fault.STALL, "GET URL timed out: no complete response within 2 s."),
            Map.entry(FaultServer.Fault.SILENT, "GET URL timed out: no complete response within 2 s."),
            Map.entry(FaultServer.Fault.ENDLESS, "GET URL answered a body larger than 1048576 bytes, more than verify"
                    + " reads into memory"),
            Map.entry(FaultServer.Fault.HTML, "GET URL answered 200 OK with a body that is not JSON (Content-Type"
                    + " text/html; invalid at line 1, column 1;"),
            Map.entry(FaultServer.Fault.JSON_AS_TEXT, "listCalls: 1 response body conforms"),
            Map.entry(FaultServer.Fault.NOT_GZIP, "GET URL answered 200 OK with a body that is not JSON (Content-Type"
                    + " application/json, Content-Encoding gzip, which verify did not ask for; invalid at line 1, column 1;"),
            Map.entry(FaultServer.Fault.REDIRECT, "302 Found from GET URL: the endpoint redirects to"
                    + " http://elsewhere.invalid/?t=****."),
            Map.entry(FaultServer.Fault.HUGE_HEADERS, "The connection to 127.0.0.1:PORT broke during GET URL ("),
            Map.entry(FaultServer.Fault.TOKEN_BODY, "GET URL answered 200 OK with a body that is not JSON"
                    + " (Content-Type application/json; invalid at line 1, column "),
            Map.entry(FaultServer.Fault.GARBAGE, "The connection to 127.0.0.1:PORT broke during GET URL (")));

    static int tried;

    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultServer.Fault.class)
    @DisplayName("each HTTP fault ends within its bound, with a clear message and no token anywhere")
    void fault(FaultServer.Fault fault, @TempDir Path dir) throws Exception {
        try (FaultServer server = new FaultServer(fault, TOKEN)) {
            String base = server.baseUrl();
            String url = base + "/call?limit=5";
            List<String> log = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            LiveSource live = (request, origin, liveLog) -> {
                try {
                    return LiveFetcher.fetch(request, origin, liveLog, wait -> { }, Clock.systemUTC(), BODY_LIMIT);
                } catch (LiveException e) {
                    throw new VerifyException(e.getMessage(), e);
                }
            };
            VerifyRequest.Live settings = new VerifyRequest.Live(URI.create(base), TOKEN, "the test", null,
                    name -> null, Map.of("limit", "5"), Duration.ofSeconds(2), REQUEST_TIMEOUT, 0, false);
            Path reports = dir.resolve("reports");
            String outcome = assertTimeoutPreemptively(REQUEST_TIMEOUT.plus(MARGIN), () -> {
                try {
                    VerifyResult result = new Verifier(log::add, live).verify(new VerifyRequest(null, null,
                            dir.resolve("none"), false, reports, null, settings, 1));
                    return String.join("\n", TextSummary.lines(result));
                } catch (VerifyException e) {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    outputs.add(trace.toString());
                    return e.getMessage();
                }
            });
            outputs.add(outcome);
            outputs.addAll(log);
            if (Files.isDirectory(reports)) {
                try (Stream<Path> files = Files.list(reports)) {
                    for (Path file : files.toList()) {
                        outputs.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            String expected = EXPECTED.get(fault).replace("PORT", base.substring(base.lastIndexOf(':') + 1))
                    .replace("URL", url);
            assertThat(outcome).startsWith(expected).doesNotContain("bug in jsoncontract");
            assertThat(outputs).noneSatisfy(text -> assertThat(text).contains(TOKEN.substring(0, 10)));
            assertThat(server.served()).as("the request reached the server").isPositive();
            tried++;
        }
    }

    @AfterAll
    static void counts() {
        System.out.println("jsoncontract reliability: " + tried + " HTTP faults tried against live verify ("
                + FaultServer.Fault.values().length + " kinds), each ended within " + REQUEST_TIMEOUT.plus(MARGIN)
                .toSeconds() + " s with a clear message and no token anywhere");
    }
}
