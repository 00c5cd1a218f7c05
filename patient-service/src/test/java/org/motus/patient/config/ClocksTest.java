package org.motus.patient.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClocksTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @Test
    void withoutAnOffsetTheServiceReadsTheSystemClockInEveryMode() {
        for (LaunchMode mode : LaunchMode.values()) {
            assertEquals(Clock.systemUTC(), Clocks.clock(Optional.empty(), false, mode));
            assertEquals(Clock.systemUTC(), Clocks.clock(Optional.of(Duration.ZERO), false, mode));
        }
    }

    @Test
    void aProductionStartWithAnOffsetButWithoutTheDemoFlagIsRefusedNamingTheSetting() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> Clocks.clock(Optional.of(TWO_HOURS), false, LaunchMode.NORMAL));
        assertTrue(refused.getMessage().contains("motus.clock.offset"), refused.getMessage());
        assertTrue(refused.getMessage().contains("MOTUS_CLOCK_OFFSET"), refused.getMessage());
    }

    @Test
    void aProductionStartOfTheDemoSetUpRunsTheClockAheadByTheOffset() {
        Clock clock = Clocks.clock(Optional.of(TWO_HOURS), true, LaunchMode.NORMAL);
        Duration ahead = Duration.between(Instant.now(), clock.instant());
        assertTrue(
                ahead.compareTo(TWO_HOURS.minusSeconds(5)) > 0 && ahead.compareTo(TWO_HOURS.plusSeconds(5)) < 0,
                () -> "ahead by " + ahead);
    }

    @Test
    void testsAndDevModeMayMoveTheClockWithoutTheDemoFlag() {
        assertTrue(Clocks.clock(Optional.of(TWO_HOURS), false, LaunchMode.TEST)
                .instant()
                .isAfter(Instant.now().plus(TWO_HOURS).minusSeconds(5)));
        assertTrue(Clocks.clock(Optional.of(TWO_HOURS), false, LaunchMode.DEVELOPMENT)
                .instant()
                .isAfter(Instant.now().plus(TWO_HOURS).minusSeconds(5)));
    }

    @Test
    void aNegativeOffsetIsRefusedEverywhere() {
        for (LaunchMode mode : LaunchMode.values()) {
            assertThrows(
                    IllegalStateException.class, () -> Clocks.clock(Optional.of(Duration.ofMinutes(-1)), true, mode));
        }
    }
}
