package org.motus.patient.message;

import java.util.List;

/**
 * The caller's unread messages: a patient's own thread, or every thread of a therapist's caseload
 * (name order). What the web polls for its badges: counts only, no content.
 */
public record UnreadMessages(int total, List<ThreadUnread> threads) {}
