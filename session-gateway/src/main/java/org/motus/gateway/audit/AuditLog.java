package org.motus.gateway.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.motus.gateway.access.Caller;
import org.motus.problem.DatabaseUnavailable;
import org.motus.problem.log.HeldRows;
import org.motus.problem.log.OutageLog;
import org.motus.problem.search.AuditFilter;
import org.motus.problem.search.NewestFirst;
import org.motus.problem.search.TimeCursor;

/**
 * Writes the gateway's audit trail: every read and change of a visit, granted, refused or failed
 * (docs/adr/0027). A granted call's event is written in the call's own transaction, so it commits
 * with the change; if that transaction rolls back (a 409 found after the access check), the attempt
 * is recorded as FAILED on its own. A refused call's event is written in a transaction of its own,
 * since the call that made it fails.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int MAX_DETAIL = 500;
    /** Keycloak adds its own default roles to a token; the trail names only Motus's. */
    private static final Set<String> MOTUS_ROLES = Set.of(Caller.PATIENT, Caller.THERAPIST, Caller.ADMIN);

    /** The actor of what Motus does by itself (a scheduled job), never a Keycloak subject. */
    public static final String SYSTEM_ACTOR = "motus-gateway";

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    AuditLog(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Rows held while the database is unreachable; far more than an outage of minutes produces. */
    static final int HELD_CAPACITY = 10_000;

    private final HeldRows<AuditEvent> held = new HeldRows<>(
            "Audit row",
            HELD_CAPACITY,
            rows -> QuarkusTransaction.requiringNew().run(() -> rows.forEach(row -> row.persist())),
            event -> event.outcome + " " + event.action + " on visit " + event.visitId + " by " + event.actorSubject
                    + " at " + event.occurredAt,
            OutageLog.sinkOf(LOG));

    /** Writes the rows held during a database outage, as soon as the database answers again. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeHeldRows() {
        held.flush();
    }

    void logHeldRowsAsLost(@Observes ShutdownEvent stopping) {
        held.abandon();
    }

    /** A granted call, in its own transaction; recorded as FAILED instead if that transaction rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(Caller caller, AuditAction action, UUID visitId, UUID patientId) {
        String roles = rolesOf(caller);
        event(caller.subject(), roles, action, visitId, patientId, AuditEvent.Outcome.SUCCESS, null)
                .persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    alone(event(
                            caller.subject(),
                            roles,
                            action,
                            visitId,
                            patientId,
                            AuditEvent.Outcome.FAILED,
                            "the call failed after access was granted; nothing was changed"));
                }
            }
        });
    }

    /** A refused call (DENIED or NOT_FOUND), in a transaction of its own: the call itself fails. */
    public void refused(
            Caller caller,
            AuditAction action,
            UUID visitId,
            UUID patientId,
            AuditEvent.Outcome outcome,
            String detail) {
        alone(event(caller.subject(), rolesOf(caller), action, visitId, patientId, outcome, detail));
    }

    /** A step a participant took in the visit's room (join, admit, leave, end), in that step's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void byParticipant(String subject, String role, AuditAction action, UUID visitId, UUID patientId) {
        event(subject == null ? "unknown" : subject, role, action, visitId, patientId, AuditEvent.Outcome.SUCCESS, null)
                .persist();
    }

    /** An event Motus caused by itself, written in the transaction of the change it records. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(AuditAction action, UUID visitId, UUID patientId) {
        event(SYSTEM_ACTOR, "", action, visitId, patientId, AuditEvent.Outcome.SUCCESS, null)
                .persist();
    }

    /** A page of the trail, newest first, filtered by whatever is given; reading it is itself recorded. */
    @Transactional
    public AuditEventPage find(Caller reader, AuditFilter filter, UUID visitId, int limit) {
        NewestFirst query = filter.query().equal("visitId", visitId);
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(query.hql(), query.parameters())
                .range(0, limit)
                .list();
        NewestFirst.Page<AuditEvent> page =
                NewestFirst.page(rows, limit, row -> new TimeCursor(row.occurredAt, row.id));
        succeeded(reader, AuditAction.AUDIT_TRAIL_READ, visitId, filter.patientId());
        return new AuditEventPage(page.items().stream().map(AuditEventView::of).toList(), page.next());
    }

    private AuditEvent event(
            String subject,
            String roles,
            AuditAction action,
            UUID visitId,
            UUID patientId,
            AuditEvent.Outcome outcome,
            String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now(clock);
        event.actorSubject = subject;
        event.actorRoles = roles;
        event.action = action.name();
        event.visitId = visitId;
        event.patientId = patientId;
        event.outcome = outcome;
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return event;
    }

    private void alone(AuditEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(event::persist);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                // The caller gets its 503; the row is written, with its time, once the database is back.
                held.hold(copyOf(event), e);
            } else {
                LOG.errorf(
                        e,
                        "Audit row lost: %s %s on visit %s by %s",
                        event.outcome,
                        event.action,
                        event.visitId,
                        event.actorSubject);
            }
        }
    }

    /** The same row as a new instance: the failed attempt's belongs to a closed session. */
    private static AuditEvent copyOf(AuditEvent event) {
        AuditEvent copy = new AuditEvent();
        copy.id = event.id;
        copy.occurredAt = event.occurredAt;
        copy.actorSubject = event.actorSubject;
        copy.actorRoles = event.actorRoles;
        copy.action = event.action;
        copy.visitId = event.visitId;
        copy.patientId = event.patientId;
        copy.outcome = event.outcome;
        copy.detail = event.detail;
        return copy;
    }

    private static String rolesOf(Caller caller) {
        return caller.roles().stream().filter(MOTUS_ROLES::contains).sorted().collect(Collectors.joining(","));
    }
}
