package org.motus.gateway.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as admins see it. */
@Schema(name = "AuditEvent")
public record AuditEventView(
        UUID id,
        Instant occurredAt,
        String actorSubject,

        @Schema(description = "The actor's Motus roles, comma-separated", examples = "therapist")
        String actorRoles,

        @Schema(enumeration = {"VISIT_NOTE_READ", "VISIT_NOTE_WRITE"})
        String action,

        UUID visitId,

        @Schema(description = "The visit's patient; null when unknown (a denied attempt on no visit)", nullable = true)
        UUID patientId,

        AuditEvent.Outcome outcome) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id, e.occurredAt, e.actorSubject, e.actorRoles, e.action, e.visitId, e.patientId, e.outcome);
    }
}
