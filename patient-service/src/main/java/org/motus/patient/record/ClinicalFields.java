package org.motus.patient.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.PainScale;

/** What the treating therapist edits: date of birth, conditions and baseline pain (rule 1 scale). */
public record ClinicalFields(
        @Schema(nullable = true) @Past LocalDate dateOfBirth,
        @NotNull @Size(max = 7) Set<@NotNull Condition> conditions,

        @Schema(nullable = true) @Min(PainScale.MIN) @Max(PainScale.MAX)
        Integer baselinePain) {}
