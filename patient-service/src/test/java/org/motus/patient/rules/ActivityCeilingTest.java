package org.motus.patient.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActivityCeilingTest {

    @ParameterizedTest(name = "peak during {0} -> {1}")
    @CsvSource({"0, WITHIN", "2, WITHIN", "3, WITHIN", "4, ABOVE", "10, ABOVE"})
    void threeIsTheHighestAcceptablePainDuringActivity(int peak, ActivityCeiling.Outcome expected) {
        assertEquals(expected, ActivityCeiling.evaluate(peak));
    }

    @Test
    void noReadingDuringTheSessionGivesNoOutcome() {
        assertNull(ActivityCeiling.evaluate(null));
    }

    @Test
    void theCeilingIsThreeOutOfTen() {
        assertEquals(3, ActivityCeiling.MAX_PAIN_DURING);
    }
}
