package org.motus.gateway.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit event as admins see it. */
public record AuditEventView(
        UUID id,
        Instant occurredAt,
        String actorSubject,
        String actorRoles,
        String action,
        UUID visitId,
        UUID patientId,
        AuditEvent.Outcome outcome) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id, e.occurredAt, e.actorSubject, e.actorRoles, e.action, e.visitId, e.patientId, e.outcome);
    }
}
