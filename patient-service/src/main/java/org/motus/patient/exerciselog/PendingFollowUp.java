package org.motus.patient.exerciselog;

import java.time.Instant;
import java.util.UUID;
import org.motus.patient.rules.FollowUpWindow;

/** A session's follow-up not yet answered whose window has not closed (rule 12). */
public record PendingFollowUp(
        UUID sessionId,
        Instant sessionEndedAt,
        Instant windowOpensAt,
        Instant dueAt,
        Instant windowClosesAt,
        FollowUpWindow.Status status) {}
