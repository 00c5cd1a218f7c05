package org.motus.patient.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * clinical-rules.md §3 and 12, the two-hour pain rule: a rise in pain during or right after a session
 * is acceptable when pain is back to the pre-session level at the follow-up taken in the window
 * 1 h 30 min - 4 h after the session ({@link FollowUpWindow}). A late follow-up is stored but does
 * not assess the rule, and never counts as met.
 */
public final class TwoHourRule {

    @Schema(name = "TwoHourOutcome") // the simple name is shared with another type: one schema would stand for both
    public enum Outcome {
        /** Follow-up pain, taken in the window, at or below the pre-session pain. */
        BACK_TO_BASELINE,
        /** Follow-up pain above the pre-session pain: the session was too much. */
        NOT_BACK,
        /** No follow-up recorded (yet). */
        FOLLOW_UP_MISSING,
        /** The follow-up came after the window closed: not assessed, never counts as met. */
        NOT_ASSESSED_LATE
    }

    private TwoHourRule() {}

    /**
     * @param painBefore   the pre-session pain, the baseline this rule compares against
     * @param painFollowUp the follow-up pain, or {@code null} when none was recorded
     * @param late         whether the follow-up came after the window closed
     */
    public static Outcome evaluate(int painBefore, Integer painFollowUp, boolean late) {
        PainScale.require(painBefore, "painBefore");
        if (painFollowUp == null) {
            return Outcome.FOLLOW_UP_MISSING;
        }
        PainScale.require(painFollowUp, "painFollowUp");
        if (late) {
            return Outcome.NOT_ASSESSED_LATE;
        }
        return painFollowUp <= painBefore ? Outcome.BACK_TO_BASELINE : Outcome.NOT_BACK;
    }
}
