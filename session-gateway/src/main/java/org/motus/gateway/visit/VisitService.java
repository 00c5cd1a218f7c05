package org.motus.gateway.visit;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motus.gateway.access.Caller;
import org.motus.gateway.audit.AuditAction;
import org.motus.gateway.audit.AuditEvent;
import org.motus.gateway.audit.AuditLog;
import org.motus.gateway.config.ReplicaIdentity;
import org.motus.gateway.patients.PatientDirectory;
import org.motus.gateway.patients.PatientRecord;
import org.motus.gateway.problem.VisitProblems;
import org.motus.gateway.reminder.VisitReminders;
import org.motus.problem.Conflict;
import org.motus.problem.NotFound;
import org.motus.problem.fhir.MachineGrant;

/**
 * Visits: booking, the two participants' views, cancelling and ending, the record and the note;
 * and the steps the signalling room takes (admission, join, admit, leave, end). Transactions and
 * access checks live here; the status rules are {@link VisitLifecycle}'s.
 */
@ApplicationScoped
public class VisitService {

    private static final int PAST_LIMIT = 100;

    private final VisitAccess access;
    private final PatientDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<VisitClosed> closed;
    private final VisitReminders reminders;
    private final ReplicaIdentity replica;
    private final TherapistHours hours;

    VisitService(
            VisitAccess access,
            PatientDirectory directory,
            AuditLog audit,
            Clock clock,
            Event<VisitClosed> closed,
            VisitReminders reminders,
            ReplicaIdentity replica,
            TherapistHours hours) {
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.closed = closed;
        this.reminders = reminders;
        this.replica = replica;
        this.hours = hours;
    }

    /** Who may join the signalling room: the visit's participant, while the visit is joinable. */
    public record Admission(UUID visitId, ParticipantRole role, VisitStatus status) {}

    /** The room's answer to a join: the visit's status now, and whether this participant had joined before. */
    public record Joined(VisitStatus status, boolean reconnect, UUID attendanceId) {}

    @Transactional
    public VisitView schedule(Caller caller, ScheduleVisit request) {
        Optional<PatientRecord> found = directory.visibleTo(caller, request.patientId());
        if (found.isEmpty()) {
            audit.refused(
                    caller,
                    AuditAction.VISIT_SCHEDULED,
                    null,
                    request.patientId(),
                    AuditEvent.Outcome.DENIED,
                    "not on the caller's caseload");
            throw new NotFound("No patient " + request.patientId() + " on your caseload.");
        }
        PatientRecord patient = found.get();
        refuseClash(caller.subject(), request.patientId(), request.start(), request.durationMinutes(), null);
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.therapistSubject = caller.subject();
        visit.therapistName = caller.name();
        visit.patientId = request.patientId();
        visit.patientSubject = patient.subject();
        visit.patientName = patient.displayName() == null ? "Patient" : patient.displayName();
        visit.scheduledStart = request.start();
        visit.durationMinutes = request.durationMinutes();
        visit.reason = request.reason().strip();
        visit.status = VisitStatus.SCHEDULED;
        visit.createdAt = now();
        visit.persist();
        audit.succeeded(caller, AuditAction.VISIT_SCHEDULED, visit.id, visit.patientId);
        reminders.remind(visit.id, visit.patientId, visit.scheduledStart);
        return VisitView.of(visit, ParticipantRole.THERAPIST, now());
    }

    /**
     * 409 when the therapist or the patient already has an open visit in that slot (issue 19). The
     * two participants are locked for the rest of the transaction, therapist first, so two bookings
     * at once cannot both pass. A clash of the patient's with another therapist names no one.
     */
    private void refuseClash(String therapistSubject, UUID patientId, Instant start, int minutes, UUID except) {
        lockParticipants(therapistSubject, patientId);
        for (Visit other : Visit.clashing(therapistSubject, patientId, start, minutes, except)) {
            String when = other.scheduledStart + " to " + other.scheduledEnd();
            if (other.therapistSubject.equals(therapistSubject)) {
                throw new Conflict("You already have a visit from " + when + " (" + other.patientName
                        + "); pick another time or move that one.");
            }
            throw new Conflict(VisitProblems.PATIENT_BUSY);
        }
    }

