package org.motus.patient.preferences;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Local hours in which no reminder is sent (they wait until the end). They may cross midnight
 * (22:00 to 07:00); start and end must differ.
 */
public record QuietHours(
        @Schema(example = "22:00", pattern = LocalTimes.PATTERN)
        @NotNull
        @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String start,

        @Schema(example = "07:00", pattern = LocalTimes.PATTERN)
        @NotNull
        @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String end) {}
