package dev.jsoncontract.bench;

import dev.jsoncontract.verify.VerifyRequest;
import java.nio.file.Path;

/**
 * The {@link VerifyRequest} a build with default settings makes for a folder of recordings: the
 * bundled contract, its first operation, not strict, no step summary, no live endpoint.
 *
 * <p><b>Threads are not passed yet.</b> {@code VerifyRequest} has no {@code threads} component on
 * main today (branch verify-stream adds it, and parallel checking in {@code Verifier}); until then
 * {@link #of} ignores {@code threads} and {@link #PASSES_THREADS} is {@code false}, so that the table
 * says every "all cores" row ran on one thread. After the merge: pass {@code threads} to the new
 * component below and set {@link #PASSES_THREADS} to {@code true}; nothing else in bench/ changes.
 */
public final class VerifyRequests {

    /** Whether {@link #of} hands {@code threads} to {@code verify}; {@code false} until verify-stream is merged. */
    public static final boolean PASSES_THREADS = false;

    private VerifyRequests() {
    }

    /**
     * @param recordings the folder of recorded bodies
     * @param threads how many files {@code verify} may check at a time (ignored while
     *     {@link #PASSES_THREADS} is {@code false})
     * @param reportsDirectory where the reports go, or {@code null} for none
     */
    public static VerifyRequest of(Path recordings, int threads, Path reportsDirectory) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        // after verify-stream: new VerifyRequest(null, null, recordings, false, reportsDirectory, null, null, threads)
        return new VerifyRequest(null, null, recordings, false, reportsDirectory, null, null);
    }
}
