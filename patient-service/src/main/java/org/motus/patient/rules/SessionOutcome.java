package org.motus.patient.rules;

/**
 * The computed rules for one exercise session: rules 3 and 12 (two hours, in the window), rules 4
 * and 13 (the patient's ceiling, worst of during and right after) and rule 14 (heart rate).
 */
public record SessionOutcome(
        TwoHourRule.Outcome twoHourRule,
        ActivityCeiling.Outcome ceiling,
        int ceilingUsed,
        Integer worstActivityPain,
        HeartRateCheck.Result heartRate) {

    /**
     * @param painBefore     the pre-session pain (required)
     * @param painDuringPeak peak pain during the session, or null
     * @param painAfter      pain right after, or null
     * @param painFollowUp   pain at the follow-up, or null
     * @param followUpLate   whether the follow-up came after its window
     * @param ceilingUsed    the patient's ceiling when the session was logged
     * @param heartRate      the heart-rate check (not a pain rule; carried along for the advice)
     */
    public static SessionOutcome evaluate(
            int painBefore,
            Integer painDuringPeak,
            Integer painAfter,
            Integer painFollowUp,
            boolean followUpLate,
            int ceilingUsed,
            HeartRateCheck.Result heartRate) {
        return new SessionOutcome(
                TwoHourRule.evaluate(painBefore, painFollowUp, followUpLate),
                ActivityCeiling.evaluate(ceilingUsed, painDuringPeak, painAfter),
                ceilingUsed,
                ActivityCeiling.worst(painDuringPeak, painAfter),
                heartRate);
    }

    public boolean brokeTheCeiling() {
        return ceiling == ActivityCeiling.Outcome.ABOVE;
    }

    public boolean painNotBack() {
        return twoHourRule == TwoHourRule.Outcome.NOT_BACK;
    }

    public boolean aboveHeartRateCap() {
        return heartRate != null && heartRate.outcome() == HeartRateCheck.Outcome.ABOVE_CAP;
    }
}
