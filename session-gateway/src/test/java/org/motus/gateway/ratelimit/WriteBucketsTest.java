package org.motus.gateway.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.MovableClock;

class WriteBucketsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));

    @Test
    void aBurstGoesThroughAndTheNextWriteWaitsForTheRefill() {
        WriteBuckets buckets = new WriteBuckets(limits(60, 3), clock);

        for (int write = 1; write <= 3; write++) {
            assertThat("write " + write, buckets.take("pat"), equalTo(OptionalLong.empty()));
        }

        assertThat("60 a minute: the next token comes in a second", buckets.take("pat"), equalTo(OptionalLong.of(1)));
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextTokenRoundedUp() {
        WriteBuckets buckets = new WriteBuckets(limits(4, 1), clock);
        buckets.take("pat");

        assertThat("4 a minute: one every 15 s", buckets.take("pat"), equalTo(OptionalLong.of(15)));
        clock.advance(Duration.ofMillis(14_001));
        assertThat("999 ms left still says 1 s", buckets.take("pat"), equalTo(OptionalLong.of(1)));
        clock.advance(Duration.ofMillis(999));
        assertThat(buckets.take("pat"), equalTo(OptionalLong.empty()));
    }

    @Test
    void theBucketRefillsAtTheSustainedRateUpToTheBurst() {
        WriteBuckets buckets = new WriteBuckets(limits(120, 2), clock);
        buckets.take("pat");
        buckets.take("pat");

        clock.advance(Duration.ofHours(1));

        assertThat(buckets.take("pat"), equalTo(OptionalLong.empty()));
        assertThat(buckets.take("pat"), equalTo(OptionalLong.empty()));
        assertThat(
                "an hour idle refills to the burst, not beyond",
                buckets.take("pat").isPresent(),
                equalTo(true));
    }

    @Test
    void onePersonsFloodLeavesTheOthersBucketsFull() {
        WriteBuckets buckets = new WriteBuckets(limits(60, 2), clock);
        for (int write = 0; write < 100; write++) {
            buckets.take("flooder");
        }

        assertThat(buckets.take("tess"), equalTo(OptionalLong.empty()));
        assertThat(buckets.take("tess"), equalTo(OptionalLong.empty()));
        assertThat(buckets.take("flooder").isPresent(), equalTo(true));
    }

    @Test
    void refusedWritesDoNotUseUpTheRefill() {
        WriteBuckets buckets = new WriteBuckets(limits(60, 1), clock);
        buckets.take("pat");
        for (int write = 0; write < 50; write++) {
            buckets.take("pat");
        }

        clock.advance(Duration.ofSeconds(1));

        assertThat(buckets.take("pat"), equalTo(OptionalLong.empty()));
    }

    @Test
    void aLimitBelowOneIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new WriteBuckets(limits(0, 5), clock));
        assertThrows(IllegalArgumentException.class, () -> new WriteBuckets(limits(5, 0), clock));
    }

    private static WriteLimits limits(int perMinute, int burst) {
        return new WriteLimits() {
            @Override
            public int perMinute() {
                return perMinute;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public Duration forgetAfter() {
                return Duration.ofMinutes(10);
            }
        };
    }
}
