package org.motus.patient.reminder;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.checkin.CheckInRecorded;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.exerciselog.ExerciseLogged;
import org.motus.patient.notification.Channel;
import org.motus.patient.notification.Outbox;
import org.motus.patient.preferences.Channels;
import org.motus.patient.preferences.ReminderChoices;
import org.motus.patient.push.PushSubscription;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.FollowUpWindow;
import org.motus.patient.rules.PaceNudge;
import org.motus.patient.rules.ReminderSchedule;
import org.motus.problem.log.OutageLog;

/**
 * The patient's reminders (issue 14 item 2): planned when their cause happens, sent at their time.
 *
 * <ul>
 *   <li>Follow-ups are planned in the transaction that logs the session ({@link ExerciseLogged}): at
 *       the due time and half an hour before the window closes (rules.ReminderSchedule), and cancelled
 *       in the transaction that answers the follow-up.
 *   <li>Programme days and the 16-of-30 pace nudge are planned once per patient and local day by
 *       the runner, under an advisory lock, each unique per patient, kind and local day.
 *   <li>Visits are planned by the gateway ({@link VisitReminders}).
 * </ul>
 *
 * <p>At its due time a reminder is checked again, in a transaction that locks it ({@code FOR UPDATE
 * SKIP LOCKED}): a preference changed since it was planned wins. It is cancelled when its cause is
 * gone (answered, recorded, discharged) or every channel of its kind is off; moved to the end of the
 * quiet hours when it falls in them now, unless it would then be pointless (a follow-up whose window
 * closes, a day that ends, a visit that starts: dropped, never sent late); otherwise its outbox rows
 * are written in the same transaction, so it is sent once (the outbox delivers at least once).
 */
@ApplicationScoped
public class Reminders {

    /** The advisory lock of the daily planning ("motusrmd" in ASCII, unique in this database). */
    static final long PLAN_LOCK_KEY = 0x6d6f747573726d64L;
    /** How many patients one run plans (the next run goes on). */
    static final int PLAN_BATCH = 500;

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    static final String TODAY_LINK = "/";
    static final String PROGRESS_LINK = "/progress";

    private final Clock clock;
    private final Outbox outbox;
    private final ReminderConfig config;
    private final OutageLog outage = OutageLog.to(LOG, "Reminders");

    public Reminders(Clock clock, Outbox outbox, ReminderConfig config) {
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
    }

    // ---- follow-ups, in the transaction of their cause

    void onSessionLogged(@Observes ExerciseLogged logged) {
        Patient patient = logged.patient();
        Instant now = clock.instant();
        List<Instant> times = ReminderSchedule.followUp(
                FollowUpWindow.after(logged.log().endedAt),
                now,
                patient.zone(),
                ReminderChoices.of(patient.id).quiet());
        List<ReminderKind> kinds = List.of(ReminderKind.FOLLOW_UP_DUE, ReminderKind.FOLLOW_UP_LAST_CALL);
        for (int i = 0; i < times.size(); i++) {
            insert(patient.id, kinds.get(i), logged.log().id, null, null, null, times.get(i), now);
        }
    }

    void onCheckIn(@Observes CheckInRecorded recorded) {
        CheckIn checkIn = recorded.checkIn();
        if (checkIn.kind == CheckInKind.FOLLOW_UP && checkIn.sessionId != null) {
            Reminder.update(
                    "status = ?1, cancelReason = ?2, settledAt = ?3 where sessionId = ?4 and status = ?5",
                    ReminderStatus.CANCELLED,
                    CancelReason.ANSWERED,
                    clock.instant(),
                    checkIn.sessionId,
                    ReminderStatus.SCHEDULED);
        }
    }

    // ---- the runner

    @Scheduled(
            identity = "reminders",
            every = "${motus.reminders.every}",
            delayed = "${motus.notifications.dispatch-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (outage.isStopping()) {
            return;
        }
        RuntimeException failure = null;
        try {
            planDays();
        } catch (RuntimeException e) {
            // Due reminders still go out when today's planning fails (e.g. the database is busy).
            failure = e;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        // While the database is down every run fails: one ERROR, then a summary a minute.
        if (failure == null) {
            outage.succeeded();
        } else {
            outage.failed(failure);
        }
    }

    void onShutdown(@Observes ShutdownEvent stopping) {
        outage.stopping();
    }

