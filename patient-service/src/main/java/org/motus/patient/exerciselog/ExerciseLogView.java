package org.motus.patient.exerciselog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.ActivityCeiling;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.HeartRateCheck;
import org.motus.patient.rules.RedFlag;
import org.motus.patient.rules.TwoHourRule;

/** A logged session with its pain readings and the rules computed from them (issue 12). */
// The wire (OpenAPI) name stays "SessionView": the web and the recorded consumer contracts use it.
@Schema(name = "SessionView")
public record ExerciseLogView(
        UUID id,
        UUID patientId,
        @Schema(nullable = true) UUID planId,
        @Schema(nullable = true) Integer planVersion,
        Instant startedAt,
        Instant endedAt,
        List<Item> items,
        @Schema(nullable = true) Integer averageHeartRateBpm,
        @Schema(nullable = true) Integer peakHeartRateBpm,
        @Schema(nullable = true) String note,

        @Schema(
                nullable = true,
                description = "Red-flag codes answered yes or found in the note; null when not screened")
        List<RedFlag> redFlags,

        int painBefore,
        @Schema(nullable = true) Integer painDuringPeak,
        @Schema(nullable = true) Integer painAfter,
        @Schema(nullable = true) Integer painFollowUp,
        @Schema(nullable = true) Instant followUpAt,
        @Schema(description = "clinical-rules.md §3 and 12") TwoHourRule.Outcome twoHourRule,

        @Schema(description = "The follow-up window (rule 12) and whether the follow-up came late")
        FollowUp followUp,

        @Schema(
                nullable = true,
                description =
                        "clinical-rules.md §4 and 13, worst of during and right after; null when neither was recorded")
        ActivityCeiling.Outcome ceiling,

        @Schema(description = "The patient's ceiling when the session was logged")
        int ceilingUsed,

        @Schema(nullable = true, description = "The worst of during and right after, or null")
        Integer worstActivityPain,

        @Schema(description = "clinical-rules.md §14") HeartRate heartRate,

        @Schema(description = "What the patient is told, most important first; never empty")
        List<Advice> advice,

        Instant recordedAt) {

    public record Item(
            int position,
            @Schema(nullable = true) UUID planItemId,
            @Schema(nullable = true) UUID exerciseId,
            @Schema(nullable = true) Integer sets,
            @Schema(nullable = true) Integer reps,
            @Schema(nullable = true) BigDecimal loadKg,
            @Schema(nullable = true) Integer holdSeconds,
            @Schema(nullable = true) Integer durationMinutes,
            @Schema(nullable = true) Integer targetZoneLowPercent,
            @Schema(nullable = true) Integer targetZoneHighPercent) {}

    /** @param late null while no follow-up was recorded */
    public record FollowUp(
            Instant windowOpensAt,
            Instant dueAt,
            Instant windowClosesAt,
            @Schema(nullable = true) Boolean late) {}

    public record HeartRate(
            HeartRateCheck.Outcome outcome,
            @Schema(nullable = true) Integer maxHeartRateBpm,
            @Schema(nullable = true) Integer capBpm,
            @Schema(nullable = true) Integer zoneHighBpm) {
        static HeartRate of(HeartRateCheck.Result result) {
            return new HeartRate(result.outcome(), result.maxHeartRateBpm(), result.capBpm(), result.zoneHighBpm());
        }
    }
}
