package dev.jsoncontract.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Test utility for harnesses that run the generator on input nobody checked (the corpus run, the
 * fuzzing): runs each call on a daemon worker thread with a time limit. A call still running at its
 * limit is abandoned (interrupted, and left to end on its own) and the next call gets a new thread,
 * so one hang costs its limit and never the run.
 */
public final class Bounded implements AutoCloseable {

    private final String threadName;
    private ExecutorService worker;

    /** @param threadName the worker thread's name, for thread dumps */
    public Bounded(String threadName) {
        this.threadName = threadName;
        worker = newWorker();
    }

    /**
     * @return what {@code work} returned
     * @throws TimeoutException when it ran longer than {@code limit}
     * @throws ExecutionException with what {@code work} threw (errors such as {@code StackOverflowError} too)
     */
    public <T> T call(Callable<T> work, Duration limit) throws TimeoutException, ExecutionException {
        Future<T> future = worker.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw e;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Deletes a folder and everything below it; nothing when it does not exist. */
    public static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }
}
