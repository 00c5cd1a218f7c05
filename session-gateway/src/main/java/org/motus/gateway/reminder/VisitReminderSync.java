package org.motus.gateway.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;

/**
 * What patient-service must be told about one visit's reminders, and whether it has acknowledged it:
 * the latest wish for the visit (remind before {@link #startsAt}, or no reminders at all). Written in
 * the transaction of the visit's change; {@link ReminderSync} pushes it.
 */
@Entity
@Table(name = "visit_reminder_sync")
public class VisitReminderSync extends PanacheEntityBase {

    /** What patient-service should do with the visit's reminders. */
    public enum Wanted {
        /** {@code PUT}: remind the patient before {@code startsAt} (a new start reschedules them). */
        REMIND,
        /** {@code DELETE}: no reminders for this visit (it was cancelled). */
        CANCEL
    }

    @Id
    @Column(name = "visit_id")
    public UUID visitId;

    @Column(name = "patient_id")
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    public Wanted wanted;

    @Column(name = "starts_at")
    public Instant startsAt;

    /** True until patient-service acknowledged this wish. */
    public boolean pending;

    /** Failed pushes of this wish so far (the backoff grows with them). */
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "synced_at")
    public Instant syncedAt;

    /**
     * The wish due soonest, locked for this transaction; one another replica is pushing right now is
     * skipped (SKIP LOCKED), so two replicas never push the same wish at once.
     */
    static Optional<VisitReminderSync> nextDue(Instant now) {
        return find("pending = true and nextAttemptAt <= ?1 order by nextAttemptAt", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .page(0, 1)
                .firstResultOptional();
    }
}
