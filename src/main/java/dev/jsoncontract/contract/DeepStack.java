package dev.jsoncontract.contract;

import java.util.concurrent.Callable;

/**
 * Runs work that recurses over a schema (building the model, generating code) on a thread with a
 * stack large enough for the nesting the model allows ({@code ModelBuilder.MAX_DEPTH} levels),
 * so that a deep but legal schema ends in code or in a message naming the place, never in a
 * {@link StackOverflowError} on the caller's smaller stack.
 */
public final class DeepStack {

    /** The stack the worker thread asks for; reserved, not committed, until used. */
    static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    /** Exceptions of the work, as thrown. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * @return what {@code work} returns; its checked exception, runtime exception or error is
     *     rethrown on the calling thread as it is
     */
    @SuppressWarnings("unchecked")
    public static <T, E extends Exception> T call(Work<T, E> work) throws E {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "jsoncontract-schema", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure[0];
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw (E) thrown;
        }
        return (T) result[0];
    }

    /** For callers that want the {@link Callable} shape. */
    public static <T> T callable(Callable<T> work) throws Exception {
        return call(work::call);
    }
}
