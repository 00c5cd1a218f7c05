package org.motus.patient.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.log.HeldRows;
import org.motus.problem.log.OutageLog;

/** Writes audit rows: the {@link AccessLog} of every attempt on a patient's data. */
@ApplicationScoped
public class AuditTrail implements AccessLog {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    /** Rows held while the database is unreachable; far more than an outage of minutes produces. */
    static final int HELD_CAPACITY = 10_000;

    private final Clock clock;
    private final HeldRows<AuditEvent> held;

    public AuditTrail(Clock clock) {
        this.clock = clock;
        this.held = new HeldRows<>(
                "Audit row",
                HELD_CAPACITY,
                rows -> QuarkusTransaction.requiringNew().run(() -> rows.forEach(row -> row.persist())),
                event -> event.outcome + " " + event.action + " on patient " + event.patientId + " by "
                        + event.actorSubject + " at " + event.occurredAt,
                OutageLog.sinkOf(LOG));
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
            if (DatabaseUnavailable.causes(e)) {
                // The caller gets its 503; the row is written, with its time, once the database is back.
                // A new instance: the failed attempt's belongs to a closed session.
                held.hold(event(caller, action, patientId, outcome, detail), e);
            } else {
                LOG.errorf(
                        e, "Audit row lost: %s %s on patient %s by %s", outcome, action, patientId, caller.subject());
            }
        }
    }

    /** Writes the rows held during a database outage, as soon as the database answers again. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeHeldRows() {
        held.flush();
    }

    void logHeldRowsAsLost(@Observes ShutdownEvent stopping) {
        held.abandon();
    }

    /** How many rows wait for the database (for tests and the log). */
    int held() {
        return held.size();
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
