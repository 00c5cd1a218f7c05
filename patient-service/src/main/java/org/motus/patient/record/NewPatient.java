package org.motus.patient.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record an admin or a therapist creates before the patient first signs in, linked to their
 * Keycloak account by subject. A therapist who creates one joins its care team.
 */
public record NewPatient(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9._@:-]{1,255}$", message = "must be a Keycloak subject")
        String subject,

        @NotBlank @Size(max = 200) String displayName,
        @Schema(nullable = true) @Valid ClinicalFields clinical) {}
