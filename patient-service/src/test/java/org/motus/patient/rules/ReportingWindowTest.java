package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @ParameterizedTest(name = "{0} relative to now -> {1}")
    @CsvSource({
        "PT0S, ACCEPTED",
        "PT1M, ACCEPTED", // a phone clock one minute fast is forgiven
        "PT1M1S, IN_THE_FUTURE",
        "PT1H, IN_THE_FUTURE",
        "-P7D, ACCEPTED", // exactly seven days ago
        "-PT168H1S, TOO_OLD", // one second more
        "-P8D, TOO_OLD"
    })
    void reportedTimesMayNotBeInTheFutureNorOlderThanSevenDays(Duration offset, ReportingWindow.Verdict expected) {
        assertEquals(expected, ReportingWindow.check(NOW.plus(offset), NOW));
    }
}
