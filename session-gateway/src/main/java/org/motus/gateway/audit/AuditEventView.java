package org.motus.gateway.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An audit event as admins see it: patient-service's and therapist-service's shape (who, roles, what,
 * which patient, when, outcome, detail), plus the visit it was about.
 */
@Schema(name = "AuditEvent")
public record AuditEventView(
        UUID id,
        Instant occurredAt,

        @Schema(description = "The actor's Keycloak subject, or motus-gateway for what Motus did by itself")
        String actorSubject,

        @Schema(description = "The actor's Motus roles, comma-separated", examples = "therapist")
        String actorRoles,

        AuditAction action,

        @Schema(description = "The visit; null for a list of visits", nullable = true)
        UUID visitId,

        @Schema(
                description =
                        "The visit's patient; null when none was concerned (a list with no visit, an unknown visit)",
                nullable = true)
        UUID patientId,

        AuditEvent.Outcome outcome,

        @Schema(description = "Why it was refused or failed, when that says more than the outcome", nullable = true)
        String detail) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id,
                e.occurredAt,
                e.actorSubject,
                e.actorRoles,
                AuditAction.valueOf(e.action),
                e.visitId,
                e.patientId,
                e.outcome,
                e.detail);
    }
}
