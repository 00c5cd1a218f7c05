package org.motus.patient.prom.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of PROM scoring (quicktheories, seeded and shrinking). */
class PromScoringPropertiesTest {

    private static List<ItemAnswer> named(List<Integer> values) {
        List<ItemAnswer> answers = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            answers.add(new ItemAnswer("activity " + i, values.get(i)));
        }
        return answers;
    }

    @Test
    void aPsfsScoreStaysBetweenItsLowestAndHighestRating() {
        qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(3, 5)).checkAssert(values -> {
            BigDecimal score = PromScoring.score(Instrument.PSFS, named(values));
            assertTrue(score.compareTo(BigDecimal.valueOf(Collections.min(values))) >= 0);
            assertTrue(score.compareTo(BigDecimal.valueOf(Collections.max(values))) <= 0);
        });
    }

    @Test
    void theOrderOfThePsfsActivitiesDoesNotChangeTheScore() {
        qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(3, 5)).checkAssert(values -> {
            List<Integer> reversed = new ArrayList<>(values);
            Collections.reverse(reversed);
            assertEquals(
                    PromScoring.score(Instrument.PSFS, named(values)),
                    PromScoring.score(Instrument.PSFS, named(reversed)));
        });
    }

    @Test
    void aPegScoreTimesThreeIsTheSumOfItsItemsWithinRounding() {
        qt().forAll(
                        integers().between(0, 10),
                        integers().between(0, 10),
                        integers().between(0, 10))
                .checkAssert((p, e, g) -> {
                    BigDecimal score = PromScoring.score(
                            Instrument.PEG_3,
                            List.of(
                                    new ItemAnswer("pain", p),
                                    new ItemAnswer("enjoyment", e),
                                    new ItemAnswer("activity", g)));
                    BigDecimal gap = score.multiply(BigDecimal.valueOf(3))
                            .subtract(BigDecimal.valueOf(p + e + g))
                            .abs();
                    assertTrue(gap.compareTo(new BigDecimal("0.015")) <= 0);
                });
    }
}
