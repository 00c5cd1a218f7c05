package org.motus.patient.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;

/** Writes audit rows: the {@link AccessLog} of every attempt on a patient's data. */
@ApplicationScoped
public class AuditTrail implements AccessLog {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(Caller caller, Action action, UUID patientId) {
        event(caller, action, patientId, AuditOutcome.SUCCESS, null).persist();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(Caller caller, Action action, UUID patientId, String detail) {
        event(caller, action, patientId, AuditOutcome.SUCCESS, detail).persist();
    }

    @Override
    public void denied(Caller caller, Action action, UUID patientId, String reason) {
        recordAlone(caller, action, patientId, AuditOutcome.DENIED, reason);
    }

    @Override
    public void notFound(Caller caller, Action action, UUID patientId) {
        recordAlone(caller, action, patientId, AuditOutcome.NOT_FOUND, "no such record");
    }

    @Override
    public void failed(Caller caller, Action action, UUID patientId, String what) {
        recordAlone(caller, action, patientId, AuditOutcome.FAILED, what);
    }

    /** In a transaction of its own, for refusals and failures whose work was rolled back. */
    private void recordAlone(Caller caller, Action action, UUID patientId, AuditOutcome outcome, String detail) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> event(caller, action, patientId, outcome, detail).persist());
        } catch (RuntimeException e) {
            // The caller still gets its answer; a lost row must at least be visible in the log.
            LOG.errorf(e, "Audit row lost: %s %s on patient %s by %s", outcome, action, patientId, caller.subject());
        }
    }

    private AuditEvent event(Caller caller, Action action, UUID patientId, AuditOutcome outcome, String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = clock.instant();
        event.actorSubject = caller.subject();
        event.actorRoles = caller.rolesText();
        event.action = action.name();
        event.patientId = patientId;
        event.outcome = outcome;
        event.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        return event;
    }
}
