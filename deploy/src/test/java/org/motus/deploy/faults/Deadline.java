package org.motus.deploy.faults;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes: the fault suite waits on state, never on time. */
final class Deadline {

    private static final Duration POLL = Duration.ofMillis(200);

    private Deadline() {}

    /** Returns how long it took; fails with {@code what} and the last {@code state} at the deadline. */
    static Duration await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "Not within " + timeout.toSeconds() + " s: " + what + " (last: " + state.get() + ")");
            }
            pause(POLL);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    static void pause(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
