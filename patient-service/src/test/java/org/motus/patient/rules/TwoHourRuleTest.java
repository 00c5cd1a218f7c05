package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TwoHourRuleTest {

    @ParameterizedTest(name = "before {0}, follow-up {1}, late {2} -> {3}")
    @CsvSource(
            nullValues = "missing",
            value = {
                "3, 3, false, BACK_TO_BASELINE", // exactly at baseline
                "3, 4, false, NOT_BACK", // one above
                "3, 2, false, BACK_TO_BASELINE", // below baseline
                "3, missing, false, FOLLOW_UP_MISSING",
                "3, missing, true, FOLLOW_UP_MISSING",
                "0, 0, false, BACK_TO_BASELINE",
                "0, 1, false, NOT_BACK",
                "10, 10, false, BACK_TO_BASELINE",
                "9, 10, false, NOT_BACK",
                "3, 3, true, NOT_ASSESSED_LATE", // issue 12: a late follow-up is never back to baseline
                "3, 4, true, NOT_ASSESSED_LATE"
            })
    void followUpIsComparedWithThePainBeforeTheSession(
            int before, Integer followUp, boolean late, TwoHourRule.Outcome expected) {
        assertEquals(expected, TwoHourRule.evaluate(before, followUp, late));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> everyPair() {
        return IntStream.rangeClosed(0, 10)
                .boxed()
                .flatMap(before -> IntStream.rangeClosed(0, 10).mapToObj(followUp -> arguments(before, followUp)));
    }

    /** Exhaustive over the 0-10 scale (replaces the jqwik property). */
    @ParameterizedTest(name = "before {0}, follow-up {1}")
    @MethodSource("everyPair")
    void backToBaselineExactlyWhenTheFollowUpIsNotAboveThePainBefore(int before, int followUp) {
        assertEquals(
                followUp <= before ? TwoHourRule.Outcome.BACK_TO_BASELINE : TwoHourRule.Outcome.NOT_BACK,
                TwoHourRule.evaluate(before, followUp, false));
        assertEquals(TwoHourRule.Outcome.NOT_ASSESSED_LATE, TwoHourRule.evaluate(before, followUp, true));
    }

    @Test
    void painOffTheScaleIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> TwoHourRule.evaluate(11, 3, false));
        assertThrows(IllegalArgumentException.class, () -> TwoHourRule.evaluate(3, -1, false));
        assertThrows(IllegalArgumentException.class, () -> TwoHourRule.evaluate(3, 11, true));
    }
}
