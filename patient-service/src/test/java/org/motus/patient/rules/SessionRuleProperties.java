package org.motus.patient.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.WithNull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Properties of rules 3 and 4 and the advice over the whole 0-10 scale. */
class SessionRuleProperties {

    @Property
    void backToBaselineExactlyWhenTheFollowUpIsNotAboveThePainBefore(
            @ForAll @IntRange(max = 10) int before, @ForAll @IntRange(max = 10) int followUp) {
        TwoHourRule.Outcome outcome = TwoHourRule.evaluate(before, followUp);
        assertEquals(followUp <= before, outcome == TwoHourRule.Outcome.BACK_TO_BASELINE);
        assertNotEquals(TwoHourRule.Outcome.FOLLOW_UP_MISSING, outcome);
    }

    @Property
    void aMissingFollowUpIsAlwaysReportedAsMissing(@ForAll @IntRange(max = 10) int before) {
        assertEquals(TwoHourRule.Outcome.FOLLOW_UP_MISSING, TwoHourRule.evaluate(before, null));
    }

    @Property
    void lessPainAtTheFollowUpNeverTurnsBackToBaselineIntoNotBack(
            @ForAll @IntRange(max = 10) int before, @ForAll @IntRange(max = 10) int followUp) {
        if (TwoHourRule.evaluate(before, followUp) == TwoHourRule.Outcome.BACK_TO_BASELINE && followUp > 0) {
            assertEquals(TwoHourRule.Outcome.BACK_TO_BASELINE, TwoHourRule.evaluate(before, followUp - 1));
        }
    }

    @Property
    void theCeilingIsBrokenExactlyAboveThree(@ForAll @IntRange(max = 10) int during) {
        assertEquals(during > 3, ActivityCeiling.evaluate(during) == ActivityCeiling.Outcome.ABOVE);
    }

    @Property
    void adviceNeverReducesFrequency(@ForAll @IntRange(max = 10) int before,
                                     @ForAll @WithNull @IntRange(max = 10) Integer during,
                                     @ForAll @WithNull @IntRange(max = 10) Integer followUp) {
        Advice advice = SessionOutcome.evaluate(before, during, followUp).advice();
        assertEquals(Advice.Change.KEEP, advice.frequency());
    }

    @Property
    void intensityIsReducedExactlyWhenASessionBreaksARule(@ForAll @IntRange(max = 10) int before,
                                                          @ForAll @WithNull @IntRange(max = 10) Integer during,
                                                          @ForAll @WithNull @IntRange(max = 10) Integer followUp) {
        SessionOutcome outcome = SessionOutcome.evaluate(before, during, followUp);
        boolean brokeARule = (during != null && during > 3) || (followUp != null && followUp > before);
        assertEquals(brokeARule, outcome.advice() == Advice.REDUCE_INTENSITY);
        assertEquals(brokeARule, outcome.brokeTheCeiling() || outcome.painNotBack());
    }
}
