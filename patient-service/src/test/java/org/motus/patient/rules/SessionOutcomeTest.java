package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionOutcomeTest {

    private static final HeartRateCheck.Result CAP = HeartRateCheck.check(175, true, null, 150, 172);
    private static final HeartRateCheck.Result OK = HeartRateCheck.check(175, true, null, 120, 130);

    @Test
    void whichRulesASessionBroke() {
        SessionOutcome broke = SessionOutcome.evaluate(3, 4, 2, 4, false, 3, CAP);
        assertTrue(broke.brokeTheCeiling());
        assertTrue(broke.painNotBack());
        assertTrue(broke.aboveHeartRateCap());
        assertEquals(4, broke.worstActivityPain());
        assertEquals(3, broke.ceilingUsed());

        SessionOutcome fine = SessionOutcome.evaluate(3, 3, 3, 3, false, 3, OK);
        assertFalse(fine.brokeTheCeiling());
        assertFalse(fine.painNotBack());
        assertFalse(fine.aboveHeartRateCap());
        assertFalse(SessionOutcome.evaluate(3, 3, 3, 3, false, 3, null).aboveHeartRateCap());
        assertFalse(SessionOutcome.evaluate(3, 3, 3, 4, true, 3, OK).painNotBack()); // late: not assessed
    }

    @Test
    void nothingRecordedAroundTheSession() {
        SessionOutcome outcome = SessionOutcome.evaluate(3, null, null, null, false, 5, null);
        assertNull(outcome.ceiling());
        assertNull(outcome.worstActivityPain());
        assertFalse(outcome.brokeTheCeiling());
        assertEquals(TwoHourRule.Outcome.FOLLOW_UP_MISSING, outcome.twoHourRule());
        assertEquals(5, outcome.ceilingUsed());
    }
}
