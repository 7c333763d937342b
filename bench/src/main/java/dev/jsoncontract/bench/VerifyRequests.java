package dev.jsoncontract.bench;

import dev.jsoncontract.verify.VerifyRequest;
import java.nio.file.Path;

/**
 * The {@link VerifyRequest} a build with default settings makes for a folder of recordings: the
 * bundled contract, its first operation, not strict, no step summary, no live endpoint.
 */
public final class VerifyRequests {

    private VerifyRequests() {
    }

    /**
     * @param recordings the folder of recorded bodies
     * @param threads how many files {@code verify} checks at a time (its {@code threads} parameter)
     * @param reportsDirectory where the reports go, or {@code null} for none
     */
    public static VerifyRequest of(Path recordings, int threads, Path reportsDirectory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new VerifyRequest(null, null, recordings, false, reportsDirectory, null, null, threads);
    }
}
