package org.motus.patient.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.validation.Utf8MaxBytes;

/** What the patient edits on their own record: goals and contact preferences. */
public record GoalsAndContact(
        @Schema(nullable = true) @Utf8MaxBytes(Utf8MaxBytes.NOTE)
        String goals,

        @NotNull @Valid ContactPreferences contact) {}
