package org.motus.gateway.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient asks a therapist of their care team for a visit in one of the free slots. */
@Schema(name = "RequestVisit")
public record RequestVisit(
        @NotBlank @Size(max = 255) @Schema(description = "One of OpenSlots' therapists")
        String therapistSubject,

        @NotNull @Schema(description = "One of that therapist's free slots", examples = "2026-12-08T09:00:00Z")
        Instant start,

        @NotBlank @Size(max = 500) @Schema(examples = "My knee hurts more after the new exercises")
        String reason) {}
