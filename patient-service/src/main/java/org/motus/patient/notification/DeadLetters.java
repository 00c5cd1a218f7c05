package org.motus.patient.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.record.PatientAccess;
import org.motus.patient.record.PatientAccess.Touched;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.search.NewestFirst;
import org.motus.problem.search.TimeCursor;

/**
 * The outbox's dead letters, for admins (the "Delivery problems" screen): listed newest failure
 * first, a page at a time, and sent again on an admin's retry, which is audited.
 */
@ApplicationScoped
public class DeadLetters {

    private final Clock clock;
    private final PatientAccess access;

    public DeadLetters(Clock clock, PatientAccess access) {
        this.clock = clock;
        this.access = access;
    }

    /** A page of dead letters, newest failure first, after {@code after} (null: from the newest). */
    @Transactional
    public DeadLetterPage list(TimeCursor after, int limit) {
        String where = "status = :status";
        var query = after == null
                ? Notification.<Notification>find(
                        where + " order by lastAttemptAt desc, id desc",
                        Parameters.with("status", NotificationStatus.DEAD))
                : Notification.<Notification>find(
                        where + " and (lastAttemptAt < :at or (lastAttemptAt = :at and id < :id))"
                                + " order by lastAttemptAt desc, id desc",
                        Parameters.with("status", NotificationStatus.DEAD)
                                .and("at", after.at())
                                .and("id", after.id()));
        List<Notification> rows = query.page(0, limit + 1).list();
        NewestFirst.Page<Notification> page =
                NewestFirst.page(rows, limit, row -> new TimeCursor(row.lastAttemptAt, row.id));
        Set<String> patients = patientSubjects(page.items());
        return new DeadLetterPage(
                page.items().stream()
                        .map(row -> DeadLetterView.of(
                                row,
                                patients.contains(row.recipientSubject) ? RecipientRole.PATIENT : RecipientRole.STAFF))
                        .toList(),
                page.next());
    }

    /**
     * An admin sends a dead letter again: due at once, attempts counted afresh. 404 for no such EMAIL
     * or PUSH row, 409 when it is not (or no longer) a dead letter; audited either way.
     */
    public void retry(Caller caller, UUID id) {
        access.performForRole(caller, Action.RETRY_NOTIFICATION, "notification " + id, () -> {
            // Locked: a second admin's retry waits, then finds it PENDING (409).
            Notification notification = Notification.<Notification>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .filter(n -> n.channel != Channel.IN_APP)
                    .orElseThrow(() -> new NotFound("No notification " + id + " in the outbox."));
            if (notification.status != NotificationStatus.DEAD) {
                throw new Conflict("Only a dead letter can be retried; this one is " + notification.status + ".");
            }
            notification.status = NotificationStatus.PENDING;
            notification.attempts = 0;
            notification.nextAttemptAt = clock.instant();
            return new Touched<Void>(null, List.of());
        });
    }

    /** Which of these rows' recipients are patients (everyone else the outbox writes to is staff). */
    private static Set<String> patientSubjects(List<Notification> rows) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> subjects = Panache.getEntityManager()
                .createNativeQuery("select subject from patient where subject in (?1)")
                .setParameter(
                        1,
                        rows.stream()
                                .map(row -> row.recipientSubject)
                                .distinct()
                                .toList())
                .getResultList();
        return new HashSet<>(subjects);
    }
}
