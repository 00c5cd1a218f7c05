package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the 16-of-30 pace nudge (quicktheories, seeded and shrinking). */
class PaceNudgePropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static List<LocalDate> days(List<Integer> offsets) {
        return offsets.stream().map(TODAY::plusDays).toList();
    }

    @Test
    void aNudgeIsOnlyEverDueWhenBehindAndSixteenIsStillWithinReach() {
        qt().forAll(lists().of(integers().between(-90, -1)).ofSizeBetween(0, 90))
                .checkAssert(offsets -> PaceNudge.due(days(offsets), TODAY, null)
                        .ifPresent(pace -> {
                            assertTrue(pace.behind());
                            assertTrue(pace.daysWithData() < pace.expectedDays());
                            assertTrue(pace.daysWithData() + 30 - pace.elapsedDays() >= 16);
                        }));
    }

    @Test
    void recordingTodayAlwaysEndsTheNudge() {
        qt().forAll(lists().of(integers().between(-90, 0)).ofSizeBetween(0, 90)).checkAssert(offsets -> {
            List<LocalDate> withToday = new ArrayList<>(days(offsets));
            withToday.add(TODAY);
            assertFalse(PaceNudge.due(withToday, TODAY, null).isPresent());
        });
    }

    @Test
    void noTwoNudgesComeWithinAWeek() {
        qt().forAll(
                        lists().of(integers().between(-90, -1)).ofSizeBetween(1, 60),
                        integers().between(1, 6))
                .checkAssert((offsets, later) -> {
                    if (PaceNudge.due(days(offsets), TODAY, null).isPresent()) {
                        assertFalse(PaceNudge.due(days(offsets), TODAY.plusDays(later), TODAY)
                                .isPresent());
                    }
                });
    }

    @Test
    void thePeriodAlwaysContainsTodayAndStartsAWholeNumberOfPeriodsAfterTheFirstDay() {
        qt().forAll(integers().between(0, 400)).checkAssert(since -> {
            LocalDate first = TODAY.minusDays(since);
            LocalDate start = PaceNudge.periodStart(first, TODAY);
            long offset = java.time.temporal.ChronoUnit.DAYS.between(first, start);
            assertTrue(offset % 30 == 0
                    && !start.isAfter(TODAY)
                    && start.plusDays(30).isAfter(TODAY));
        });
    }
}
