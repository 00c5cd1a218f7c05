package org.motus.patient.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit's reminders at its current start: the ones still ahead when it was booked, and what became of them. */
public record VisitRemindersView(UUID visitId, UUID patientId, Instant startsAt, List<Item> reminders) {

    /** One reminder: which, when it goes out (or went), and where it stands. */
    public record Item(ReminderKind kind, Instant dueAt, ReminderStatus status) {}
}
