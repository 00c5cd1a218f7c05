package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PainTrendTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    static Stream<org.junit.jupiter.params.provider.Arguments> painAndBaseline() {
        return IntStream.rangeClosed(0, 10)
                .boxed()
                .flatMap(pain -> Stream.concat(
                        Stream.of(arguments(pain, null)),
                        IntStream.rangeClosed(0, 10).mapToObj(baseline -> arguments(pain, baseline))));
    }

    /** Exhaustive: high at 8 or more, or 3 or more above the baseline. */
    @ParameterizedTest(name = "pain {0}, baseline {1}")
    @MethodSource("painAndBaseline")
    void highDailyPainOnTheWholeScale(int pain, Integer baseline) {
        assertEquals(pain >= 8 || baseline != null && pain - baseline >= 3, PainTrend.highDailyPain(pain, baseline));
    }

    @ParameterizedTest(name = "pain {0}, baseline {1} -> {2}")
    @CsvSource(
            nullValues = "none",
            value = {"7, none, false", "8, none, true", "7, 4, true", "6, 4, false", "7, 5, false"})
    void highDailyPainAtItsEdges(int pain, Integer baseline, boolean high) {
        assertEquals(high, PainTrend.highDailyPain(pain, baseline));
        assertThrows(IllegalArgumentException.class, () -> PainTrend.highDailyPain(11, baseline));
    }

    @Test
    void worseningWhenTheSevenDayMeanIsTwoAboveTheBaseline() {
        assertTrue(PainTrend.worsening(List.of(6, 6), 4)); // mean exactly baseline + 2
        assertFalse(PainTrend.worsening(List.of(6, 5), 4)); // 5.5: just below
        assertTrue(PainTrend.worsening(List.of(7, 6), 4));
        assertFalse(PainTrend.worsening(List.of(), 4));
        assertFalse(PainTrend.worsening(List.of(9, 9), null));
        assertEquals(5.5, PainTrend.mean(List.of(6, 5)));
        assertEquals(6.3, PainTrend.mean(List.of(6, 6, 7)));
        assertEquals(0.0, PainTrend.mean(List.of()));
    }

    @Test
    void twoHourMissesTwiceWithinSevenDays() {
        Instant sixDays = NOW.minusSeconds(6 * 86400);
        Instant exactlySeven = NOW.minusSeconds(7 * 86400);
        Instant justOver = exactlySeven.minusSeconds(1);
        assertTrue(PainTrend.twoHourMissedTwice(List.of(sixDays, NOW), NOW));
        assertTrue(PainTrend.twoHourMissedTwice(List.of(exactlySeven, NOW), NOW));
        assertFalse(PainTrend.twoHourMissedTwice(List.of(justOver, NOW), NOW));
        assertFalse(PainTrend.twoHourMissedTwice(List.of(NOW), NOW));
        assertFalse(PainTrend.twoHourMissedTwice(List.of(NOW.plusSeconds(1), NOW), NOW));
    }

    @ParameterizedTest(name = "week {0}, {1} -> {2}")
    @CsvSource({
        "3, BEHIND, false",
        "4, BEHIND, true",
        "9, BEHIND, true",
        "4, ON_TRACK, false",
        "5, TOO_EARLY, false",
        "6, NO_DATA, false"
    })
    void behindTheExpectedCourseFromWeekFour(int week, ExpectedCourse.Status status, boolean flagged) {
        assertEquals(flagged, PainTrend.behindExpectedCourse(week, status));
    }
}
