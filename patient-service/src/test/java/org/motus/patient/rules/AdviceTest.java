package org.motus.patient.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviceTest {

    @ParameterizedTest(name = "before {0}, during {1}, follow-up {2} -> {3} / {4} / {5}")
    @CsvSource(nullValues = "missing", value = {
            "3, 3, 3, BACK_TO_BASELINE, WITHIN, CONTINUE",
            "3, 4, 3, BACK_TO_BASELINE, ABOVE, REDUCE_INTENSITY",
            "3, 3, 4, NOT_BACK, WITHIN, REDUCE_INTENSITY",
            "3, 3, missing, FOLLOW_UP_MISSING, WITHIN, RECORD_FOLLOW_UP",
            "3, 4, missing, FOLLOW_UP_MISSING, ABOVE, REDUCE_INTENSITY",
            "5, missing, 5, BACK_TO_BASELINE, missing, CONTINUE"})
    void sessionOutcomesAndTheAdviceThatFollows(int before, Integer during, Integer followUp,
                                                TwoHourRule.Outcome twoHours, ActivityCeiling.Outcome ceiling, Advice advice) {
        SessionOutcome outcome = SessionOutcome.evaluate(before, during, followUp);
        assertEquals(twoHours, outcome.twoHourRule());
        assertEquals(ceiling, outcome.ceiling());
        assertEquals(advice, outcome.advice());
    }

    @Test
    void followUpAboveBaselineAdvisesLessIntensityNeverFewerSessions() {
        Advice advice = SessionOutcome.evaluate(2, 3, 3).advice();
        assertEquals(Advice.Change.REDUCE, advice.intensity());
        assertEquals(Advice.Change.KEEP, advice.frequency());
        assertTrue(advice.text().contains("Keep the same number of sessions"));
        assertFalse(advice.text().toLowerCase().contains("fewer"));
    }
}
