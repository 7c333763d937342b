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
 * limit is interrupted, and when it ignores that (the generator does not check for interrupts) the
 * thread is stopped with {@code Thread.stop}, called reflectively: deprecated, but on Java 17 it is
 * the only way to keep a runaway generation from burning a core for the rest of the build. Where
 * the JVM refuses it (Java 20 and later) the thread is left to end on its own. The next call gets a
 * new thread, so one hang costs its limit and never the run.
 */
public final class Bounded implements AutoCloseable {

    private final String threadName;
    private ExecutorService worker;
    private volatile Thread thread;

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
            stop(thread);
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
            Thread created = new Thread(task, threadName);
            created.setDaemon(true);
            thread = created;
            return created;
        });
    }

    /** Gives an interrupted thread a second, then stops it if the JVM still allows that. */
    private static void stop(Thread runaway) {
        if (runaway == null) {
            return;
        }
        try {
            runaway.join(1000);
            if (runaway.isAlive()) {
                Thread.class.getMethod("stop").invoke(runaway);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ReflectiveOperationException | UnsupportedOperationException e) {
            // left to end on its own
        }
    }
}