    /**
     * Plans today's programme-day reminder and pace nudge of every patient whose local day has not
     * been planned yet; answers how many patients it planned (0 when another replica is planning).
     */
    public int planDays() {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Panache.getEntityManager();
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, PLAN_LOCK_KEY)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            Instant now = clock.instant();
            // A zone PostgreSQL's time-zone data lacks would make timezone() fail the whole query,
            // so only patients in zones it knows are planned here; the others are skipped (logged).
            @SuppressWarnings("unchecked")
            List<UUID> due = em.createNativeQuery("""
                            select p.id from patient p left join reminder_plan rp on rp.patient_id = p.id
                             where p.discharged_at is null
                               and p.time_zone in (select name from pg_timezone_names)
                               and (rp.planned_on is null
                                    or rp.planned_on < cast(timezone(p.time_zone, cast(?1 as timestamptz)) as date))
                             order by p.id
                             limit ?2""", UUID.class)
                    .setParameter(1, now)
                    .setParameter(2, PLAN_BATCH)
                    .getResultList();
            for (UUID patientId : due) {
                Patient patient = Patient.findById(patientId);
                Optional<ZoneId> zone = knownZone(patient);
                if (zone.isPresent()) {
                    planDay(patient, zone.get(), now);
                }
            }
            warnOfUnknownZones(em);
            return due.size();
        });
    }

    /** The patient's zone, if Java knows it (one unknown zone skips only that patient's day). */
    private static Optional<ZoneId> knownZone(Patient patient) {
        try {
            return Optional.of(patient.zone());
        } catch (DateTimeException unknown) {
            LOG.warnf(
                    "Patient %s's time zone %s is unknown to Java: no day reminders planned",
                    patient.id, patient.timeZone);
            return Optional.empty();
        }
    }

    private static void warnOfUnknownZones(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> unknown = em.createNativeQuery("""
                        select p.id, p.time_zone from patient p
                         where p.discharged_at is null
                           and p.time_zone not in (select name from pg_timezone_names)""").getResultList();
        for (Object[] row : unknown) {
            LOG.warnf("Patient %s's time zone %s is unknown to PostgreSQL: no day reminders planned", row[0], row[1]);
        }
    }

    private void planDay(Patient patient, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        ReminderChoices choices = ReminderChoices.of(patient.id);
        Optional<Instant> at =
                ReminderSchedule.programmeDay(today, choices.programmeDayTime(), now, zone, choices.quiet());
        boolean programmeDay = patient.prescribedSessionsPerWeek != null;
        if (programmeDay) {
            at.ifPresent(time -> insert(patient.id, ReminderKind.PROGRAMME_DAY, null, today, null, null, time, now));
        } else if (at.isPresent()
                && PaceNudge.due(daysWithData(patient.id, zone), today, lastNudge(patient.id))
                        .isPresent()) {
            // A patient with a programme gets its reminder every day already: no second notice.
            insert(patient.id, ReminderKind.PACE_NUDGE, null, today, null, null, at.get(), now);
        }
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into reminder_plan (patient_id, planned_on, planned_at) values (?1, ?2, ?3)
                        on conflict (patient_id) do update set planned_on = excluded.planned_on, planned_at = excluded.planned_at""")
                .setParameter(1, patient.id)
                .setParameter(2, today)
                .setParameter(3, now)
                .executeUpdate();
    }

    /**
     * Sends up to one batch of due reminders, each in its own transaction; answers how many it
     * settled, moved or counted as failed. A reminder whose decision throws is rolled back alone: its
     * failure is counted in a transaction of its own and it waits (backoff) before its next attempt,
     * so it never holds up the reminders behind it; after {@code max-attempts} it is FAILED.
     */
    public int sendDue() {
        int taken = 0;
        while (taken < config.batchSize()) {
            UUID[] picked = new UUID[1];
            try {
                if (!QuarkusTransaction.requiringNew().call(() -> sendOne(picked))) {
                    break;
                }
            } catch (RuntimeException e) {
                if (picked[0] == null) {
                    throw e; // no reminder was taken: the query itself failed (e.g. the database is down)
                }
                UUID id = picked[0];
                QuarkusTransaction.requiringNew().run(() -> recordFailure(id, e));
            }
            taken++;
        }
        return taken;
    }

    private void recordFailure(UUID id, RuntimeException error) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Reminder> locked = Panache.getEntityManager()
                .createNativeQuery(
                        "select * from reminder where id = ?1 and status = 'SCHEDULED' for update skip locked",
                        Reminder.class)
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            return; // settled meanwhile, or another replica holds it
        }
        Reminder reminder = locked.get(0);
        int attempt = reminder.attempts + 1;
        Optional<Instant> retryAt = attempt >= config.maxAttempts()
                ? Optional.empty()
                : Optional.of(now.plus(config.backoff().after(attempt)));
        reminder.failed(describe(error), now, retryAt);
        if (retryAt.isPresent()) {
            LOG.warnf(
                    error,
                    "Reminder %s failed (attempt %d of %d); next attempt at %s",
                    id,
                    attempt,
                    config.maxAttempts(),
                    retryAt.get());
        } else {
            LOG.errorf(error, "Reminder %s FAILED after %d attempts; it is not tried again", id, attempt);
        }
    }

    /** The innermost cause's class and message: what went wrong, in the runner's words. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private boolean sendOne(UUID[] picked) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Reminder> due = Panache.getEntityManager()
                .createNativeQuery("""
                        select * from reminder
                         where status = 'SCHEDULED' and due_at <= ?1
                         order by due_at, id
                         limit 1
                         for update skip locked""", Reminder.class)
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        picked[0] = due.get(0).id;
        deliver(due.get(0), now);
        Panache.getEntityManager().flush(); // a failing write counts against this reminder, here
        return true;
    }

    private void deliver(Reminder reminder, Instant now) {
        Patient patient = Patient.findById(reminder.patientId);
        if (patient.dischargedAt != null) {
            reminder.cancel(CancelReason.DISCHARGED, now);
            return;
        }
        ZoneId zone = patient.zone();
        ReminderChoices choices = ReminderChoices.of(patient.id);
        Optional<CancelReason> gone = causeGone(reminder, now, zone);
        if (gone.isPresent()) {
            reminder.cancel(gone.get(), now);
            return;
        }
        Channels channels = reminder.kind.channels(choices);
        if (!channels.inApp() && !channels.email() && !channels.webPush()) {
            reminder.cancel(CancelReason.OPTED_OUT, now);
            return;
        }
        Instant quietEnd = ReminderSchedule.outsideQuietHours(now, zone, choices.quiet());
        if (quietEnd.isAfter(now)) {
            // Quiet hours now (they may have changed since it was planned): wait for their end, if useful then.
            Optional<CancelReason> pointless = causeGone(reminder, quietEnd, zone);
            if (pointless.isPresent()) {
                reminder.cancel(pointless.get(), now);
            } else if (lastCallBy(reminder, quietEnd)) {
                reminder.cancel(CancelReason.MERGED, now);
            } else {
                reminder.dueAt = quietEnd;
            }
            return;
        }
        String cause = "reminder:" + reminder.id;
        String link = link(reminder);
        boolean written = false;
        if (channels.inApp()) {
            outbox.enqueue(patient.subject, Channel.IN_APP, reminder.kind.topic(), 1, link, cause);
            written = true;
        }
        if (channels.email() && patient.contactEmail != null && !patient.contactEmail.isBlank()) {
            outbox.enqueue(patient.subject, Channel.EMAIL, reminder.kind.topic(), 1, link, cause);
            written = true;
        }
        if (channels.webPush() && PushSubscription.count("subject", patient.subject) > 0) {
            outbox.enqueue(patient.subject, Channel.PUSH, reminder.kind.topic(), 1, link, cause);
            written = true;
        }
        if (written) {
            reminder.sent(now);
        } else {
            reminder.cancel(CancelReason.NO_CHANNEL, now);
        }
    }

    /** Why the reminder would be pointless if sent at {@code at}, if it would. */
    private static Optional<CancelReason> causeGone(Reminder reminder, Instant at, ZoneId zone) {
        return switch (reminder.kind) {
            case FOLLOW_UP_DUE, FOLLOW_UP_LAST_CALL -> {
                if (CheckIn.count("sessionId = ?1 and kind = ?2", reminder.sessionId, CheckInKind.FOLLOW_UP) > 0) {
                    yield Optional.of(CancelReason.ANSWERED);
                }
                ExerciseLog session = ExerciseLog.findById(reminder.sessionId);
                Instant lastUseful =
                        FollowUpWindow.after(session.endedAt).closesAt().minus(ReminderSchedule.FOLLOW_UP_MIN_LEAD);
                yield at.isAfter(lastUseful) ? Optional.of(CancelReason.WINDOW_CLOSED) : Optional.empty();
            }
            case PROGRAMME_DAY, PACE_NUDGE -> {
                if (!LocalDate.ofInstant(at, zone).equals(reminder.localDate)) {
                    yield Optional.of(CancelReason.TIME_PASSED);
                }
                yield recordedOn(reminder.patientId, reminder.localDate, zone)
                        ? Optional.of(CancelReason.ALREADY_RECORDED)
                        : Optional.empty();
            }
            case VISIT_DAY_BEFORE, VISIT_SOON ->
                at.isBefore(reminder.visitStartsAt) ? Optional.empty() : Optional.of(CancelReason.TIME_PASSED);
        };
    }

    /** Whether the session's last-call reminder is still to be sent by {@code at} (so a deferred first one would double it). */
    private static boolean lastCallBy(Reminder reminder, Instant at) {
        return reminder.kind == ReminderKind.FOLLOW_UP_DUE
                && Reminder.count(
                                "sessionId = ?1 and kind = ?2 and status = ?3 and dueAt <= ?4",
                                reminder.sessionId,
                                ReminderKind.FOLLOW_UP_LAST_CALL,
                                ReminderStatus.SCHEDULED,
                                at)
                        > 0;
    }

    static String link(Reminder reminder) {
        return switch (reminder.kind) {
            case FOLLOW_UP_DUE, FOLLOW_UP_LAST_CALL, PROGRAMME_DAY -> TODAY_LINK;
            case PACE_NUDGE -> PROGRESS_LINK;
            case VISIT_DAY_BEFORE, VISIT_SOON -> VisitReminders.joinLink(reminder.visitId);
        };
    }

    // ---- rows

    /** Stores a scheduled reminder; answers false when the same one was planned before (unique indexes). */
    static boolean insert(
            UUID patientId,
            ReminderKind kind,
            UUID sessionId,
            LocalDate localDate,
            UUID visitId,
            Instant visitStartsAt,
            Instant dueAt,
            Instant now) {
        return Panache.getEntityManager()
                        .createNativeQuery("""
                                insert into reminder (id, patient_id, kind, session_id, local_date, visit_id,
                                                      visit_starts_at, due_at, status, created_at)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'SCHEDULED', ?9)
                                on conflict do nothing""")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, patientId)
                        .setParameter(3, kind.name())
                        .setParameter(4, sessionId)
                        .setParameter(5, localDate)
                        .setParameter(6, visitId)
                        .setParameter(7, visitStartsAt)
                        .setParameter(8, dueAt)
                        .setParameter(9, now)
                        .executeUpdate()
                == 1;
    }

    /** Every local day with a check-in or a session (rule 18: in the patient's zone). */
    @SuppressWarnings("unchecked")
    private static List<LocalDate> daysWithData(UUID patientId, ZoneId zone) {
        return Panache.getEntityManager()
                .createNativeQuery("""
                        select distinct cast(timezone(?2, t.at) as date) from (
                            select occurred_at as at from check_in where patient_id = ?1
                            union all
                            select started_at from exercise_session where patient_id = ?1) t""", LocalDate.class)
                .setParameter(1, patientId)
                .setParameter(2, zone.getId())
                .getResultList();
    }

    private static boolean recordedOn(UUID patientId, LocalDate day, ZoneId zone) {
        return (Boolean) Panache.getEntityManager()
                .createNativeQuery("""
                        select exists (select 1 from check_in
                                        where patient_id = ?1 and cast(timezone(?2, occurred_at) as date) = ?3)
                            or exists (select 1 from exercise_session
                                        where patient_id = ?1 and cast(timezone(?2, started_at) as date) = ?3)""")
                .setParameter(1, patientId)
                .setParameter(2, zone.getId())
                .setParameter(3, day)
                .getSingleResult();
    }

    private static LocalDate lastNudge(UUID patientId) {
        return Reminder.<Reminder>find(
                        "patientId = ?1 and kind = ?2 and status = ?3 order by localDate desc",
                        patientId,
                        ReminderKind.PACE_NUDGE,
                        ReminderStatus.SENT)
                .firstResultOptional()
                .map(reminder -> reminder.localDate)
                .orElse(null);
    }
}
