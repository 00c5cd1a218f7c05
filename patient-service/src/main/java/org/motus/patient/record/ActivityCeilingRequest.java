package org.motus.patient.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.PainScale;

/** Rule 13: the treating therapist sets a patient-specific activity ceiling, always with a reason. */
public record ActivityCeilingRequest(
        @Schema(
                description = "Highest acceptable pain during or right after activity, 0-10",
                minimum = "0",
                maximum = "10")
        @NotNull
        @Min(PainScale.MIN)
        @Max(PainScale.MAX)
        Integer painCeiling,

        @Schema(description = "Why, e.g. a high resting baseline; 1-500 characters") @NotBlank @Size(max = 500)
        String reason) {}
