package org.motus.patient.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * clinical-rules.md §4 and 13: pain during or right after activity should stay at or below the
 * patient's ceiling, 3/10 unless the treating therapist set another (0-10). The worst of "during"
 * and "right after" is judged. Resting pain is never judged against it.
 */
public final class ActivityCeiling {

    /** The ceiling when the therapist set none (rule 4). */
    public static final int DEFAULT = 3;

    @Schema(name = "CeilingOutcome") // the simple name is shared with another type: one schema would stand for both
    public enum Outcome {
        WITHIN,
        ABOVE
    }

    private ActivityCeiling() {}

    /** The worst of the two readings, or {@code null} when neither was recorded. */
    public static Integer worst(Integer during, Integer after) {
        if (during == null) {
            return after;
        }
        return after == null ? during : Math.max(during, after);
    }

    /**
     * @return ABOVE when the worst of during and right after is above the ceiling, {@code null} when
     *         neither was recorded
     */
    public static Outcome evaluate(int ceiling, Integer during, Integer after) {
        PainScale.require(ceiling, "ceiling");
        Integer worst = worst(during, after);
        if (worst == null) {
            return null;
        }
        PainScale.require(worst, "worst activity pain");
        return worst <= ceiling ? Outcome.WITHIN : Outcome.ABOVE;
    }
}
