package org.motus.patient.reminder;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reminder given up on, for admins: whose it was, what kind, and why deciding it failed; no health
 * data (a reminder names its cause by id only).
 */
public record FailedReminderView(
        UUID id,

        @Schema(description = "The patient record it was for")
        UUID patientId,

        ReminderKind kind,

        @Schema(description = "When it was last due (its planned time, or its last retry)")
        Instant dueAt,

        int attempts,

        @Schema(nullable = true, description = "The last failure: exception class and message")
        String lastError,

        @Schema(description = "When it was given up") Instant failedAt) {

    static FailedReminderView of(Reminder reminder) {
        return new FailedReminderView(
                reminder.id,
                reminder.patientId,
                reminder.kind,
                reminder.dueAt,
                reminder.attempts,
                reminder.lastError,
                reminder.settledAt);
    }
}
