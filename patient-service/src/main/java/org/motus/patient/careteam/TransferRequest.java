package org.motus.patient.careteam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.validation.Utf8MaxBytes;

/** Hand the patient from one therapist on the care team to another, saying why. */
public record TransferRequest(
        @NotNull @Pattern(regexp = CareTeamResource.SUBJECT_PATTERN)
        String fromTherapistSubject,

        @NotNull @Pattern(regexp = CareTeamResource.SUBJECT_PATTERN)
        String toTherapistSubject,

        @NotBlank @Size(max = 1000) @Utf8MaxBytes(Utf8MaxBytes.NOTE) @Schema(maxLength = 1000)
        String note) {}
