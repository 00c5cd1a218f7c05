package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motus.patient.rules.EpisodeOutcome.Meaning;
import org.motus.patient.rules.EpisodeOutcome.Pain;
import org.motus.patient.rules.EpisodeOutcome.Reading;

/** The end of an episode against its baseline, for the discharge summary (rules 9 and 17). */
class EpisodeOutcomeTest {

    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    private static List<Reading> lastWeek(int... pains) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            readings.add(new Reading(LAST.minusDays(i % EpisodeOutcome.END_WINDOW_DAYS), pains[i]));
        }
        return readings;
    }

    @Test
    void withoutAnyReadingNothingIsAssessed() {
        Pain pain = EpisodeOutcome.pain(6, List.of());
        assertEquals(new Pain(6, null, 0, null, null, null, null, Meaning.NOT_ASSESSED), pain);
    }

    @Test
    void withoutABaselineTheEndIsReportedButNotJudged() {
        Pain pain = EpisodeOutcome.pain(null, lastWeek(3, 4));
        assertEquals(new Pain(null, 3.5, 2, LAST.minusDays(6), LAST, null, null, Meaning.NOT_ASSESSED), pain);
    }

    @Test
    void onlyTheSevenDaysEndingOnTheNewestReadingCount() {
        List<Reading> readings = new ArrayList<>(lastWeek(2, 2));
        readings.add(new Reading(LAST.minusDays(6), 4)); // first day of the window: counts
        readings.add(new Reading(LAST.minusDays(7), 10)); // one day before: does not
        Pain pain = EpisodeOutcome.pain(8, readings);
        assertEquals(3, pain.endReadings());
        assertEquals(2.7, pain.endMeanPain());
        assertEquals(LAST.minusDays(6), pain.endWindowFrom());
        assertEquals(LAST, pain.endWindowTo());
        assertEquals(-5.3, pain.changePoints());
        assertEquals(66.7, pain.reductionPercent());
    }

    @Test
    void aWindowEndsOnTheNewestReadingWhateverOrderTheyCome() {
        List<Reading> readings = List.of(new Reading(LAST.minusDays(20), 9), new Reading(LAST, 1));
        Pain pain = EpisodeOutcome.pain(6, readings);
        assertEquals(LAST, pain.endWindowTo());
        assertEquals(1, pain.endReadings());
    }

    @Test
    void halfTheBaselineOrBetterReachesTheRule9Target() {
        assertEquals(Meaning.TARGET_REACHED, EpisodeOutcome.meaning(6, 3, 1));
        assertEquals(Meaning.IMPROVED, EpisodeOutcome.meaning(6, 301, 100));
        assertEquals(Meaning.TARGET_REACHED, EpisodeOutcome.meaning(2, 1, 1));
    }

    @Test
    void twoPointsOrThirtyPercentLessIsAnImportantImprovement() {
        // 10 -> 8: 2 points (20 %): improved by points.
        assertEquals(Meaning.IMPROVED, EpisodeOutcome.meaning(10, 8, 1));
        assertEquals(Meaning.NO_IMPORTANT_CHANGE, EpisodeOutcome.meaning(10, 801, 100));
        // 3 -> 2.1: 0.9 points but 30 %: improved by percent.
        assertEquals(Meaning.IMPROVED, EpisodeOutcome.meaning(3, 21, 10));
        assertEquals(Meaning.NO_IMPORTANT_CHANGE, EpisodeOutcome.meaning(3, 211, 100));
    }

    @Test
    void twoPointsAboveTheBaselineIsWorse() {
        assertEquals(Meaning.WORSENED, EpisodeOutcome.meaning(4, 6, 1));
        assertEquals(Meaning.NO_IMPORTANT_CHANGE, EpisodeOutcome.meaning(4, 599, 100));
        assertEquals(Meaning.WORSENED, EpisodeOutcome.meaning(0, 2, 1));
    }

    @Test
    void aZeroBaselineThatStaysAtZeroIsNoChange() {
        Pain pain = EpisodeOutcome.pain(0, lastWeek(0, 0));
        assertEquals(Meaning.NO_IMPORTANT_CHANGE, pain.meaning());
        assertEquals(0.0, pain.changePoints());
        assertNull(pain.reductionPercent());
        assertEquals(Meaning.NO_IMPORTANT_CHANGE, EpisodeOutcome.meaning(0, 19, 10));
    }

    @Test
    void theMeaningIsJudgedOnTheExactMean() {
        // 5, 5, 6 -> 5.333 (shown 5.3): 8 - 5.333 = 2.67 points (33 %), improved; the shown value agrees.
        Pain pain = EpisodeOutcome.pain(8, lastWeek(5, 5, 6));
        assertEquals(5.3, pain.endMeanPain());
        assertEquals(Meaning.IMPROVED, pain.meaning());
        // 4.96 (124/25) is shown as 5.0 and judged as 50.4 %: target; 5.04 (126/25) is 49.6 %: improved.
        assertEquals(Meaning.TARGET_REACHED, EpisodeOutcome.meaning(10, 124, 25));
        assertEquals(Meaning.IMPROVED, EpisodeOutcome.meaning(10, 126, 25));
    }

    @Test
    void aBaselineOffTheScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EpisodeOutcome.pain(11, List.of()));
        assertThrows(IllegalArgumentException.class, () -> EpisodeOutcome.pain(-1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Reading(LAST, 11));
    }

    @Test
    void theMeaningAgreesWithTheChangeAndTheEndStaysOnTheScale() {
        qt().forAll(
                        integers().between(0, 10),
                        lists().of(integers().between(0, 30 * 11 - 1)).ofSizeBetween(1, 60))
                .checkAssert((baseline, encoded) -> {
                    List<Reading> readings = encoded.stream()
                            .map(code -> new Reading(LAST.minusDays(code / 11), code % 11))
                            .toList();
                    Pain pain = EpisodeOutcome.pain(baseline, readings);
                    assertTrue(pain.endMeanPain() >= 0 && pain.endMeanPain() <= 10);
                    assertTrue(pain.endReadings() >= 1 && pain.endReadings() <= readings.size());
                    double change = pain.changePoints();
                    switch (pain.meaning()) {
                        case WORSENED -> assertTrue(change >= 1.95, pain.toString());
                        case TARGET_REACHED, IMPROVED -> assertTrue(change < 0, pain.toString());
                        case NO_IMPORTANT_CHANGE -> assertTrue(change > -2.05 && change < 2.05, pain.toString());
                        case NOT_ASSESSED -> throw new AssertionError("assessed with a baseline: " + pain);
                    }
                    if (pain.meaning() == Meaning.TARGET_REACHED) {
                        assertTrue(pain.reductionPercent() >= 49.95, pain.toString());
                    }
                });
    }
}
