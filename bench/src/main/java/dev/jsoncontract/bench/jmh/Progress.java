package dev.jsoncontract.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Per thread: which file comes next (threads start at different files and go round the corpus)
 * and how many bytes were handled, which JMH reports as a rate: the {@code bytes} secondary
 * result, in bytes per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Progress {

    /** Bytes handled in this iteration; JMH divides by the time. */
    public long bytes;

    private int next;

    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
        next = thread.getThreadIndex();
    }

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }

    /** The index of the file to handle now. */
    int nextFile(Corpus corpus) {
        int file = next % corpus.files.length;
        next = file + 1;
        return file;
    }
}
