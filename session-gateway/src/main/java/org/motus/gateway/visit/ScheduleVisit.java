package org.motus.gateway.visit;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A therapist books a visit with a patient on their caseload. */
@Schema(name = "ScheduleVisit")
public record ScheduleVisit(
        @NotNull @Schema(description = "patient-service's id of a patient on your caseload")
        UUID patientId,

        @NotNull
        @Future
        @Schema(description = "Start, an ISO-8601 instant in the future", examples = "2026-12-01T09:00:00Z")
        Instant start,

        @NotNull @Min(5) @Max(180) @Schema(examples = "30") Integer durationMinutes,

        @NotBlank @Size(max = 500) @Schema(examples = "Follow-up: how the new exercises went")
        String reason) {}
