package org.motus.therapist.library;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.therapist.dosage.Condition;
import org.motus.therapist.dosage.Dosage;

/** A clinic's own exercise, as a therapist writes it (create, or replace on edit). */
public record ExerciseDraft(
        @NotBlank @Pattern(regexp = "^[a-z0-9-]{2,80}$", message = "use 2-80 lower-case letters, digits and dashes")
        String slug,

        @NotBlank @Size(min = 2, max = 120) String name,
        @NotNull Pillar pillar,

        @Schema(description = "AEROBIC or STRENGTH when pillar is EXERCISE; empty otherwise")
        ExerciseKind kind,

        @NotNull @Size(min = 1, max = 6) List<@NotBlank String> regions,
        @NotNull @Size(min = 1, max = 12) List<@NotBlank @Size(max = 500) String> instructions,
        @Size(max = 12) List<@NotBlank @Size(max = 500) String> commonMistakes,
        @Size(max = 12) List<@NotBlank @Size(max = 500) String> contraindications,

        @Schema(
                description =
                        "Patient conditions the contraindications apply to (clinical-rules.md §20): a plan item with this exercise "
                                + "for a patient with one of them gets a CONTRAINDICATED_FOR_CONDITION warning. Needs a contraindications text.")
        @Size(max = 6)
        List<@NotNull Condition> contraindicatedConditions,

        @NotNull @Valid Dosage defaultDosage,

        @Schema(description = "Name of a shipped illustration (GET /api/v1/illustrations lists them)")
        @Pattern(regexp = "^[a-z0-9-]{2,60}$")
        String illustration,

        @Schema(description = "External https demonstration URL")
        @Size(max = 500)
        @Pattern(regexp = "^https://\\S+$", message = "must be an https URL")
        String mediaUrl) {}
