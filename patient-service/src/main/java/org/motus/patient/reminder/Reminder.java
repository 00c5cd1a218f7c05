package org.motus.patient.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A planned reminder to a patient (table {@code reminder}); its outbox rows are written when it is sent. */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReminderKind kind;

    /** The session whose follow-up it asks for (follow-up kinds). */
    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    /** The patient's local day it belongs to (programme day, pace nudge). */
    @Column(name = "local_date", updatable = false)
    public LocalDate localDate;

    @Column(name = "visit_id", updatable = false)
    public UUID visitId;

    @Column(name = "visit_starts_at", updatable = false)
    public Instant visitStartsAt;

    /** When it goes out: planned out of quiet hours, moved again if they changed. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public CancelReason cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "settled_at")
    public Instant settledAt;

    /** How many times deciding it failed (an exception rolled its transaction back). */
    @Column(nullable = false)
    public int attempts;

    /** The last failure's exception class and message (no health data: the runner's own words). */
    @Column(name = "last_error")
    public String lastError;

    void sent(Instant now) {
        status = ReminderStatus.SENT;
        settledAt = now;
    }

    void cancel(CancelReason reason, Instant now) {
        status = ReminderStatus.CANCELLED;
        cancelReason = reason;
        settledAt = now;
    }

    /** Deciding it failed: try again at {@code retryAt}, or give up ({@code retryAt} empty). */
    void failed(String error, Instant now, Optional<Instant> retryAt) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (retryAt.isPresent()) {
            dueAt = retryAt.get();
        } else {
            status = ReminderStatus.FAILED;
            settledAt = now;
        }
    }

    void reschedule(Instant at) {
        status = ReminderStatus.SCHEDULED;
        cancelReason = null;
        settledAt = null;
        dueAt = at;
    }
}
