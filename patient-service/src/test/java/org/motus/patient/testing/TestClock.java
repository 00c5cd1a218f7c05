package org.motus.patient.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in {@code @QuarkusTest}s (it replaces the default bean): the system clock
 * moved by an offset a test sets, so a test can let hours pass without sleeping. At rest the offset
 * is zero; a test that moves it calls {@link #reset()} when done.
 */
@ApplicationScoped
public class TestClock {

    private static volatile Duration offset = Duration.ZERO;

    /** Moves the service's time forward (or back) by {@code by}. */
    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Sets the service's time to {@code instant} (it runs on from there). */
    public static void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public static Instant now() {
        return Instant.now().plus(offset);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the service reads UTC instants");
            }

            @Override
            public Instant instant() {
                return TestClock.now();
            }
        };
    }
}
