package org.motus.patient.rules;

/** DOMAIN.md rule 4: pain during activity should stay at or below 3/10; above raises a flag. */
public final class ActivityCeiling {

    /** The highest acceptable pain during activity (rule 4). */
    public static final int MAX_PAIN_DURING = 3;

    public enum Outcome { WITHIN, ABOVE }

    private ActivityCeiling() {
    }

    /** @return the outcome for the peak pain during the session, or {@code null} when none was recorded */
    public static Outcome evaluate(Integer painDuringPeak) {
        if (painDuringPeak == null) {
            return null;
        }
        PainScale.require(painDuringPeak, "painDuringPeak");
        return painDuringPeak <= MAX_PAIN_DURING ? Outcome.WITHIN : Outcome.ABOVE;
    }
}
