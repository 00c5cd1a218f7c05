package org.motus.patient.reminder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of failed reminders, newest first; {@code next} asks for the page after it. */
public record FailedReminderPage(
        List<FailedReminderView> items,

        @Schema(nullable = true, description = "Pass as 'cursor' for the next page; null on the last page")
        String next) {}
