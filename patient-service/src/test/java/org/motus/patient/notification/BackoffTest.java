package org.motus.patient.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theFirstRetryWaitsTheFirstDelay() {
        assertEquals(Duration.ofSeconds(30), backoff.after(1));
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        assertEquals(Duration.ofSeconds(60), backoff.after(2));
        assertEquals(Duration.ofSeconds(120), backoff.after(3));
        assertEquals(Duration.ofSeconds(1920), backoff.after(7));
    }

    @Test
    void theWaitNeverExceedsTheCap() {
        assertEquals(Duration.ofHours(1), backoff.after(8));
        assertEquals(Duration.ofHours(1), backoff.after(1000));
    }

    @Test
    void attemptsStartAtOneAndTheDelaysMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> backoff.after(0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)));
    }
}
