package org.motus.gateway.visit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The therapist's short visit note as the gateway answers it: clinical data, for the treating therapist only. */
@Schema(name = "VisitNote")
public record VisitNote(
        @Schema(description = "The note; empty when none was written yet")
        String text,

        @Schema(description = "When it was last written; null when never", nullable = true)
        Instant updatedAt) {}
