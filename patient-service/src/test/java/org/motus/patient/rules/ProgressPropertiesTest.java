package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of weekly pain progress and the expected course (rule 9). */
class ProgressPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = START.plusWeeks(10);

    @Test
    void weeklyMeansStayOnTheScaleAndReductionNeverExceedsAHundredPercent() {
        qt().forAll(
                        integers().between(1, 10),
                        lists().of(integers().between(0, 70 * 11 - 1)).ofSizeBetween(0, 80))
                .checkAssert((baseline, encoded) -> {
                    List<PainProgress.Reading> readings = encoded.stream()
                            .map(code -> new PainProgress.Reading(START.plusDays(code / 11), code % 11))
                            .toList();
                    List<PainProgress.Week> weeks = PainProgress.weekly(baseline, readings, START, TODAY, 52);
                    assertEquals(11, weeks.size());
                    assertEquals(
                            readings.size(),
                            weeks.stream().mapToInt(PainProgress.Week::readings).sum());
                    for (PainProgress.Week week : weeks) {
                        if (week.meanPain() != null) {
                            assertTrue(week.meanPain() >= 0.0 && week.meanPain() <= 10.0);
                            assertTrue(week.reductionPercent() <= 100.0);
                        } else {
                            assertEquals(ExpectedCourse.Status.NO_DATA, week.course());
                        }
                    }
                });
    }

    /**
     * The newest {@code maxWeeks} are the same weeks, numbered the same, whether or not the older ones are built: a
     * programme up to three years old, 1-60 weeks kept, readings on any of its days.
     */
    @Test
    void theNewestWeeksAreTheTailOfTheWholeProgramme() {
        qt().forAll(
                        integers().between(0, 3 * 365),
                        integers().between(1, 60),
                        lists().of(integers().between(0, 3 * 365 * 11)).ofSizeBetween(0, 40))
                .checkAssert((daysInCare, maxWeeks, encoded) -> {
                    LocalDate start = TODAY.minusDays(daysInCare);
                    List<PainProgress.Reading> readings = encoded.stream()
                            .map(code ->
                                    new PainProgress.Reading(start.plusDays(code / 11 % (daysInCare + 1)), code % 11))
                            .toList();
                    List<PainProgress.Week> all = PainProgress.weekly(4, readings, start, TODAY, 1000);
                    List<PainProgress.Week> newest = PainProgress.weekly(4, readings, start, TODAY, maxWeeks);
                    assertEquals(all.subList(Math.max(0, all.size() - maxWeeks), all.size()), newest);
                    assertEquals(
                            Weeks.number(start, TODAY), all.get(all.size() - 1).weekNumber());
                });
    }

    /** Reductions in tenths of a percent, as the service rounds them: -100.0 .. 100.0 in every week 1-30. */
    @Test
    void moreReductionIsNeverAssessedWorse() {
        qt().forAll(
                        integers().between(1, 30),
                        integers().between(-1000, 1000),
                        integers().between(0, 500))
                .checkAssert((week, tenths, more) ->
                        assertTrue(rank(ExpectedCourse.assess(week, (tenths + more) / 10.0))
                                >= rank(ExpectedCourse.assess(week, tenths / 10.0))));
    }

    /** Exhaustive over weeks 1-52 and whole percents -100..100. */
    @Test
    void fiftyPercentIsOnTrackAndNothingIsBehindBeforeWeekFour() {
        for (int week = 1; week <= 52; week++) {
            for (int reduction = -100; reduction <= 100; reduction++) {
                ExpectedCourse.Status status = ExpectedCourse.assess(week, (double) reduction);
                if (reduction >= 50) {
                    assertEquals(ExpectedCourse.Status.ON_TRACK, status);
                }
                if (week < 4) {
                    assertNotEquals(ExpectedCourse.Status.BEHIND, status);
                }
            }
        }
    }

    private static int rank(ExpectedCourse.Status status) {
        return switch (status) {
            case BEHIND -> 0;
            case TOO_EARLY -> 1;
            case ON_TRACK -> 2;
            case NO_DATA -> throw new AssertionError("a reduction was given");
        };
    }
}
