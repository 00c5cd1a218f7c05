package org.motus.patient.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TwoHourRuleTest {

    @ParameterizedTest(name = "before {0}, follow-up {1} -> {2}")
    @CsvSource(nullValues = "missing", value = {
            "3, 3, BACK_TO_BASELINE",   // exactly at baseline
            "3, 4, NOT_BACK",           // one above
            "3, 2, BACK_TO_BASELINE",   // below baseline
            "3, missing, FOLLOW_UP_MISSING",
            "0, 0, BACK_TO_BASELINE",
            "0, 1, NOT_BACK",
            "10, 10, BACK_TO_BASELINE",
            "9, 10, NOT_BACK"})
    void followUpIsComparedWithThePainBeforeTheSession(int before, Integer followUp, TwoHourRule.Outcome expected) {
        assertEquals(expected, TwoHourRule.evaluate(before, followUp));
    }

    @Test
    void painOffTheScaleIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> TwoHourRule.evaluate(11, 3));
        assertThrows(IllegalArgumentException.class, () -> TwoHourRule.evaluate(3, -1));
    }
}