    /** Serialises bookings and moves per participant for the rest of the transaction, therapist first. */
    private static void lockParticipants(String therapistSubject, UUID patientId) {
        Visit.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0)),"
                        + " pg_advisory_xact_lock(hashtextextended(?2, 0))")
                .setParameter(1, "visit-therapist:" + therapistSubject)
                .setParameter(2, "visit-patient:" + patientId)
                .getSingleResult();
    }

    /**
     * A patient asks a therapist of their care team for a visit in one of the therapist's free
     * slots (issue 19 item 4). It holds the slot as REQUESTED until the therapist confirms or
     * declines it; 404 for a therapist not on the care team or without hours, 409 when the slot
     * is no longer free (taken meanwhile, or never offered).
     */
    @Transactional
    public VisitView request(Caller caller, RequestVisit request) {
        Optional<UUID> patientId = access.patientIdOf(caller);
        String therapist = request.therapistSubject();
        if (patientId.isEmpty() || !directory.therapistsOf(caller).contains(therapist) || !hours.hasHours(therapist)) {
            audit.refused(
                    caller,
                    AuditAction.VISIT_REQUESTED,
                    null,
                    patientId.orElse(null),
                    AuditEvent.Outcome.DENIED,
                    "not a therapist of the caller's care team with weekly hours");
            throw new NotFound(VisitProblems.NO_THERAPIST_TAKING_REQUESTS, therapist);
        }
        PatientRecord patient = directory
                .visibleTo(caller, patientId.get())
                .orElseThrow(() -> new NotFound(VisitProblems.NO_RECORD_OF_YOURS));
        int minutes = hours.visitLengthMinutes();
        lockParticipants(therapist, patientId.get());
        if (!hours.isFreeSlot(therapist, patientId.get(), request.start(), minutes, null)) {
            throw new Conflict(VisitProblems.SLOT_TAKEN);
        }
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.therapistSubject = therapist;
        visit.therapistName = TherapistAvailability.<TherapistAvailability>findById(therapist).therapistName;
        visit.patientId = patientId.get();
        visit.patientSubject = caller.subject();
        visit.patientName = patient.displayName() == null ? "Patient" : patient.displayName();
        visit.scheduledStart = request.start();
        visit.durationMinutes = minutes;
        visit.reason = request.reason().strip();
        visit.status = VisitStatus.REQUESTED;
        visit.requestedBy = ParticipantRole.PATIENT;
        visit.createdAt = now();
        visit.persist();
        audit.succeeded(caller, AuditAction.VISIT_REQUESTED, visit.id, visit.patientId);
        return VisitView.of(visit, ParticipantRole.PATIENT, now());
    }

    /** The therapist accepts a requested visit: it is booked, and the patient's reminders are planned. */
    @Transactional
    public VisitView confirm(Caller caller, UUID visitId) {
        Visit visit = reachable(caller, visitId, true, AuditAction.VISIT_CONFIRMED);
        ParticipantRole role = roleOf(caller, visit);
        if (role != ParticipantRole.THERAPIST) {
            throw new ForbiddenException("Only the therapist confirms a visit.");
        }
        change(visit, VisitEvent.CONFIRM, now());
        reminders.remind(visit.id, visit.patientId, visit.scheduledStart);
        return VisitView.of(visit, role, now());
    }

    @Transactional
    public VisitList list(Caller caller) {
        Map<UUID, VisitView> views = new LinkedHashMap<>();
        Instant now = now();
        if (caller.is(Caller.THERAPIST)) {
            Visit.listable("therapistSubject", caller.subject(), PAST_LIMIT)
                    .forEach(v -> views.put(v.id, VisitView.of(v, ParticipantRole.THERAPIST, now)));
        }
        Optional<UUID> ownPatientId = access.patientIdOf(caller);
        ownPatientId.ifPresent(patientId -> Visit.listable("patientId", patientId, PAST_LIMIT)
                .forEach(v -> {
                    if (v.patientSubject == null) {
                        v.patientSubject = caller.subject();
                    }
                    views.putIfAbsent(v.id, VisitView.of(v, ParticipantRole.PATIENT, now));
                }));
        List<VisitView> upcoming = new ArrayList<>();
        List<VisitView> past = new ArrayList<>();
        for (VisitView view : views.values()) {
            (view.status().isFinal() || !view.end().isAfter(now) ? past : upcoming).add(view);
        }
        // One event per patient whose visits the list shows (one without a patient for an empty list).
        List<UUID> patients =
                views.values().stream().map(VisitView::patientId).distinct().toList();
        if (patients.isEmpty()) {
            audit.succeeded(caller, AuditAction.VISITS_LISTED, null, null);
        }
        patients.forEach(patientId -> audit.succeeded(caller, AuditAction.VISITS_LISTED, null, patientId));
        upcoming.sort(Comparator.comparing(VisitView::start));
        past.sort(Comparator.comparing(VisitView::start).reversed());
        return new VisitList(upcoming, past.size() > PAST_LIMIT ? past.subList(0, PAST_LIMIT) : past);
    }

    @Transactional
    public VisitView get(Caller caller, UUID visitId) {
        Visit visit = reachable(caller, visitId, false, AuditAction.VISIT_READ);
        return VisitView.of(visit, roleOf(caller, visit), now());
    }

    /** One visit with whether its call was held, for its participants (FHIR's Appointment read); audited as a read. */
    @Transactional
    public VisitSummary summary(Caller caller, UUID visitId) {
        Visit visit = reachable(caller, visitId, false, AuditAction.VISIT_READ);
        return VisitSummary.of(visit, roleOf(caller, visit), now());
    }

    /**
     * A page of the caller's visits, as the list reaches them (their own as therapist and as patient;
     * nobody else's, admins none) narrowed by the query, in (scheduled start, id) order and past the
     * list's limit. Audited as the list is: one event per patient the page shows, one without a
     * patient when it shows none.
     */
    @Transactional
    public VisitQuery.Page search(Caller caller, VisitQuery query, int count, VisitQuery.Key after) {
        String therapist = caller.is(Caller.THERAPIST) ? caller.subject() : null;
        Optional<UUID> ownPatientId = access.patientIdOf(caller);
        List<Visit> found = Visit.search(therapist, ownPatientId.orElse(null), query, after, count + 1);
        return listed(caller, found, count, visit -> {
            boolean asTherapist = visit.therapistSubject.equals(therapist);
            if (!asTherapist && visit.patientSubject == null) {
                visit.patientSubject = caller.subject();
            }
            return asTherapist ? ParticipantRole.THERAPIST : ParticipantRole.PATIENT;
        });
    }

    /**
     * The page of {@code found} (fetched one past {@code count} to know whether more follow), each
     * visit in the caller's role, audited as the visit list is: one event per patient shown, one
     * without a patient when it shows none.
     */
    private VisitQuery.Page listed(
            Caller caller, List<Visit> found, int count, java.util.function.Function<Visit, ParticipantRole> role) {
        List<Visit> shown = found.size() > count ? found.subList(0, count) : found;
        Instant now = now();
        List<VisitSummary> summaries = new ArrayList<>();
        for (Visit visit : shown) {
            summaries.add(VisitSummary.of(visit, role.apply(visit), now));
        }
        List<UUID> patients =
                shown.stream().map(visit -> visit.patientId).distinct().toList();
        if (patients.isEmpty()) {
            audit.succeeded(caller, AuditAction.VISITS_LISTED, null, null);
        }
        patients.forEach(patientId -> audit.succeeded(caller, AuditAction.VISITS_LISTED, null, patientId));
        Visit last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        VisitQuery.Key next = found.size() > count ? new VisitQuery.Key(last.scheduledStart, last.id) : null;
        return new VisitQuery.Page(summaries, next);
    }

    /**
     * One visit for a machine client (FHIR Appointment, ADR 0054): reached when its SMART grant covers
     * the visit's patient; 404 otherwise, audited as a person's read is.
     */
    @Transactional
    public VisitSummary summaryForClient(Caller caller, MachineGrant grant, UUID visitId) {
        Optional<Visit> visit = Visit.findByIdOptional(visitId);
        if (visit.isEmpty()) {
            audit.refused(caller, AuditAction.VISIT_READ, visitId, null, AuditEvent.Outcome.NOT_FOUND, null);
            throw new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId));
        }
        if (!grant.reaches(visit.get().patientId)) {
            audit.refused(
                    caller, AuditAction.VISIT_READ, visitId, visit.get().patientId, AuditEvent.Outcome.DENIED, null);
            throw new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId));
        }
        audit.succeeded(caller, AuditAction.VISIT_READ, visitId, visit.get().patientId);
        // The view's "your role" is not part of an Appointment; a client takes no part in a visit.
        return VisitSummary.of(visit.get(), ParticipantRole.THERAPIST, now());
    }

    /** A page of visits for a machine client: every visit (system/ scope) or its patient's; audited as the list. */
    @Transactional
    public VisitQuery.Page searchForClient(
            Caller caller, MachineGrant grant, VisitQuery query, int count, VisitQuery.Key after) {
        List<Visit> found = grant.everyPatient()
                ? Visit.searchAll(query, after, count + 1)
                : Visit.search(null, grant.patient(), query, after, count + 1);
        // The view's "your role" is not part of an Appointment; a client takes no part in a visit.
        return listed(caller, found, count, visit -> ParticipantRole.THERAPIST);
    }

    @Transactional
    public VisitView cancel(Caller caller, UUID visitId, String reason) {
        Visit visit = reachable(caller, visitId, true, AuditAction.VISIT_CANCELLED);
        ParticipantRole role = roleOf(caller, visit);
        Instant now = now();
        change(visit, VisitEvent.CANCEL, now);
        visit.cancelledAt = now;
        visit.cancelledBy = role;
        visit.cancelReason = reason.strip();
        reminders.cancel(visit.id, visit.patientId, visit.scheduledStart);
        closed.fire(new VisitClosed(visit.id, visit.status));
        return VisitView.of(visit, role, now);
    }

    /**
     * Moves a visit nobody has joined to another time, before its start, with a reason. The
     * therapist moves it anywhere free of clashes (a requested visit so moved is confirmed) and the
     * reminders follow; the patient moves it to one of the therapist's free slots, keeping its
     * length, and it waits for the therapist to confirm it again (no reminders until then).
     */
    @Transactional
    public VisitView reschedule(Caller caller, UUID visitId, RescheduleVisit request) {
        Visit visit = reachable(caller, visitId, true, AuditAction.VISIT_RESCHEDULED);
        ParticipantRole role = roleOf(caller, visit);
        Instant now = now();
        if (role == ParticipantRole.THERAPIST) {
            int minutes = request.durationMinutes() != null ? request.durationMinutes() : visit.durationMinutes;
            change(visit, VisitEvent.RESCHEDULE, now);
            refuseClash(visit.therapistSubject, visit.patientId, request.start(), minutes, visit.id);
            visit.durationMinutes = minutes;
        } else {
            if (request.durationMinutes() != null && request.durationMinutes() != visit.durationMinutes) {
                throw new ForbiddenException("Only the therapist changes a visit's length.");
            }
            change(visit, VisitEvent.PATIENT_MOVES, now);
            lockParticipants(visit.therapistSubject, visit.patientId);
            if (!hours.isFreeSlot(
                    visit.therapistSubject, visit.patientId, request.start(), visit.durationMinutes, visit.id)) {
                throw new Conflict(VisitProblems.NOT_A_FREE_TIME);
            }
        }
        visit.scheduledStart = request.start();
        visit.movedAt = now;
        visit.movedBy = role;
        visit.moveReason = request.reason().strip();
        if (visit.status == VisitStatus.SCHEDULED) {
            reminders.remind(visit.id, visit.patientId, visit.scheduledStart);
        } else {
            reminders.cancel(visit.id, visit.patientId, visit.scheduledStart);
        }
        return VisitView.of(visit, role, now);
    }

    @Transactional
    public VisitView end(Caller caller, UUID visitId) {
        Visit visit = reachable(caller, visitId, true, AuditAction.VISIT_ENDED);
        ParticipantRole role = roleOf(caller, visit);
        if (role != ParticipantRole.THERAPIST) {
            throw new ForbiddenException("Only the therapist ends a visit.");
        }
        endCall(visit);
        return VisitView.of(visit, role, now());
    }

    @Transactional
    public VisitCalendar.Event calendarEvent(Caller caller, UUID visitId, String joinUrl) {
        Visit visit = reachable(caller, visitId, false, AuditAction.VISIT_CALENDAR_READ);
        String with = roleOf(caller, visit) == ParticipantRole.THERAPIST ? visit.patientName : visit.therapistName;
        return new VisitCalendar.Event(
                visit.id,
                visit.scheduledStart,
                visit.scheduledEnd(),
                with,
                visit.status == VisitStatus.CANCELLED,
                joinUrl);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    @Transactional
    public VisitRecordView record(Caller caller, UUID visitId) {
        Visit visit = reachable(caller, visitId, false, AuditAction.VISIT_RECORD_READ);
        return VisitRecordView.of(visit, Attendance.of(visit.id));
    }

    /** The note, for the treating therapist only; every attempt is audited, denied ones too. */
    @Transactional
    public VisitNote readNote(Caller caller, UUID visitId) {
        Visit visit = noteVisit(caller, visitId, AuditAction.VISIT_NOTE_READ);
        return new VisitNote(visit.note == null ? "" : visit.note, visit.noteUpdatedAt);
    }

    @Transactional
    public VisitNote writeNote(Caller caller, UUID visitId, String text) {
        Visit visit = noteVisit(caller, visitId, AuditAction.VISIT_NOTE_WRITE);
        visit.note = text.strip();
        visit.noteUpdatedAt = now();
        return new VisitNote(visit.note, visit.noteUpdatedAt);
    }

    // --- The signalling room's steps ---

    /** Whether the caller may open the visit's signalling socket now: 404 if not a participant, 409 if not joinable. */
    @Transactional
    public Admission admission(Caller caller, UUID visitId) {
        Visit visit = reachable(caller, visitId, false, AuditAction.VISIT_ROOM_ADMISSION);
        ParticipantRole role = roleOf(caller, visit);
        VisitLifecycle.joinRefusal(visit.status, visit.scheduledStart, visit.durationMinutes, now())
                .ifPresent(why -> {
                    throw new Conflict(why);
                });
        return new Admission(visit.id, role, visit.status);
    }

    /** A participant enters the room: the patient's arrival puts the visit in WAITING. */
    @Transactional
    public Joined join(UUID visitId, ParticipantRole role) {
        Visit visit =
                Visit.locked(visitId).orElseThrow(() -> new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId)));
        Instant now = now();
        VisitLifecycle.joinRefusal(visit.status, visit.scheduledStart, visit.durationMinutes, now)
                .ifPresent(why -> {
                    throw new Conflict(why);
                });
        if (role == ParticipantRole.PATIENT) {
            change(visit, VisitEvent.PATIENT_JOINS, now);
        }
        boolean reconnect = Attendance.hasJoined(visitId, role);
        if (reconnect) {
            if (role == ParticipantRole.PATIENT) {
                visit.patientReconnects++;
            } else {
                visit.therapistReconnects++;
            }
        }
        Attendance attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.visitId = visitId;
        attendance.role = role;
        attendance.joinedAt = now;
        attendance.reconnect = reconnect;
        attendance.replicaId = replica.id();
        attendance.persist();
        audit.byParticipant(
                subjectOf(visit, role), roleName(role), AuditAction.VISIT_ROOM_JOINED, visitId, visit.patientId);
        return new Joined(visit.status, reconnect, attendance.id);
    }

    /** The therapist lets the waiting patient in: the call starts. */
    @Transactional
    public VisitStatus admit(UUID visitId) {
        Visit visit =
                Visit.locked(visitId).orElseThrow(() -> new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId)));
        Instant now = now();
        change(visit, VisitEvent.ADMIT, now);
        if (visit.actualStart == null) {
            visit.actualStart = now;
        }
        audit.byParticipant(
                visit.therapistSubject,
                roleName(ParticipantRole.THERAPIST),
                AuditAction.VISIT_ROOM_ADMITTED,
                visitId,
                visit.patientId);
        return visit.status;
    }

    /**
     * A participant's connection left the room (or was lost). A patient who leaves the waiting room
     * un-waits the visit, unless a newer connection of theirs is still there ({@code stillPresent}).
     */
    @Transactional
    public void left(UUID visitId, ParticipantRole role, UUID attendanceId, boolean stillPresent) {
        Attendance attendance = attendanceId == null ? null : Attendance.findById(attendanceId);
        recordLeft(visitId, role, attendance, now(), stillPresent);
    }

    private void recordLeft(
            UUID visitId, ParticipantRole role, Attendance attendance, Instant at, boolean stillPresent) {
        if (attendance != null && attendance.leftAt == null) {
            attendance.leftAt = at;
            Visit.<Visit>findByIdOptional(visitId)
                    .ifPresent(v -> audit.byParticipant(
                            subjectOf(v, role), roleName(role), AuditAction.VISIT_ROOM_LEFT, visitId, v.patientId));
        }
        if (role == ParticipantRole.PATIENT && !stillPresent) {
            Visit.locked(visitId)
                    .filter(v -> v.status == VisitStatus.WAITING)
                    .ifPresent(v -> change(v, VisitEvent.PATIENT_LEAVES, now()));
        }
    }

    /**
     * Records as gone the participants whose connections a dead gateway replica held: a replica
     * killed mid-call (or cut off from the database) never closes its attendances, so the visit
     * record would show them in the room for ever. An attendance is closed here when its replica
     * is not this one, joined before {@code goneBefore}, and has no heartbeat row seen since then;
     * it left at that replica's last heartbeat (or now, if its row is gone), never before it joined.
     * Each is audited as the participant leaving, and a patient left waiting with no other open
     * connection un-waits the visit. Replicas may run this at once: each attendance is closed once.
     *
     * @return how many attendances were closed
     */
    @Transactional
    public int closeAttendanceOfGoneReplicas(Instant goneBefore, int batch) {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Attendance.getEntityManager()
                .createNativeQuery("select a.id, r.seen_at from visit_attendance a"
                        + " left join gateway_replica r on r.id = a.replica_id"
                        + " where a.left_at is null and a.replica_id is not null and a.replica_id <> :self"
                        + " and a.joined_at < :goneBefore and (r.id is null or r.seen_at < :goneBefore)"
                        + " order by a.joined_at limit :batch for update of a skip locked")
                .setParameter("self", replica.id())
                .setParameter("goneBefore", goneBefore)
                .setParameter("batch", batch)
                .getResultList();
        int closedCount = 0;
        for (Object[] row : rows) {
            Attendance attendance = Attendance.findById(row[0]);
            Instant lastSeen = row[1] == null ? now : instantOf(row[1]);
            Instant leftAt = lastSeen.isBefore(attendance.joinedAt) ? attendance.joinedAt : lastSeen;
            boolean stillPresent = Attendance.othersOpen(attendance.visitId, attendance.role, attendance.id);
            recordLeft(attendance.visitId, attendance.role, attendance, leftAt, stillPresent);
            closedCount++;
        }
        return closedCount;
    }

    private static Instant instantOf(Object timestamp) {
        if (timestamp instanceof Instant instant) {
            return instant;
        }
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + timestamp.getClass());
    }

    /** The therapist ends the call from the room. */
    @Transactional
    public VisitStatus endFromRoom(UUID visitId) {
        Visit visit =
                Visit.locked(visitId).orElseThrow(() -> new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId)));
        endCall(visit);
        audit.byParticipant(
                visit.therapistSubject,
                roleName(ParticipantRole.THERAPIST),
                AuditAction.VISIT_ENDED,
                visitId,
                visit.patientId);
        return visit.status;
    }

    /**
     * Ends the visits nobody closed once their slot and grace period are over (see {@link
     * VisitLifecycle#hasLapsed}), at most {@code batch} at a time. Replicas may run this at the same
     * moment: a visit another replica is already ending is skipped, never ended twice.
     *
     * @return how many visits this call ended
     */
    @Transactional
    public int endLapsed(Duration grace, int batch) {
        Instant now = now();
        int ended = 0;
        for (Visit visit : Visit.openAndStartedBefore(now.minus(grace), batch)) {
            List<Attendance> attendance = Attendance.of(visit.id);
            boolean anyoneConnected = attendance.stream().anyMatch(a -> a.leftAt == null);
            if (!VisitLifecycle.hasLapsed(
                    visit.status, visit.scheduledStart, visit.durationMinutes, grace, anyoneConnected, now)) {
                continue;
            }
            change(visit, VisitEvent.LAPSE, now);
            if (visit.status == VisitStatus.CANCELLED) {
                visit.cancelledAt = now;
                visit.cancelReason = "Not confirmed by the therapist before its time.";
            }
            attendance.stream().filter(a -> a.leftAt == null).forEach(a -> a.leftAt = now);
            if (visit.actualStart != null) {
                // The call ended when its last participant left, not when this check noticed.
                visit.actualEnd = attendance.stream()
                        .map(a -> a.leftAt)
                        .max(Comparator.naturalOrder())
                        .orElse(now);
            }
            audit.recordBySystem(AuditAction.VISIT_ENDED_UNATTENDED, visit.id, visit.patientId);
            closed.fire(new VisitClosed(visit.id, visit.status));
            ended++;
        }
        return ended;
    }

    private void endCall(Visit visit) {
        Instant now = now();
        boolean inCall = visit.status == VisitStatus.IN_PROGRESS;
        change(visit, VisitEvent.END, now);
        if (inCall) {
            visit.actualEnd = now;
        }
        closed.fire(new VisitClosed(visit.id, visit.status));
    }

    private static void change(Visit visit, VisitEvent event, Instant now) {
        VisitLifecycle.Outcome outcome = VisitLifecycle.apply(visit.status, event, visit.scheduledStart, now);
        if (!outcome.allowed()) {
            throw new Conflict(outcome.refusal().orElseThrow());
        }
        visit.status = outcome.to();
    }

    /**
     * The visit, if the caller is one of its participants; else 404. Every attempt is audited: the
     * granted one with this call's transaction, the refused one (DENIED, NOT_FOUND) on its own.
     */
    private Visit reachable(Caller caller, UUID visitId, boolean lock, AuditAction action) {
        Optional<Visit> visit = lock ? Visit.locked(visitId) : Visit.findByIdOptional(visitId);
        if (visit.isEmpty()) {
            audit.refused(caller, action, visitId, null, AuditEvent.Outcome.NOT_FOUND, null);
            throw new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId));
        }
        if (access.roleOf(caller, visit.get()).isEmpty()) {
            audit.refused(caller, action, visitId, visit.get().patientId, AuditEvent.Outcome.DENIED, null);
            throw new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId));
        }
        audit.succeeded(caller, action, visitId, visit.get().patientId);
        return visit.get();
    }

    private static String subjectOf(Visit visit, ParticipantRole role) {
        return role == ParticipantRole.THERAPIST ? visit.therapistSubject : visit.patientSubject;
    }

    private static String roleName(ParticipantRole role) {
        return role == ParticipantRole.THERAPIST ? Caller.THERAPIST : Caller.PATIENT;
    }

    private ParticipantRole roleOf(Caller caller, Visit visit) {
        return access.roleOf(caller, visit)
                .orElseThrow(() -> new NotFound(VisitProblems.NO_VISIT, String.valueOf(visit.id)));
    }

    private Visit noteVisit(Caller caller, UUID visitId, AuditAction action) {
        Optional<Visit> visit = Visit.findByIdOptional(visitId);
        if (visit.isEmpty()) {
            audit.refused(caller, action, visitId, null, AuditEvent.Outcome.NOT_FOUND, null);
            throw new NotFound(VisitProblems.NO_VISIT, String.valueOf(visitId));
        }
        if (!access.isTreatingTherapist(caller, visit.get())) {
            audit.refused(
                    caller,
                    action,
                    visitId,
                    visit.get().patientId,
                    AuditEvent.Outcome.DENIED,
                    "not the patient's treating therapist");
            throw new NotFound("No visit note for visit " + visitId + ".");
        }
        audit.succeeded(caller, action, visitId, visit.get().patientId);
        return visit.get();
    }
}
