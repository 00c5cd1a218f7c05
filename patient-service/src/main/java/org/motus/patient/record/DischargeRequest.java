package org.motus.patient.record;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.validation.Utf8MaxBytes;

/** Why the episode of care ends (a short discharge note), optional. */
public record DischargeRequest(
        @Schema(nullable = true, maxLength = 2000) @Size(max = 2000) @Utf8MaxBytes(8192)
        String note) {}
