package org.motus.therapist.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
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

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    public AuditTrail(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
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
            // The caller still gets its answer; a lost row must at least be visible in the log.
            LOG.errorf(e, "Audit row lost: %s %s on patient %s by %s", outcome, action, patientId, caller.subject());
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
