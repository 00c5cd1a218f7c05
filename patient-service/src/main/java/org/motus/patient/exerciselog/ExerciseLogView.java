package org.motus.patient.exerciselog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.ActivityCeiling;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.HeartRateCheck;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.TwoHourRule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A logged session with its pain readings and the rules computed from them (issue 12). */
// The wire (OpenAPI) name stays "SessionView": the web and the recorded consumer contracts use it.
@Schema(name = "SessionView")
public record ExerciseLogView(
        UUID id,
        UUID patientId,
        UUID planId,
        Integer planVersion,
        Instant startedAt,
        Instant endedAt,
        List<Item> items,
        Integer averageHeartRateBpm,
        Integer peakHeartRateBpm,
        String note,
        @Schema(description = "Red-flag codes answered yes or found in the note; null when not screened") List<RedFlag> redFlags,
        int painBefore,
        Integer painDuringPeak,
        Integer painAfter,
        Integer painFollowUp,
        Instant followUpAt,
        @Schema(description = "clinical-rules.md §3 and 12") TwoHourRule.Outcome twoHourRule,
        @Schema(description = "The follow-up window (rule 12) and whether the follow-up came late") FollowUp followUp,
        @Schema(description = "clinical-rules.md §4 and 13, worst of during and right after; null when neither was recorded")
        ActivityCeiling.Outcome ceiling,
        @Schema(description = "The patient's ceiling when the session was logged") int ceilingUsed,
        @Schema(description = "The worst of during and right after, or null") Integer worstActivityPain,
        @Schema(description = "clinical-rules.md §14") HeartRate heartRate,
        @Schema(description = "What the patient is told, most important first; never empty") List<Advice> advice,
        Instant recordedAt) {

    public record Item(int position, UUID planItemId, UUID exerciseId, Integer sets, Integer reps, BigDecimal loadKg,
                       Integer holdSeconds, Integer durationMinutes, Integer targetZoneLowPercent,
                       Integer targetZoneHighPercent) {
    }

    /** @param late null while no follow-up was recorded */
    public record FollowUp(Instant windowOpensAt, Instant dueAt, Instant windowClosesAt, Boolean late) {
    }

    public record HeartRate(HeartRateCheck.Outcome outcome, Integer maxHeartRateBpm, Integer capBpm, Integer zoneHighBpm) {
        static HeartRate of(HeartRateCheck.Result result) {
            return new HeartRate(result.outcome(), result.maxHeartRateBpm(), result.capBpm(), result.zoneHighBpm());
        }
    }
}
