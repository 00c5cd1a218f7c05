package org.motus.patient.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The patient's answer to one consent text: the version they read, and yes or no. */
public record ConsentDecisionRequest(
        @NotNull ConsentKind kind,

        @Schema(description = "The version of the text the patient read", example = "2026-12-01")
        @NotNull
        @Pattern(regexp = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", message = "must be a version such as 2026-12-01")
        String textVersion,

        @Schema(description = "true accepts; false declines, or withdraws an earlier acceptance") @NotNull
        Boolean accepted) {}
