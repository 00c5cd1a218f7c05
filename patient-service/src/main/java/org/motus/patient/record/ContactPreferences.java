package org.motus.patient.record;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the patient wants to be reached; the patient edits it. */
public record ContactPreferences(
        @NotNull ContactChannel preferredChannel,
        @Schema(nullable = true) @Email @Size(max = 254) String email,

        @Schema(nullable = true) @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "{motus.phone}")
        String phone) {}
