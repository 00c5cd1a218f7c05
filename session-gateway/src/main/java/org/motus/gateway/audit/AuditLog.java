package org.motus.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.motus.gateway.access.Caller;

/**
 * Writes audit events for the visit note, in their own transaction: a denied attempt is recorded
 * even though the request that made it fails.
 */
@ApplicationScoped
public class AuditLog {

    public static final String NOTE_READ = "VISIT_NOTE_READ";
    public static final String NOTE_WRITE = "VISIT_NOTE_WRITE";
    public static final String VISIT_LAPSED = "VISIT_ENDED_UNATTENDED";

    /** The actor of what Motus does by itself (a scheduled job), never a Keycloak subject. */
    public static final String SYSTEM_ACTOR = "motus-gateway";

    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, String action, UUID visitId, UUID patientId, AuditEvent.Outcome outcome) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now(clock);
        event.actorSubject = caller.subject();
        event.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        event.action = action;
        event.visitId = visitId;
        event.patientId = patientId;
        event.outcome = outcome;
        event.persist();
    }

    /** An event Motus caused by itself, written in the transaction of the change it records. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String action, UUID visitId, UUID patientId) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now(clock);
        event.actorSubject = SYSTEM_ACTOR;
        event.actorRoles = "";
        event.action = action;
        event.visitId = visitId;
        event.patientId = patientId;
        event.outcome = AuditEvent.Outcome.ALLOWED;
        event.persist();
    }

    @Transactional
    public List<AuditEventView> find(UUID patientId, UUID visitId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (patientId != null) {
            query.append(" and patientId = :patientId");
            params.put("patientId", patientId);
        }
        if (visitId != null) {
            query.append(" and visitId = :visitId");
            params.put("visitId", visitId);
        }
        query.append(" order by occurredAt desc");
        return AuditEvent.<AuditEvent>find(query.toString(), params).page(0, limit).list().stream()
                .map(AuditEventView::of)
                .toList();
    }
}
