package dev.jsoncontract.verify.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jsoncontract.verify.LiveSource;
import dev.jsoncontract.verify.VerifyRequest;
import dev.jsoncontract.verify.VerifyResult;
import dev.jsoncontract.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingsTest {

    static final String SECRET = "sk_live_outside_the_folder";

    @Test
    @DisplayName("links leading outside the folder, named pipes and devices are skipped with a warning naming them, and never read, by verify and generate-tests")
    void specialFiles(@TempDir Path dir) throws Exception {
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        Path outside = dir.resolve("secret.json");
        Files.writeString(outside, "[\"" + SECRET + "\"]");
        Files.writeString(recordings.resolve("page-1.json"), "[]");
        Files.createSymbolicLink(recordings.resolve("leak.json"), outside);
        Files.createSymbolicLink(recordings.resolve("inside.json"), recordings.resolve("page-1.json"));
        Files.createSymbolicLink(recordings.resolve("dangling.json"), recordings.resolve("gone.json"));
        Files.createSymbolicLink(recordings.resolve("device.json"), Path.of("/dev/zero"));
        Files.createSymbolicLink(recordings.resolve("folder.json"), dir);
        Process mkfifo = new ProcessBuilder("mkfifo", recordings.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        Recordings.Listing listing = Recordings.scan(recordings);

        assertThat(listing.recordings()).extracting(Recordings.Recording::source)
                .containsExactly("dangling.json", "inside.json", "page-1.json");
        assertThat(listing.skipped()).containsExactly(
                "device.json is skipped: it is a symbolic link to a file outside the recordings folder, which is"
                        + " not read; copy the file into the folder if it is a recording",
                "folder.json is skipped: it is a symbolic link to a file outside the recordings folder, which is"
                        + " not read; copy the file into the folder if it is a recording",
                "leak.json is skipped: it is a symbolic link to a file outside the recordings folder, which is not"
                        + " read; copy the file into the folder if it is a recording",
                "pipe.json is skipped: it is not a regular file (a named pipe, device or socket), so it is not read;"
                        + " recordings must be plain files");

        List<String> log = new ArrayList<>();
        Path reports = dir.resolve("reports");
        VerifyResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new Verifier(log::add,
                LiveSource.NONE).verify(new VerifyRequest(null, null, recordings, false, reports, null, null, 1)));
        assertThat(result.bodies()).isEqualTo(3);
        assertThat(log).contains("Warning: pipe.json is skipped: it is not a regular file (a named pipe, device or"
                + " socket), so it is not read; recordings must be plain files");
        List<String> outputs = new ArrayList<>(log);
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.toList()) {
                outputs.add(Files.readString(report, StandardCharsets.UTF_8));
            }
        }
        assertThat(outputs).noneSatisfy(text -> assertThat(text).contains(SECRET));

        List<String> generateLog = new ArrayList<>();
        Path tests = dir.resolve("generated-tests");
        var generated = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new dev.jsoncontract.testgen
                .GenerateTestsService().generate(new dev.jsoncontract.testgen.GenerateTestsRequest(null, null,
                        "example.calls", recordings, dir, false, tests), generateLog::add));
        assertThat(generated.recordings()).isEqualTo(3);
        assertThat(generateLog).contains("jsoncontract: warning: leak.json is skipped: it is a symbolic link to a file"
                + " outside the recordings folder, which is not read; copy the file into the folder if it is a recording");
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(source, StandardCharsets.UTF_8)).doesNotContain(SECRET);
            }
        }
    }
}
