package org.motus.therapist.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit row: who, what, which patient, when, and the outcome (patient-service's shape too). */
public record AuditEventView(
        UUID id,
        Instant occurredAt,
        String actorSubject,
        String actorRoles,
        String action,
        @Schema(nullable = true) UUID patientId,
        AuditOutcome outcome,
        @Schema(nullable = true) String detail) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(
                event.id,
                event.occurredAt,
                event.actorSubject,
                event.actorRoles,
                event.action,
                event.patientId,
                event.outcome,
                event.detail);
    }
}
