package org.motus.gateway.signalling;

/**
 * A token bucket: holds up to {@code capacity} tokens, gains {@code perSecond} tokens a second, and
 * each message takes one. Pure; one connection's bucket is only used from that connection's event
 * loop, so it needs no locking. Time is passed in (nanoseconds, {@link System#nanoTime()}).
 */
public final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastNanos;

    public TokenBucket(int capacity, double perSecond, long nowNanos) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("A token bucket needs a capacity >= 1 and a positive rate");
        }
        this.capacity = capacity;
        this.tokensPerNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /** Takes a token if there is one. */
    public boolean tryTake(long nowNanos) {
        long elapsed = nowNanos - lastNanos;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            lastNanos = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
