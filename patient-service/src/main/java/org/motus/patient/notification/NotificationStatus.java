package org.motus.patient.notification;

/** Where an outbox row stands: waiting to be sent (again), sent, or given up on (a dead letter). */
public enum NotificationStatus {
    PENDING,
    SENT,
    DEAD
}
