package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 28); // a Wednesday

    @Test
    void weeklyMeanAndReductionAgainstTheBaseline() {
        List<PainProgress.Reading> readings = List.of(
                new PainProgress.Reading(START, 6),
                new PainProgress.Reading(START.plusDays(1), 5), // week 1: 5.5
                new PainProgress.Reading(START.plusDays(14), 3)); // week 3: 3
        List<PainProgress.Week> weeks = PainProgress.weekly(6, readings, START, START.plusDays(15), 52);

        assertEquals(3, weeks.size());
        assertEquals(LocalDate.of(2026, 10, 26), weeks.get(0).weekStart());
        assertEquals(5.5, weeks.get(0).meanPain());
        assertEquals(8.3, weeks.get(0).reductionPercent());
        assertEquals(ExpectedCourse.Status.ON_TRACK, weeks.get(0).course());
        assertNull(weeks.get(1).meanPain());
        assertEquals(ExpectedCourse.Status.NO_DATA, weeks.get(1).course());
        assertEquals(3, weeks.get(2).weekNumber());
        assertEquals(50.0, weeks.get(2).reductionPercent());
    }

    @Test
    void withoutABaselineThereIsNoReduction() {
        List<PainProgress.Week> weeks =
                PainProgress.weekly(null, List.of(new PainProgress.Reading(START, 4)), START, START, 52);
        assertEquals(4.0, weeks.get(0).meanPain());
        assertNull(weeks.get(0).reductionPercent());
    }

    @Test
    void onlyTheNewestWeeksAreKept() {
        List<PainProgress.Week> weeks = PainProgress.weekly(5, List.of(), START, START.plusWeeks(10), 4);
        assertEquals(4, weeks.size());
        assertEquals(11, weeks.get(3).weekNumber());
    }

    @org.junit.jupiter.api.Test
    void noReductionAgainstABaselineOfZero() {
        org.junit.jupiter.api.Assertions.assertNull(PainProgress.reduction(0, 2.0));
        org.junit.jupiter.api.Assertions.assertEquals(100.0, PainProgress.reduction(1, 0.0));
        org.junit.jupiter.api.Assertions.assertNull(PainProgress.reduction(null, 2.0));
        org.junit.jupiter.api.Assertions.assertNull(PainProgress.reduction(5, null));
    }
}
