package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportingWindowBoundaryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void acceptedExactlyFromSevenDaysAgoToOneMinuteAhead() {
        qt().forAll(longs().between(-30L * 86400, 30L * 86400)).checkAssert(offsetSeconds -> {
            ReportingWindow.Verdict verdict = ReportingWindow.check(NOW.plusSeconds(offsetSeconds), NOW);
            boolean inside = offsetSeconds <= ReportingWindow.CLOCK_SKEW.toSeconds()
                    && offsetSeconds >= -Duration.ofDays(7).toSeconds();
            assertEquals(inside, verdict == ReportingWindow.Verdict.ACCEPTED);
        });
    }
}
