package org.motus.gateway.visit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;

/** A booked video visit; never leaves the gateway as JSON ({@link VisitView} does). */
@Entity
@Table(name = "visit")
public class Visit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "therapist_subject")
    public String therapistSubject;

    @Column(name = "therapist_name")
    public String therapistName;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "patient_subject")
    public String patientSubject;

    @Column(name = "patient_name")
    public String patientName;

    @Column(name = "scheduled_start")
    public Instant scheduledStart;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String reason;

    @Enumerated(EnumType.STRING)
    public VisitStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public ParticipantRole cancelledBy;

    @Column(name = "actual_start")
    public Instant actualStart;

    @Column(name = "actual_end")
    public Instant actualEnd;

    @Column(name = "therapist_reconnects")
    public int therapistReconnects;

    @Column(name = "patient_reconnects")
    public int patientReconnects;

    public String note;

    /** PATIENT when the patient asked for this visit (it started REQUESTED); null when the therapist booked it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by")
    public ParticipantRole requestedBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "moved_at")
    public Instant movedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "moved_by")
    public ParticipantRole movedBy;

    @Column(name = "move_reason")
    public String moveReason;

    @Column(name = "note_updated_at")
    public Instant noteUpdatedAt;

    @Version
    public long version;

    public Instant scheduledEnd() {
        return VisitLifecycle.joinableUntil(scheduledStart, durationMinutes);
    }

    static Optional<Visit> locked(UUID id) {
        return Optional.ofNullable(Visit.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Visits not yet ended or cancelled that started before {@code startedBefore}, locked for this
     * transaction; rows another transaction holds are skipped (SKIP LOCKED), so replicas share the work.
     */
    static List<Visit> openAndStartedBefore(Instant startedBefore, int limit) {
        return find(
                        "status in ?1 and scheduledStart < ?2 order by scheduledStart",
                        List.of(
                                VisitStatus.REQUESTED,
                                VisitStatus.SCHEDULED,
                                VisitStatus.WAITING,
                                VisitStatus.IN_PROGRESS),
                        startedBefore)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .page(0, limit)
                .list();
    }

    /**
     * What a visit list can show of one participant's visits: every open one and the latest
     * {@code pastLimit} closed ones, never the whole history (issue 17 item 2). The past the list
     * answers (at most {@code pastLimit}, latest first) is always among them.
     */
    static List<Visit> listable(String participant, Object value, int pastLimit) {
        List<Visit> visits = new java.util.ArrayList<>(openOf(participant, value));
        visits.addAll(latestClosedOf(participant, value, pastLimit));
        return visits;
    }

    /**
     * The open visits of this therapist or this patient (other than {@code except}) whose slot
     * overlaps [start, start + minutes): what a booking or a move would clash with.
     */
    static List<Visit> clashing(String therapistSubject, UUID patientId, Instant start, int minutes, UUID except) {
        return Visit.<Visit>list(
                        "status not in ?1 and (therapistSubject = ?2 or patientId = ?3) and scheduledStart < ?4"
                                + " and scheduledStart > ?5 order by scheduledStart",
                        CLOSED,
                        therapistSubject,
                        patientId,
                        start.plusSeconds(60L * minutes),
                        start.minusSeconds(60L * VisitSlots.LONGEST_MINUTES))
                .stream()
                .filter(other -> !other.id.equals(except))
                .filter(other -> VisitSlots.overlap(start, minutes, other.scheduledStart, other.durationMinutes))
                .toList();
    }

    /** The open visits of this therapist or this patient starting in [from, until): what holds their time. */
    static List<Visit> openBetween(String therapistSubject, UUID patientId, Instant from, Instant until) {
        return list(
                "status not in ?1 and (therapistSubject = ?2 or patientId = ?3) and scheduledStart >= ?4"
                        + " and scheduledStart < ?5",
                CLOSED,
                therapistSubject,
                patientId,
                from,
                until);
    }

    /** The visits of one participant still open (not ENDED or CANCELLED): the schedule ahead and any overdue. */
    static List<Visit> openOf(String participant, Object value) {
        return list(participant + " = ?1 and status not in ?2 order by scheduledStart", value, CLOSED);
    }

    /** The latest {@code limit} closed visits of one participant, latest first: the past, without all of it. */
    static List<Visit> latestClosedOf(String participant, Object value, int limit) {
        return find(participant + " = ?1 and status in ?2 order by scheduledStart desc, id desc", value, CLOSED)
                .page(0, limit)
                .list();
    }

    /**
     * A page of the visits a search asks for among those of this therapist or this patient (either
     * may be null; both null finds nothing), in (scheduled start, id) order after {@code after}.
     */
    static List<Visit> search(
            String therapistSubject, UUID patientId, VisitQuery query, VisitQuery.Key after, int limit) {
        return search(therapistSubject, patientId, false, query, after, limit);
    }

    /** The same among every visit of the clinic: a machine client with a {@code system/} scope (ADR 0054). */
    static List<Visit> searchAll(VisitQuery query, VisitQuery.Key after, int limit) {
        return search(null, null, true, query, after, limit);
    }

    private static List<Visit> search(
            String therapistSubject,
            UUID patientId,
            boolean everyVisit,
            VisitQuery query,
            VisitQuery.Key after,
            int limit) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        List<String> reach = new java.util.ArrayList<>();
        if (everyVisit) {
            reach.add("1 = 1");
        }
        if (therapistSubject != null) {
            reach.add("therapistSubject = :reachTherapist");
            params.put("reachTherapist", therapistSubject);
        }
        if (patientId != null) {
            reach.add("patientId = :reachPatient");
            params.put("reachPatient", patientId);
        }
        if (reach.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("(" + String.join(" or ", reach) + ")");
        int n = 0;
        for (VisitQuery.Participants participants : query.participants()) {
            List<String> any = new java.util.ArrayList<>();
            if (!participants.patientIds().isEmpty()) {
                any.add("patientId in :patients" + n);
                params.put("patients" + n, participants.patientIds());
            }
            if (!participants.therapistSubjects().isEmpty()) {
                any.add("therapistSubject in :therapists" + n);
                params.put("therapists" + n, participants.therapistSubjects());
            }
            where.append(" and ").append(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
            n++;
        }
        if (query.startFrom() != null) {
            where.append(" and scheduledStart >= :startFrom");
            params.put("startFrom", query.startFrom());
        }
        if (query.startBefore() != null) {
            where.append(" and scheduledStart < :startBefore");
            params.put("startBefore", query.startBefore());
        }
        if (query.statuses() != null) {
            List<String> any = new java.util.ArrayList<>();
            for (VisitQuery.StatusFilter status : query.statuses()) {
                String held = status.callHeld() == null
                        ? ""
                        : status.callHeld() ? " and actualStart is not null" : " and actualStart is null";
                any.add("(status = :status" + any.size() + held + ")");
                params.put("status" + (any.size() - 1), status.status());
            }
            where.append(" and ").append(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
        }
        if (after != null) {
            where.append(" and (scheduledStart > :afterStart or (scheduledStart = :afterStart and id > :afterId))");
            params.put("afterStart", after.start());
            params.put("afterId", after.id());
        }
        return find(where + " order by scheduledStart, id", params)
                .page(0, limit)
                .list();
    }

    private static final List<VisitStatus> CLOSED = List.of(VisitStatus.ENDED, VisitStatus.CANCELLED);
}
