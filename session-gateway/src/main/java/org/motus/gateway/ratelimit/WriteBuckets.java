package org.motus.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * One token bucket per person (Bucket4j), held in a bounded cache that forgets idle people. Plain
 * Java so a test drives it with its own clock.
 */
final class WriteBuckets {

    /** Enough for every person of a large clinic at once; an idle bucket is full anyway. */
    private static final long MAX_PEOPLE = 100_000;

    private final WriteLimits limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    WriteBuckets(WriteLimits limits, Clock clock) {
        if (limits.perMinute() < 1 || limits.burst() < 1) {
            throw new IllegalArgumentException("motus.gateway.write-limit.per-minute and .burst must be at least 1");
        }
        this.limits = limits;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_PEOPLE)
                .expireAfterAccess(limits.forgetAfter())
                .build();
    }

    /**
     * Takes one write from the person's bucket. Empty when it may go ahead; otherwise how long
     * until the next write is allowed, in whole seconds, at least 1 (for {@code Retry-After}).
     */
    OptionalLong take(String person) {
        ConsumptionProbe probe = buckets.get(person, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return OptionalLong.of(seconds);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(
                        limit -> limit.capacity(limits.burst()).refillGreedy(limits.perMinute(), Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Bucket4j's time read from the injected clock, so tests move time instead of sleeping. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
