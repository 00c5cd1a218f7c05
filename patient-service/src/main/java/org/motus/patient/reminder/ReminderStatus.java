package org.motus.patient.reminder;

/**
 * Where a reminder stands: waiting for its time (or for its next attempt), sent (its outbox rows
 * written), cancelled with a reason, or failed: deciding it threw on every attempt, so it is given up
 * and listed to admins.
 */
public enum ReminderStatus {
    SCHEDULED,
    SENT,
    CANCELLED,
    FAILED
}
