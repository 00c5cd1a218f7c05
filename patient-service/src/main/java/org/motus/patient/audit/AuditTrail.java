package org.motus.patient.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;

import java.time.Instant;
import java.util.UUID;

/** Writes audit rows. Only {@link org.motus.patient.access.PatientAccess} calls it. */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    /** In the caller's transaction: the row commits (or not) with the work it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, Action action, UUID patientId, AuditOutcome outcome, String detail) {
        event(caller, action, patientId, outcome, detail).persist();
    }

    /** In a transaction of its own, for refusals and failures whose work was rolled back. */
    public void recordAlone(Caller caller, Action action, UUID patientId, AuditOutcome outcome, String detail) {
        try {
            QuarkusTransaction.requiringNew().run(() -> event(caller, action, patientId, outcome, detail).persist());
        } catch (RuntimeException e) {
            // The caller still gets its answer; a lost row must at least be visible in the log.
            LOG.errorf(e, "Audit row lost: %s %s on patient %s by %s", outcome, action, patientId, caller.subject());
        }
    }

    private static AuditEvent event(Caller caller, Action action, UUID patientId, AuditOutcome outcome, String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now();
        event.actorSubject = caller.subject();
        event.actorRoles = caller.rolesText();
        event.action = action.name();
        event.patientId = patientId;
        event.outcome = outcome;
        event.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        return event;
    }
}
