package org.motus.patient.notification;

/** How many of the caller's in-app notifications are unread (the bell's badge). */
public record UnreadCount(long unread) {}
