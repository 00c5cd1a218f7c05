package org.motus.patient.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record's administrative details an admin edits: the name it is shown by. */
public record PatientDetails(
        @NotBlank @Size(max = 200) @Schema(maxLength = 200) String displayName) {}
