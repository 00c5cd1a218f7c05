package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpWindowTest {

    private static final Instant ENDED = Instant.parse("2026-11-26T12:00:00Z");
    private final FollowUpWindow WINDOW = FollowUpWindow.after(ENDED);

    @Test
    void opensAtNinetyMinutesDueAtTwoHoursClosesAtFour() {
        assertEquals(Instant.parse("2026-11-26T13:30:00Z"), WINDOW.opensAt());
        assertEquals(Instant.parse("2026-11-26T14:00:00Z"), WINDOW.dueAt());
        assertEquals(Instant.parse("2026-11-26T16:00:00Z"), WINDOW.closesAt());
        assertEquals(ENDED, WINDOW.sessionEndedAt());
    }

    @ParameterizedTest(name = "{0} s after the end -> {1}")
    @CsvSource({
        "-1, BEFORE_SESSION_END",
        "0, TOO_EARLY",
        "5399, TOO_EARLY",
        "5400, ON_TIME",
        "7200, ON_TIME",
        "14400, ON_TIME",
        "14401, LATE",
        "259200, LATE"
    }) // issue 12: three days late
    void aReadingIsClassifiedAtEachEdge(long secondsAfterEnd, FollowUpWindow.Timing expected) {
        assertEquals(expected, WINDOW.classify(ENDED.plusSeconds(secondsAfterEnd)));
    }

    @ParameterizedTest(name = "now {0} s after the end -> {1}")
    @CsvSource({"0, UPCOMING", "5399, UPCOMING", "5400, OPEN", "14400, OPEN", "14401, CLOSED"})
    void theStatusOfAPendingFollowUp(long secondsAfterEnd, FollowUpWindow.Status expected) {
        assertEquals(expected, WINDOW.status(ENDED.plusSeconds(secondsAfterEnd)));
    }
}
