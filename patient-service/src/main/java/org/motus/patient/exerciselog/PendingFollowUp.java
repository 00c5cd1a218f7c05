package org.motus.patient.exerciselog;

import org.motus.patient.rules.FollowUpWindow;

import java.time.Instant;
import java.util.UUID;

/** A session's follow-up not yet answered whose window has not closed (rule 12). */
public record PendingFollowUp(UUID sessionId, Instant sessionEndedAt, Instant windowOpensAt, Instant dueAt,
                              Instant windowClosesAt, FollowUpWindow.Status status) {
}
