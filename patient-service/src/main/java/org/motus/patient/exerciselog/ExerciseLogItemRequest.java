package org.motus.patient.exerciselog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item done: which plan item (or exercise) and the actual dosage. */
// The wire (OpenAPI) name stays "SessionItemRequest": the web and the recorded consumer contracts use it.
@Schema(name = "SessionItemRequest")
public record ExerciseLogItemRequest(
        @Schema(nullable = true, description = "The plan item (therapist-service) this was")
        UUID planItemId,

        @Schema(nullable = true, description = "The library exercise, when no plan item applies")
        UUID exerciseId,

        @Schema(nullable = true) @Min(0) @Max(20) Integer sets,
        @Schema(nullable = true) @Min(0) @Max(500) Integer reps,

        @Schema(nullable = true) @DecimalMin("0") @DecimalMax("500") @Digits(integer = 3, fraction = 2)
        BigDecimal loadKg,

        @Schema(nullable = true) @Min(0) @Max(3600) Integer holdSeconds,
        @Schema(nullable = true) @Min(0) @Max(600) Integer durationMinutes,

        @Schema(
                nullable = true,
                description =
                        "The item's prescribed heart-rate zone from the plan, percent of the estimated maximum; with targetZoneHighPercent or not at all")
        @Min(1)
        @Max(100)
        Integer targetZoneLowPercent,

        @Schema(nullable = true) @Min(1) @Max(100) Integer targetZoneHighPercent) {

    @JsonIgnore
    @AssertTrue(message = "targetZoneLowPercent and targetZoneHighPercent come together, low at most high")
    public boolean isZoneComplete() {
        if (targetZoneLowPercent == null || targetZoneHighPercent == null) {
            return targetZoneLowPercent == null && targetZoneHighPercent == null;
        }
        return targetZoneLowPercent <= targetZoneHighPercent;
    }

    @JsonIgnore
    @AssertTrue(message = "name the plan item or the exercise")
    public boolean isIdentified() {
        return planItemId != null || exerciseId != null;
    }

    ExerciseLogItem toItem() {
        ExerciseLogItem item = new ExerciseLogItem();
        item.planItemId = planItemId;
        item.exerciseId = exerciseId;
        item.sets = sets;
        item.reps = reps;
        item.loadKg = loadKg;
        item.holdSeconds = holdSeconds;
        item.durationMinutes = durationMinutes;
        item.targetZoneLowPercent = targetZoneLowPercent;
        item.targetZoneHighPercent = targetZoneHighPercent;
        return item;
    }
}
