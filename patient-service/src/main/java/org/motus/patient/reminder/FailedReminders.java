package org.motus.patient.reminder;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
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
 * The reminders the runner gave up on, for admins (the "Delivery problems" screen): newest first, a
 * page at a time; an admin's retry hands one back to the runner, which decides it afresh (a reminder
 * whose moment has passed is then cancelled with its reason, not sent late).
 */
@ApplicationScoped
public class FailedReminders {

    private final Clock clock;
    private final PatientAccess access;

    public FailedReminders(Clock clock, PatientAccess access) {
        this.clock = clock;
        this.access = access;
    }

    @Transactional
    public FailedReminderPage list(TimeCursor after, int limit) {
        Parameters parameters = Parameters.with("status", ReminderStatus.FAILED);
        String keyset = "";
        if (after != null) {
            keyset = " and (settledAt < :at or (settledAt = :at and id < :id))";
            parameters = parameters.and("at", after.at()).and("id", after.id());
        }
        List<Reminder> rows = Reminder.<Reminder>find(
                        "status = :status" + keyset + " order by settledAt desc, id desc", parameters)
                .page(0, limit + 1)
                .list();
        NewestFirst.Page<Reminder> page = NewestFirst.page(rows, limit, row -> new TimeCursor(row.settledAt, row.id));
        return new FailedReminderPage(
                page.items().stream().map(FailedReminderView::of).toList(), page.next());
    }

    /**
     * Due again at once with its attempts counted afresh. 404 for no such reminder, 409 when it has
     * not (or no longer) failed; audited with the patient's record.
     */
    public void retry(Caller caller, UUID id) {
        access.performForRole(caller, Action.RETRY_REMINDER, "reminder " + id, () -> {
            Reminder reminder = Reminder.<Reminder>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new NotFound("No reminder " + id + "."));
            if (reminder.status != ReminderStatus.FAILED) {
                throw new Conflict("Only a failed reminder can be retried; this one is " + reminder.status + ".");
            }
            reminder.attempts = 0;
            reminder.reschedule(clock.instant());
            return Touched.<Void>of(null, reminder.patientId);
        });
    }
}
