package org.motus.patient.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rule 18: the patient's IANA time zone, e.g. Europe/Berlin. */
public record TimeZoneRequest(
        @Schema(description = "An IANA time zone id", example = "Europe/Berlin") @NotBlank @Size(max = 64)
        String timeZone) {}
