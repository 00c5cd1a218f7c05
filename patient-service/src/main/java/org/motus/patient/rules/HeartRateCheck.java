package org.motus.patient.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * clinical-rules.md §14, the heart rate recorded in a session: for a patient with fibromyalgia the
 * peak (else the average) above 80 % of the estimated maximum is ABOVE_CAP (flag, progression
 * holds); otherwise the average (else the peak) above the item's target zone is ABOVE_ZONE (advice).
 */
public final class HeartRateCheck {

    @Schema(name = "HeartRateOutcome") // the simple name is shared with another type: one schema would stand for both
    public enum Outcome {
        WITHIN,
        ABOVE_ZONE,
        ABOVE_CAP,
        NOT_RECORDED,
        NO_DATE_OF_BIRTH
    }

    /** The outcome and the numbers it used (null where they do not apply). */
    public record Result(Outcome outcome, Integer maxHeartRateBpm, Integer capBpm, Integer zoneHighBpm) {}

    private HeartRateCheck() {}

    /**
     * @param maxHeartRateBpm  the estimated maximum, null without a date of birth
     * @param fibromyalgia     whether the patient has fibromyalgia / chronic widespread pain
     * @param zoneHighPercent  the highest end of the session items' target zones (percent of max), or null
     * @param averageBpm       the recorded average, or null
     * @param peakBpm          the recorded peak, or null
     */
    public static Result check(
            Integer maxHeartRateBpm,
            boolean fibromyalgia,
            Integer zoneHighPercent,
            Integer averageBpm,
            Integer peakBpm) {
        Integer cap = maxHeartRateBpm != null && fibromyalgia
                ? MaxHeartRate.percentOf(maxHeartRateBpm, MaxHeartRate.FIBROMYALGIA_CAP_PERCENT)
                : null;
        Integer zoneHigh = maxHeartRateBpm != null && zoneHighPercent != null
                ? MaxHeartRate.percentOf(maxHeartRateBpm, zoneHighPercent)
                : null;
        if (averageBpm == null && peakBpm == null) {
            return new Result(Outcome.NOT_RECORDED, maxHeartRateBpm, cap, zoneHigh);
        }
        if (maxHeartRateBpm == null) {
            return new Result(Outcome.NO_DATE_OF_BIRTH, null, null, null);
        }
        if (cap != null && (peakBpm != null ? peakBpm : averageBpm) > cap) {
            return new Result(Outcome.ABOVE_CAP, maxHeartRateBpm, cap, zoneHigh);
        }
        if (zoneHigh != null && (averageBpm != null ? averageBpm : peakBpm) > zoneHigh) {
            return new Result(Outcome.ABOVE_ZONE, maxHeartRateBpm, cap, zoneHigh);
        }
        return new Result(Outcome.WITHIN, maxHeartRateBpm, cap, zoneHigh);
    }
}
