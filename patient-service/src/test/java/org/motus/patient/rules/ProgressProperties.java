package org.motus.patient.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of weekly pain progress and the expected course (rule 9). */
class ProgressProperties {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = START.plusWeeks(10);

    @Provide
    Arbitrary<PainProgress.Reading> readings() {
        return Combinators.combine(Arbitraries.integers().between(0, 70), Arbitraries.integers().between(0, 10))
                .as((day, pain) -> new PainProgress.Reading(START.plusDays(day), pain));
    }

    @Property
    void weeklyMeansStayOnTheScaleAndReductionNeverExceedsAHundredPercent(
            @ForAll @IntRange(min = 1, max = 10) int baseline,
            @ForAll @Size(max = 80) List<PainProgress.@From("readings") Reading> readings) {
        List<PainProgress.Week> weeks = PainProgress.weekly(baseline, readings, START, TODAY, 52);
        assertEquals(11, weeks.size());
        assertEquals(readings.size(), weeks.stream().mapToInt(PainProgress.Week::readings).sum());
        for (PainProgress.Week week : weeks) {
            if (week.meanPain() != null) {
                assertTrue(week.meanPain() >= 0.0 && week.meanPain() <= 10.0);
                assertTrue(week.reductionPercent() <= 100.0);
            } else {
                assertEquals(ExpectedCourse.Status.NO_DATA, week.course());
            }
        }
    }

    @Property
    void moreReductionIsNeverAssessedWorse(@ForAll @IntRange(min = 1, max = 30) int week,
                                           @ForAll @DoubleRange(min = -100, max = 100) double reduction,
                                           @ForAll @DoubleRange(min = 0, max = 50) double more) {
        assertTrue(rank(ExpectedCourse.assess(week, reduction + more)) >= rank(ExpectedCourse.assess(week, reduction)));
    }

    @Property
    void reachingFiftyPercentIsAlwaysOnTrack(@ForAll @IntRange(min = 1, max = 52) int week,
                                             @ForAll @DoubleRange(min = 50, max = 100) double reduction) {
        assertEquals(ExpectedCourse.Status.ON_TRACK, ExpectedCourse.assess(week, reduction));
    }

    @Property
    void nothingIsBehindBeforeWeekFour(@ForAll @IntRange(min = 1, max = 3) int week,
                                       @ForAll @DoubleRange(min = -100, max = 100) double reduction) {
        assertNotEquals(ExpectedCourse.Status.BEHIND, ExpectedCourse.assess(week, reduction));
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
