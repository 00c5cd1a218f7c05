package org.motus.patient.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportingWindowProperties {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Property
    void acceptedExactlyFromSevenDaysAgoToOneMinuteAhead(@ForAll @LongRange(min = -30 * 86400, max = 30 * 86400) long offsetSeconds) {
        ReportingWindow.Verdict verdict = ReportingWindow.check(NOW.plusSeconds(offsetSeconds), NOW);
        boolean inside = offsetSeconds <= ReportingWindow.CLOCK_SKEW.toSeconds()
                && offsetSeconds >= -Duration.ofDays(7).toSeconds();
        assertEquals(inside, verdict == ReportingWindow.Verdict.ACCEPTED);
    }
}
