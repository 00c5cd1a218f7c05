package org.motus.patient.reminder;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The visit as the gateway booked it: whose it is and when it starts. */
public record VisitReminderRequest(
        @Schema(example = "6f1c2b7e-5d0a-4f3e-9a41-2f4b8c0d1e22") @NotNull
        UUID patientId,

        @Schema(example = "2026-12-08T09:30:00Z", description = "When the visit starts (ISO-8601 instant)") @NotNull
        Instant startsAt) {}
