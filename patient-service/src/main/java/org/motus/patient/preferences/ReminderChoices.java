package org.motus.patient.preferences;

import java.time.LocalTime;
import java.util.UUID;
import org.motus.patient.rules.ReminderSchedule;

/**
 * What the patient chose for their reminders, as the reminder runner reads it (no access check: the
 * service itself asks, for the patient's own reminders): the stored choices, or the defaults.
 *
 * @param quiet null when the patient wants no quiet hours
 */
public record ReminderChoices(
        Channels followUp,
        Channels programmeDay,
        LocalTime programmeDayTime,
        Channels visit,
        ReminderSchedule.QuietHours quiet) {

    /** The patient's choices now (call inside a transaction). */
    public static ReminderChoices of(UUID patientId) {
        ContactPreference stored = ContactPreference.findById(patientId);
        ContactPreferencesView view = stored == null ? ContactPreferencesView.DEFAULTS : stored.view();
        return new ReminderChoices(
                view.followUpReminders(),
                view.programmeDayReminders(),
                LocalTimes.parse(view.programmeDayReminderTime()),
                view.visitReminders(),
                view.quietHours() == null
                        ? null
                        : new ReminderSchedule.QuietHours(
                                LocalTimes.parse(view.quietHours().start()),
                                LocalTimes.parse(view.quietHours().end())));
    }
}
