package org.motus.patient.notification;

import java.time.Duration;

/**
 * When a failed send is tried again: the first retry after {@code first}, each later one twice as
 * long after the one before, never longer than {@code cap}. Pure: no clock, no database.
 */
public record Backoff(Duration first, Duration cap) {

    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= cap, got " + first + " and " + cap);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first failure). */
    public Duration after(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1, got " + attempts);
        }
        Duration wait = first;
        for (int i = 1; i < attempts; i++) {
            wait = wait.multipliedBy(2);
            if (wait.compareTo(cap) >= 0) {
                return cap;
            }
        }
        return wait;
    }
}
