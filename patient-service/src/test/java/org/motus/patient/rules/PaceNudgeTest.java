package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceNudgeTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-11-01");

    /** Data on the first {@code count} days from {@code from}. */
    private static List<LocalDate> days(LocalDate from, int count) {
        return IntStream.range(0, count).mapToObj(from::plusDays).toList();
    }

    @Test
    void nobodyWithoutDataIsNudged() {
        assertTrue(PaceNudge.due(List.of(), FIRST, null).isEmpty());
    }

    @Test
    void theFirstDayWithDataIsNeverBehind() {
        assertTrue(PaceNudge.due(List.of(FIRST), FIRST, null).isEmpty());
        assertTrue(PaceNudge.due(List.of(FIRST.plusDays(3)), FIRST, null).isEmpty(), "data only later");
    }

    @Test
    void theSecondDayIsOnPaceAfterDataOnTheFirst() {
        assertTrue(PaceNudge.due(List.of(FIRST), FIRST.plusDays(1), null).isEmpty());
    }

    @Test
    void oneDayWithoutDataEarlyOnFallsBehindSixteenOfThirty() {
        var pace = PaceNudge.due(List.of(FIRST), FIRST.plusDays(2), null).orElseThrow();
        assertEquals(2, pace.elapsedDays());
        assertEquals(1, pace.daysWithData());
        assertEquals(2, pace.expectedDays());
        assertTrue(pace.behind());
    }

    @Test
    void dataRecordedTodayEndsTheNudge() {
        LocalDate today = FIRST.plusDays(2);
        assertTrue(PaceNudge.due(List.of(FIRST, today), today, null).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "1, false", // yesterday
        "6, false",
        "7, true", // a week later
        "30, true"
    })
    void aNudgeComesAtMostOnceAWeek(int daysSinceLastNudge, boolean nudged) {
        LocalDate today = FIRST.plusDays(10);
        assertEquals(
                nudged,
                PaceNudge.due(List.of(FIRST), today, today.minusDays(daysSinceLastNudge))
                        .isPresent());
    }

    @ParameterizedTest
    @CsvSource({
        "15, true", // 1 day with data + 15 days left, today included = 16: still reachable
        "16, false", // 1 + 14 = 15: cannot reach 16 any more
        "29, false"
    })
    void aNudgeIsSentOnlyWhileSixteenCanStillBeReached(int day, boolean nudged) {
        assertEquals(
                nudged, PaceNudge.due(List.of(FIRST), FIRST.plusDays(day), null).isPresent());
    }

    @Test
    void aPatientOnPaceIsNotNudged() {
        // 9 of the first 16 days: 16 * 16 / 30 = 8.53, rounded up to 9
        List<LocalDate> data = days(FIRST, 9);
        assertTrue(PaceNudge.due(data, FIRST.plusDays(16), null).isEmpty());
        assertTrue(PaceNudge.due(data, FIRST.plusDays(17), null).isPresent(), "17 days need 10");
    }

    @Test
    void aNewPeriodStartsAfterThirtyDaysAndItsFirstDayIsNotBehind() {
        List<LocalDate> data = new ArrayList<>(days(FIRST, 16));
        assertEquals(FIRST.plusDays(30), PaceNudge.periodStart(FIRST, FIRST.plusDays(30)));
        assertEquals(FIRST, PaceNudge.periodStart(FIRST, FIRST.plusDays(29)));
        assertEquals(FIRST.plusDays(60), PaceNudge.periodStart(FIRST, FIRST.plusDays(61)));
        assertTrue(PaceNudge.due(data, FIRST.plusDays(30), null).isEmpty(), "nothing elapsed in the new period");
        var pace = PaceNudge.due(data, FIRST.plusDays(31), null).orElseThrow();
        assertEquals(1, pace.elapsedDays());
        assertEquals(0, pace.daysWithData(), "the last period's days do not count");
    }

    @Test
    void aPeriodThatReachedSixteenIsNeverBehind() {
        assertTrue(PaceNudge.due(days(FIRST, 16), FIRST.plusDays(29), null).isEmpty());
    }
}
