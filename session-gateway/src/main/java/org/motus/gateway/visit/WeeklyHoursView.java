package org.motus.gateway.visit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A therapist's weekly hours and the clinic's rules for the slots offered from them. */
@Schema(name = "WeeklyHoursView")
public record WeeklyHoursView(
        @Schema(description = "The time zone the hours are in; null until the therapist sets hours", nullable = true)
        String timeZone,

        List<WeeklyHours.Window> windows,

        @Schema(description = "How long a visit a patient asks for lasts (the clinic's setting)")
        int visitLengthMinutes,

        @Schema(description = "The gap kept before and after every visit (the clinic's setting)")
        int bufferMinutes,

        @Schema(description = "When the hours were last saved; null until then", nullable = true)
        Instant updatedAt) {}
