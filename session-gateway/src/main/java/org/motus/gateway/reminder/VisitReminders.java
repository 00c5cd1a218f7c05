package org.motus.gateway.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records, in the transaction of a visit's change, what patient-service must be told about the
 * visit's reminders (DESIGN: other services ask patient-service to notify). Nothing is sent here:
 * the booking, rescheduling or cancelling commits whatever patient-service's state, and
 * {@link ReminderSync} delivers the wish afterwards, until patient-service acknowledges it.
 */
@ApplicationScoped
public class VisitReminders {

    private final Clock clock;

    VisitReminders(Clock clock) {
        this.clock = clock;
    }

    /** The patient is to be reminded before {@code startsAt} (a booking, or a new time). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remind(UUID visitId, UUID patientId, Instant startsAt) {
        want(visitId, patientId, VisitReminderSync.Wanted.REMIND, startsAt);
    }

    /** The visit was cancelled: no reminders. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID visitId, UUID patientId, Instant startsAt) {
        want(visitId, patientId, VisitReminderSync.Wanted.CANCEL, startsAt);
    }

    private void want(UUID visitId, UUID patientId, VisitReminderSync.Wanted wanted, Instant startsAt) {
        Instant now = Instant.now(clock);
        // Waits while a replica is pushing the previous wish (ReminderSync holds the row's lock during
        // the call, at most the notifier client's timeouts), so the newer wish is pushed after it.
        VisitReminderSync sync = VisitReminderSync.findById(visitId, LockModeType.PESSIMISTIC_WRITE);
        boolean first = sync == null;
        if (first) {
            sync = new VisitReminderSync();
            sync.visitId = visitId;
        }
        sync.patientId = patientId;
        sync.wanted = wanted;
        sync.startsAt = startsAt;
        sync.pending = true;
        sync.attempts = 0;
        sync.nextAttemptAt = now;
        sync.lastError = null;
        sync.changedAt = now;
        if (first) {
            sync.persist();
        }
    }
}
