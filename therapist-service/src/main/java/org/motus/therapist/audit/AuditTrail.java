package org.motus.therapist.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.log.HeldRows;
import org.motus.problem.log.OutageLog;
import org.motus.therapist.access.AccessLog;
import org.motus.therapist.access.Action;
import org.motus.therapist.access.Caller;

/** Writes audit rows: the {@link AccessLog} of every attempt on a patient's plans. */
@ApplicationScoped
public class AuditTrail implements AccessLog {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    private static final int MAX_DETAIL = 500;
    /** Keycloak adds its own default roles to a token; the trail names only Motus's. */
    private static final Set<String> MOTUS_ROLES = Set.of(Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN);

    /** Rows held while the database is unreachable; far more than an outage of minutes produces. */
    static final int HELD_CAPACITY = 10_000;

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final HeldRows<AuditEvent> held;

    public AuditTrail(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
        this.held = new HeldRows<>(
                "Audit row",
                HELD_CAPACITY,
                rows -> QuarkusTransaction.requiringNew().run(() -> rows.forEach(row -> row.persist())),
                event -> event.outcome + " " + event.action + " on patient " + event.patientId + " by "
                        + event.actorSubject + " at " + event.occurredAt,
                OutageLog.sinkOf(LOG));
    }

    /** Writes the rows held during a database outage, as soon as the database answers again. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeHeldRows() {
        held.flush();
    }

    void logHeldRowsAsLost(@Observes ShutdownEvent stopping) {
        held.abandon();
    }

    /**
     * In the caller's transaction, so the row commits with the change. If that transaction rolls back
     * (a 409, a 422 found after the access check), the attempt is recorded as FAILED on its own.
     */
    @Override
    public void succeeded(Caller caller, Action action, UUID patientId) {
        if (!QuarkusTransaction.isActive()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> event(caller, action, patientId, AuditOutcome.SUCCESS, null)
                            .persist());
            return;
        }
        event(caller, action, patientId, AuditOutcome.SUCCESS, null).persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    recordAlone(
                            caller,
                            action,
                            patientId,
                            AuditOutcome.FAILED,
                            "the call failed after access was granted; nothing was changed");
                }
            }
        });
    }

    @Override
    public void notFound(Caller caller, Action action, UUID patientId, String what) {
        recordAlone(caller, action, patientId, AuditOutcome.NOT_FOUND, what);
    }

    @Override
    public void failed(Caller caller, Action action, UUID patientId, String what) {
        recordAlone(caller, action, patientId, AuditOutcome.FAILED, what);
    }

    /** In a transaction of its own: the caller's call fails and rolls its own work back. */
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

    private AuditEvent event(Caller caller, Action action, UUID patientId, AuditOutcome outcome, String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = clock.instant();
        event.actorSubject = caller.subject();
        event.actorRoles =
                caller.roles().stream().filter(MOTUS_ROLES::contains).sorted().collect(Collectors.joining(","));
        event.action = action.name();
        event.patientId = patientId;
        event.outcome = outcome;
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return event;
    }
}
