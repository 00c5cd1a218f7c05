package org.motus.patient.reminder;

/** Where a reminder stands: waiting for its time, sent (its outbox rows written), or cancelled with a reason. */
public enum ReminderStatus {
    SCHEDULED,
    SENT,
    CANCELLED
}
