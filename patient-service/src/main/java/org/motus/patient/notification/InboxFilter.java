package org.motus.patient.notification;

/** Which notifications the centre lists. */
public enum InboxFilter {
    UNREAD,
    ALL
}
