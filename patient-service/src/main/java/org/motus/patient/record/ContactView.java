package org.motus.patient.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the patient wants to be reached, as the record shows it: each part null until the patient sets it. */
public record ContactView(
        @Schema(nullable = true) ContactChannel preferredChannel,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone) {}
