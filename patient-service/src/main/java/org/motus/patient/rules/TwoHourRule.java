package org.motus.patient.rules;

/**
 * DOMAIN.md rule 3, the two-hour pain rule: a rise in pain during or right after a session is
 * acceptable when pain is back to the pre-session level by the follow-up about two hours later
 * (rule 2). The follow-up reading is the one the patient records as FOLLOW_UP for the session.
 */
public final class TwoHourRule {

    public enum Outcome {
        /** Follow-up pain at or below the pre-session pain. */
        BACK_TO_BASELINE,
        /** Follow-up pain above the pre-session pain: the session was too much. */
        NOT_BACK,
        /** No follow-up recorded (yet). */
        FOLLOW_UP_MISSING
    }

    private TwoHourRule() {
    }

    /**
     * @param painBefore   the pre-session pain, the baseline this rule compares against
     * @param painFollowUp the follow-up pain, or {@code null} when none was recorded
     */
    public static Outcome evaluate(int painBefore, Integer painFollowUp) {
        PainScale.require(painBefore, "painBefore");
        if (painFollowUp == null) {
            return Outcome.FOLLOW_UP_MISSING;
        }
        PainScale.require(painFollowUp, "painFollowUp");
        return painFollowUp <= painBefore ? Outcome.BACK_TO_BASELINE : Outcome.NOT_BACK;
    }
}
