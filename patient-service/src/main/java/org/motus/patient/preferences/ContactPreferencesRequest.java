package org.motus.patient.preferences;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The patient's choice of how to be told what, replacing the previous one whole. */
public record ContactPreferencesRequest(
        @Schema(description = "Reminders to record the two-hour follow-up after a session") @NotNull @Valid
        Channels followUpReminders,

        @Schema(description = "A reminder on programme days, at programmeDayReminderTime") @NotNull @Valid
        Channels programmeDayReminders,

        @Schema(
                description = "Local time (HH:mm) of the programme-day reminder",
                example = "18:30",
                pattern = LocalTimes.PATTERN)
        @NotNull
        @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String programmeDayReminderTime,

        @Schema(description = "Reminders before a video visit") @NotNull @Valid
        Channels visitReminders,

        @Schema(description = "Notices of a new message from the care team") @NotNull @Valid
        Channels messageNotices,

        @Schema(nullable = true, description = "Local hours without reminders, or null for none") @Valid
        QuietHours quietHours) {}
