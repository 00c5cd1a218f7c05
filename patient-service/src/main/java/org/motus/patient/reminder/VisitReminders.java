package org.motus.patient.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.motus.patient.access.AccessLog;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.preferences.ReminderChoices;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.ReminderSchedule;
import org.motus.problem.NotFound;

/**
 * A video visit's reminders, 24 h and 15 min before it starts, as the session gateway (which owns
 * visits) books, moves and cancels it. The gateway says the whole truth each time (PUT): the same
 * visit again changes nothing; a new start or patient cancels the unsent reminders of the old one
 * and plans the new ones. Each reminder carries the visit's join link.
 */
@ApplicationScoped
public class VisitReminders {

    private static final Set<CancelReason> REVIVABLE = Set.of(CancelReason.VISIT_CHANGED, CancelReason.VISIT_CANCELLED);

    private final Clock clock;
    private final AccessLog log;

    public VisitReminders(Clock clock, AccessLog log) {
        this.clock = clock;
        this.log = log;
    }

    /** The web's route for joining a visit (web/src/app.tsx, {@code /visits/:id/call}). */
    static String joinLink(UUID visitId) {
        return "/visits/" + visitId + "/call";
    }

    @Transactional
    public VisitRemindersView put(Caller caller, UUID visitId, VisitReminderRequest request) {
        Patient patient = Patient.<Patient>findByIdOptional(request.patientId())
                .orElseThrow(() -> new NotFound("No patient " + request.patientId() + "."));
        Instant now = clock.instant();
        Instant startsAt = request.startsAt();
        for (Reminder earlier :
                Reminder.<Reminder>list("visitId = ?1 and status = ?2", visitId, ReminderStatus.SCHEDULED)) {
            if (!earlier.patientId.equals(patient.id) || !earlier.visitStartsAt.equals(startsAt)) {
                earlier.cancel(CancelReason.VISIT_CHANGED, now);
            }
        }
        if (patient.dischargedAt == null) {
            for (Instant at : ReminderSchedule.visit(
                    startsAt,
                    now,
                    patient.zone(),
                    ReminderChoices.of(patient.id).quiet())) {
                ReminderKind kind = at.isBefore(startsAt.minus(ReminderSchedule.VISIT_SHORTLY_BEFORE))
                        ? ReminderKind.VISIT_DAY_BEFORE
                        : ReminderKind.VISIT_SOON;
                Reminder same = Reminder.<Reminder>find(
                                "visitId = ?1 and patientId = ?2 and kind = ?3 and visitStartsAt = ?4",
                                visitId,
                                patient.id,
                                kind,
                                startsAt)
                        .firstResult();
                if (same == null) {
                    Reminders.insert(patient.id, kind, null, null, visitId, startsAt, at, now);
                } else if (same.status == ReminderStatus.CANCELLED && REVIVABLE.contains(same.cancelReason)) {
                    same.reschedule(at); // moved back to a start it had before
                }
            }
        }
        log.succeeded(caller, Action.SCHEDULE_VISIT_REMINDERS, patient.id, "visit " + visitId + " at " + startsAt);
        return view(visitId, patient.id, startsAt);
    }

    /** Cancels the visit's unsent reminders; nothing to cancel is fine (idempotent). */
    @Transactional
    public void cancel(Caller caller, UUID visitId) {
        Instant now = clock.instant();
        List<Reminder> unsent = Reminder.list("visitId = ?1 and status = ?2", visitId, ReminderStatus.SCHEDULED);
        for (Reminder reminder : unsent) {
            reminder.cancel(CancelReason.VISIT_CANCELLED, now);
        }
        unsent.stream()
                .map(reminder -> reminder.patientId)
                .distinct()
                .forEach(patientId -> log.succeeded(
                        caller, Action.SCHEDULE_VISIT_REMINDERS, patientId, "visit " + visitId + " cancelled"));
    }

    private static VisitRemindersView view(UUID visitId, UUID patientId, Instant startsAt) {
        List<VisitRemindersView.Item> items = new ArrayList<>();
        Reminder.<Reminder>list("visitId = ?1 and patientId = ?2 and visitStartsAt = ?3", visitId, patientId, startsAt)
                .stream()
                .sorted(Comparator.comparing((Reminder r) -> r.dueAt).thenComparing(r -> r.kind))
                .forEach(r -> items.add(new VisitRemindersView.Item(r.kind, r.dueAt, r.status)));
        return new VisitRemindersView(visitId, patientId, startsAt, items);
    }
}
