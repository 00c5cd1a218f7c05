package org.motus.patient.exerciselog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ListIndexBase;
import org.motus.patient.checkin.CheckInKind;
import org.motus.problem.search.PageRequest;

/** A session of the patient's plan as they logged it. Never changed once stored. */
@Entity
@Table(name = "exercise_session")
public class ExerciseLog extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(name = "plan_id", updatable = false)
    public UUID planId;

    @Column(name = "plan_version", updatable = false)
    public Integer planVersion;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "ended_at", nullable = false, updatable = false)
    public Instant endedAt;

    @Column(name = "average_heart_rate_bpm", updatable = false)
    public Integer averageHeartRateBpm;

    @Column(name = "peak_heart_rate_bpm", updatable = false)
    public Integer peakHeartRateBpm;

    @Column(updatable = false)
    public String note;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    public String requestFingerprint;

    /** SHA-256 of the request whatever its key (issue 19: identical saves within a minute are one). */
    @Column(name = "content_fingerprint", updatable = false)
    public String contentFingerprint;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** Red-flag codes answered yes or found in the note, comma-separated; null when not screened. */
    @Column(name = "red_flags", updatable = false)
    public String redFlags;

    /** The patient's activity ceiling when the session was logged (rule 13). */
    @Column(name = "ceiling_used", nullable = false, updatable = false)
    public int ceilingUsed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<ExerciseLogItem> items = new ArrayList<>();

    public static Optional<ExerciseLog> of(UUID patientId, UUID sessionId) {
        // With its items (always loaded, EAGER) in the same statement rather than a second one (issue 18).
        return find(
                        "from ExerciseLog s left join fetch s.items where s.id = ?1 and s.patientId = ?2",
                        sessionId,
                        patientId)
                .singleResultOptional();
    }

    /** The newest session of the patient with exactly this content, recorded at or after {@code since}. */
    public static Optional<ExerciseLog> sameContentSince(UUID patientId, String contentFingerprint, Instant since) {
        return find(
                        "patientId = ?1 and contentFingerprint = ?2 and recordedAt >= ?3 order by recordedAt desc",
                        patientId,
                        contentFingerprint,
                        since)
                .firstResultOptional();
    }

    public static Optional<ExerciseLog> byKey(UUID patientId, String idempotencyKey) {
        return find("patientId = ?1 and idempotencyKey = ?2", patientId, idempotencyKey)
                .firstResultOptional();
    }

    /** Sessions that ended after {@code since} and have no FOLLOW_UP reading yet, by end time. */
    public static List<ExerciseLog> awaitingFollowUp(UUID patientId, Instant since) {
        return list("""
                from ExerciseLog s where s.patientId = ?1 and s.endedAt > ?2
                 and not exists (select 1 from CheckIn c where c.sessionId = s.id and c.kind = ?3)
                order by s.endedAt, s.id""", patientId, since, CheckInKind.FOLLOW_UP);
    }

    /** One page of {@link #startedBetween}, oldest first (ADR 0044). */
    public static PageRequest.Paged<ExerciseLog> page(UUID patientId, Instant from, Instant to, PageRequest page) {
        List<ExerciseLog> rows = find(
                        "patientId = :patient and startedAt >= :from and startedAt < :to and "
                                + page.keyset("startedAt", true) + " order by startedAt, id",
                        page.parameters(Map.of("patient", patientId, "from", from, "to", to)))
                .page(0, page.rowsToRead())
                .list();
        return page.cut(rows, s -> s.startedAt, s -> s.id);
    }

    public static List<ExerciseLog> startedBetween(UUID patientId, Instant from, Instant to) {
        return list(
                "patientId = ?1 and startedAt >= ?2 and startedAt < ?3 order by startedAt, id", patientId, from, to);
    }
}
