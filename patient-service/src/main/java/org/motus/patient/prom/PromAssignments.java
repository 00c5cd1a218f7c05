package org.motus.patient.prom;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.notification.PromAssignedNotices;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.PromSchedule;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.RuleViolation;

/**
 * The therapist assigns PROMs (DOMAIN rule 19, issue 15 item 1): which instruments run on the
 * regular schedule for a patient, and an instrument asked for now, on demand or before discharge.
 * An assignment tells the patient (PromAssignedNotices) and shows on their Today until answered.
 */
@ApplicationScoped
public class PromAssignments {

    private final PatientAccess access;
    private final PromAssignedNotices notices;
    private final Clock clock;

    public PromAssignments(PatientAccess access, PromAssignedNotices notices, Clock clock) {
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    /** An assignment and whether this call made it (false: an open one was there already). */
    public record Assigned(PromAssignmentView assignment, boolean created) {}

    public PromAssignmentsView view(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_PROMS, patient -> viewOf(patient.id));
    }

    public PromAssignmentsView choose(Caller caller, UUID patientId, PromScheduleRequest request) {
        Set<Instrument> named = new HashSet<>();
        for (ScheduleChoice choice : request.instruments()) {
            if (!named.add(choice.instrument())) {
                throw new RuleViolation(choice.instrument() + " is named twice: choose each instrument once.");
            }
        }
        return access.perform(caller, patientId, Action.ASSIGN_PROMS, patient -> {
            Instant now = clock.instant();
            for (ScheduleChoice choice : request.instruments()) {
                PromScheduleChoice.Key key = new PromScheduleChoice.Key(patient.id, choice.instrument());
                PromScheduleChoice row = PromScheduleChoice.findById(key);
                if (row == null) {
                    row = new PromScheduleChoice();
                    row.key = key;
                }
                row.everyTwoWeeks = choice.everyTwoWeeks();
                row.changedBy = caller.subject();
                row.changedAt = now;
                row.persist();
            }
            return viewOf(patient.id);
        });
    }

    /**
     * Asks for the instrument now. While an earlier assignment of it waits for its answer, that one
     * is kept (asking twice sends the patient one notice); asking for discharge turns an open
     * on-demand assignment into a discharge one.
     */
    public Assigned assign(Caller caller, UUID patientId, AssignPromRequest request) {
        return access.perform(caller, patientId, Action.ASSIGN_PROMS, patient -> {
            Optional<PromSchedule.Answered> answered = PromResponse.answered(patient.id, request.instrument());
            Optional<PromAssignment> open = PromAssignment.newest(patient.id, request.instrument())
                    .filter(a -> PromSchedule.open(a.assigned(), answered));
            if (open.isPresent()) {
                if (request.reason() == AssignmentReason.DISCHARGE) {
                    open.get().reason = PromSchedule.Reason.DISCHARGE;
                }
                return new Assigned(PromAssignmentView.of(open.get()), false);
            }
            PromAssignment assignment = new PromAssignment();
            assignment.id = UUID.randomUUID();
            assignment.patientId = patient.id;
            assignment.instrument = request.instrument();
            assignment.reason = request.reason().reason();
            assignment.assignedBy = caller.subject();
            assignment.assignedAt = clock.instant();
            assignment.persist();
            notices.tell(patient, assignment.id);
            return new Assigned(PromAssignmentView.of(assignment), true);
        });
    }

    /** Withdraws an assignment still waiting for its answer; withdrawing twice changes nothing. */
    public void withdraw(Caller caller, UUID patientId, UUID assignmentId) {
        access.perform(caller, patientId, Action.ASSIGN_PROMS, patient -> {
            PromAssignment assignment = PromAssignment.findById(assignmentId);
            if (assignment == null || !assignment.patientId.equals(patient.id)) {
                throw new NotFound("No PROM assignment " + assignmentId + " for this patient.");
            }
            if (assignment.withdrawnAt != null) {
                return null;
            }
            if (!PromSchedule.open(assignment.assigned(), PromResponse.answered(patient.id, assignment.instrument))) {
                throw new Conflict("The patient answered this assignment already: it cannot be withdrawn.");
            }
            assignment.withdrawnAt = clock.instant();
            assignment.withdrawnBy = caller.subject();
            return null;
        });
    }

    /** The schedule per instrument and the assignments waiting for their answer. */
    static PromAssignmentsView viewOf(UUID patientId) {
        List<ScheduleChoice> schedule = new ArrayList<>();
        List<PromAssignmentView> open = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            schedule.add(new ScheduleChoice(instrument, PromScheduleChoice.everyTwoWeeks(patientId, instrument)));
            Optional<PromSchedule.Answered> answered = PromResponse.answered(patientId, instrument);
            PromAssignment.newest(patientId, instrument)
                    .filter(a -> PromSchedule.open(a.assigned(), answered))
                    .ifPresent(a -> open.add(PromAssignmentView.of(a)));
        }
        return new PromAssignmentsView(schedule, open);
    }

    /** What is due for one instrument today, the therapist's choices included. */
    static Optional<PromSchedule.Due> due(Patient patient, Instrument instrument, LocalDate today) {
        return PromSchedule.due(
                LocalDate.ofInstant(patient.createdAt, patient.zone()),
                PromResponse.answered(patient.id, instrument),
                PromAssignment.newest(patient.id, instrument).map(PromAssignment::assigned),
                PromScheduleChoice.everyTwoWeeks(patient.id, instrument),
                patient.zone(),
                today);
    }
}
