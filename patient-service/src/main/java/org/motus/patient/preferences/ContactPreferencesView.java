package org.motus.patient.preferences;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the patient wants to be told what; the defaults until they choose. */
public record ContactPreferencesView(
        Channels followUpReminders,
        Channels programmeDayReminders,

        @Schema(description = "Local time (HH:mm) of the programme-day reminder")
        String programmeDayReminderTime,

        Channels visitReminders,
        Channels messageNotices,
        @Schema(nullable = true) QuietHours quietHours,

        @Schema(nullable = true, description = "When the patient last chose; null while these are the defaults")
        Instant updatedAt) {

    /** In-app notices for everything, nothing by email or push until the patient turns it on, quiet 22:00-07:00. */
    static final ContactPreferencesView DEFAULTS = new ContactPreferencesView(
            inAppOnly(), inAppOnly(), "18:00", inAppOnly(), inAppOnly(), new QuietHours("22:00", "07:00"), null);

    private static Channels inAppOnly() {
        return new Channels(true, false, false);
    }
}
