package dev.jsoncontract.verify.live;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body in memory, up to a limit: a larger body cancels the exchange with
 * {@link TooLarge}, so that an endpoint cannot exhaust the build's heap.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the limit. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        final long limit;

        TooLarge(long limit) {
            super("the response body is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final long limit;
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    private BoundedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> new BoundedBody(limit);
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
            failed = true;
            subscription.cancel();
            bytes.onError(new TooLarge(limit));
            return;
        }
        bytes.onNext(items);
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
            bytes.onComplete();
        }
    }
}
