package org.motus.patient.notification;

/** How a notification reaches its recipient. */
public enum Channel {
    /** The notification centre in the app: stored, listed, marked read; nothing to send. */
    IN_APP,
    /** An email through SMTP to the address the recipient's token last named. */
    EMAIL,
    /** Web Push (VAPID) to every browser the recipient subscribed. */
    PUSH
}
