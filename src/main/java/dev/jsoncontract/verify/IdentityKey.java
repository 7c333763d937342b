package dev.jsoncontract.verify;

/**
 * A map key that compares by identity, for caches keyed by everit schemas (whose {@code equals}
 * and {@code hashCode} walk the whole schema) in a {@link java.util.concurrent.ConcurrentHashMap},
 * which, unlike a synchronized {@link java.util.IdentityHashMap}, lets parallel workers read
 * without taking a lock.
 */
final class IdentityKey {

    private final Object target;

    IdentityKey(Object target) {
        this.target = target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey key && key.target == target;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target);
    }
}
