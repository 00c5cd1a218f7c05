package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityCeilingTest {

    @ParameterizedTest(name = "ceiling {0}, during {1}, after {2} -> {3}")
    @CsvSource(
            nullValues = "missing",
            value = {
                "3, 3, 3, WITHIN",
                "3, 4, 3, ABOVE", // during just above
                "3, 3, 4, ABOVE", // right after just above (rule 13: during OR right after)
                "3, missing, 4, ABOVE",
                "3, 4, missing, ABOVE",
                "3, missing, 3, WITHIN",
                "6, 6, 6, WITHIN", // a patient-specific ceiling
                "6, 7, 2, ABOVE",
                "0, 0, 0, WITHIN",
                "0, 0, 1, ABOVE",
                "10, 10, 10, WITHIN"
            })
    void theWorstOfDuringAndAfterIsJudgedAgainstTheCeiling(
            int ceiling, Integer during, Integer after, ActivityCeiling.Outcome expected) {
        assertEquals(expected, ActivityCeiling.evaluate(ceiling, during, after));
    }

    /** Exhaustive over the scale (11 x 11 x 11): ABOVE exactly when during or after is above the ceiling. */
    @Test
    void aboveExactlyWhenEitherReadingIsAboveTheCeiling() {
        for (int ceiling = 0; ceiling <= 10; ceiling++) {
            for (int during = 0; during <= 10; during++) {
                for (int after = 0; after <= 10; after++) {
                    assertEquals(
                            during > ceiling || after > ceiling
                                    ? ActivityCeiling.Outcome.ABOVE
                                    : ActivityCeiling.Outcome.WITHIN,
                            ActivityCeiling.evaluate(ceiling, during, after),
                            ceiling + "/" + during + "/" + after);
                    assertEquals(Math.max(during, after), ActivityCeiling.worst(during, after));
                }
            }
        }
    }

    @Test
    void noReadingGivesNoOutcome() {
        assertNull(ActivityCeiling.evaluate(3, null, null));
        assertNull(ActivityCeiling.worst(null, null));
        assertEquals(5, ActivityCeiling.worst(null, 5));
        assertEquals(5, ActivityCeiling.worst(5, null));
    }

    @Test
    void theDefaultCeilingIsThreeAndOffScaleValuesAreProgrammingErrors() {
        assertEquals(3, ActivityCeiling.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> ActivityCeiling.evaluate(11, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> ActivityCeiling.evaluate(-1, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> ActivityCeiling.evaluate(3, 11, null));
    }
}
