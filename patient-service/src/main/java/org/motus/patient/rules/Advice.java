package org.motus.patient.rules;

/**
 * What the patient is told after a session. DOMAIN.md rule 3: when a session was too much, reduce
 * the intensity (load, hold, duration), never the frequency; rule 7: consistency beats intensity.
 */
public enum Advice {
    CONTINUE(Change.KEEP, "Well done. Keep going as prescribed."),
    RECORD_FOLLOW_UP(Change.KEEP, "Rate your pain again about two hours after the session."),
    REDUCE_INTENSITY(Change.REDUCE,
            "Next time make it lighter: less load, shorter holds or a shorter duration. Keep the same number of sessions.");

    public enum Change { KEEP, REDUCE }

    private final Change intensity;
    private final String text;

    Advice(Change intensity, String text) {
        this.intensity = intensity;
        this.text = text;
    }

    public Change intensity() {
        return intensity;
    }

    /** Rule 3 and rule 7: advice never touches how often the patient exercises. */
    public Change frequency() {
        return Change.KEEP;
    }

    public String text() {
        return text;
    }

    /** The advice that follows from a session's two-hour rule and ceiling outcomes. */
    public static Advice after(TwoHourRule.Outcome twoHourRule, ActivityCeiling.Outcome ceiling) {
        if (twoHourRule == TwoHourRule.Outcome.NOT_BACK || ceiling == ActivityCeiling.Outcome.ABOVE) {
            return REDUCE_INTENSITY;
        }
        if (twoHourRule == TwoHourRule.Outcome.FOLLOW_UP_MISSING) {
            return RECORD_FOLLOW_UP;
        }
        return CONTINUE;
    }
}
