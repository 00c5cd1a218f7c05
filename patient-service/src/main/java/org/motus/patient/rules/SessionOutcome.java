package org.motus.patient.rules;

/** The computed rules for one exercise session: rule 3 (two hours), rule 4 (ceiling) and the advice. */
public record SessionOutcome(TwoHourRule.Outcome twoHourRule, ActivityCeiling.Outcome ceiling, Advice advice) {

    /**
     * @param painBefore     the pre-session pain (required)
     * @param painDuringPeak peak pain during the session, or null
     * @param painFollowUp   pain at the follow-up about two hours later, or null
     */
    public static SessionOutcome evaluate(int painBefore, Integer painDuringPeak, Integer painFollowUp) {
        TwoHourRule.Outcome twoHours = TwoHourRule.evaluate(painBefore, painFollowUp);
        ActivityCeiling.Outcome ceiling = ActivityCeiling.evaluate(painDuringPeak);
        return new SessionOutcome(twoHours, ceiling, Advice.after(twoHours, ceiling));
    }

    public boolean brokeTheCeiling() {
        return ceiling == ActivityCeiling.Outcome.ABOVE;
    }

    public boolean painNotBack() {
        return twoHourRule == TwoHourRule.Outcome.NOT_BACK;
    }
}
