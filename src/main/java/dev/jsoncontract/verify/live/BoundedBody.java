package dev.jsoncontract.verify.live;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Collects a response body in memory, up to a limit: a larger body cancels the exchange with
 * {@link TooLarge}, so that an endpoint cannot exhaust the build's heap. Should the heap run out
 * all the same (other work took it), the exchange ends with {@link OutOfHeap} instead of an
 * {@code OutOfMemoryError} in the HTTP client's threads, which would leave the build waiting forever.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        final long limit;

        TooLarge(long limit) {
            // a part of the message that names it, so that Maven does not repeat it after that message
            super("a body larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** The heap ran out while the body was collected. */
    static final class OutOfHeap extends IOException {

        private static final long serialVersionUID = 1L;

        OutOfHeap() {
            super("a body that does not fit in the heap");
        }
    }

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final long limit;
    private volatile Flow.Subscription subscription;
    private long received;
    private volatile boolean failed;

    private BoundedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return handler(limit, body -> { });
    }

    /** A handler whose subscribers are also given to {@code created}, so that a caller can {@link #abort} them. */
    static HttpResponse.BodyHandler<byte[]> handler(long limit, Consumer<BoundedBody> created) {
        return info -> {
            BoundedBody body = new BoundedBody(limit);
            created.accept(body);
            return body;
        };
    }

    /** Stops reading: the caller gave up on the response (its deadline passed). */
    void abort() {
        Flow.Subscription current = subscription;
        if (!failed) {
            failed = true;
            if (current != null) {
                current.cancel();
            }
            bytes.onError(new IOException("the response was abandoned"));
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (failed) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
        }
        if (received > limit) {
            fail(new TooLarge(limit));
            return;
        }
        try {
            bytes.onNext(items);
        } catch (OutOfMemoryError e) {
            fail(new OutOfHeap());
        }
    }

    private void fail(IOException problem) {
        failed = true;
        subscription.cancel();
        bytes.onError(problem);
    }

    @Override
    public void onError(Throwable throwable) {
        if (!failed) {
            failed = true;
            bytes.onError(throwable);
        }
    }

    @Override
    public void onComplete() {
        if (!failed) {
            try {
                // the one copy of the whole body
                bytes.onComplete();
            } catch (OutOfMemoryError e) {
                failed = true;
                bytes.onError(new OutOfHeap());
            }
        }
    }
}
