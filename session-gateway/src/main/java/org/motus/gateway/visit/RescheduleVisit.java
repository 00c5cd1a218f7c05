package org.motus.gateway.visit;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A participant moves a visit to another time, with a reason: the therapist to any time (and may
 * change its length), the patient to one of the therapist's free slots (the visit then waits for
 * the therapist to confirm it again).
 */
@Schema(name = "RescheduleVisit")
public record RescheduleVisit(
        @NotNull
        @Future
        @Schema(description = "The new start, an ISO-8601 instant in the future", examples = "2026-12-02T10:30:00Z")
        Instant start,

        @Min(5)
        @Max(180)
        @Schema(
                description = "The new length; the visit keeps its length when left out",
                nullable = true,
                examples = "30")
        Integer durationMinutes,

        @jakarta.validation.constraints.NotBlank
        @jakarta.validation.constraints.Size(max = 500)
        @Schema(description = "Why it moves: the other participant reads it", examples = "A clinic meeting moved")
        String reason) {}
