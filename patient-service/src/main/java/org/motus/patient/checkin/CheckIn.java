package org.motus.patient.checkin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motus.problem.search.PageRequest;

/** One pain reading (clinical-rules.md §1: 0-10, checked by the database too). Never changed once stored. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CheckInKind kind;

    @Column(nullable = false, updatable = false)
    public int pain;

    @Column(updatable = false)
    public String note;

    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    public String requestFingerprint;

    /** SHA-256 of the request whatever its key (issue 19: identical check-ins within a minute are one). */
    @Column(name = "content_fingerprint", updatable = false)
    public String contentFingerprint;

    /** Red-flag codes answered yes or found in the note, comma-separated; null when not screened. */
    @Column(name = "red_flags", updatable = false)
    public String redFlags;

    /** For a FOLLOW_UP: whether it came after its window (rule 12); null for other kinds. */
    @Column(updatable = false)
    public Boolean late;

    /**
     * Stores a pain reading taken around a logged exercise session (BEFORE, DURING, AFTER): the
     * check-in table is written only from this package.
     */
    public static CheckIn sessionReading(
            UUID patientId, UUID sessionId, CheckInKind kind, int pain, Instant at, Instant recordedAt) {
        CheckIn reading = new CheckIn();
        reading.id = UUID.randomUUID();
        reading.patientId = patientId;
        reading.sessionId = sessionId;
        reading.kind = kind;
        reading.pain = pain;
        reading.occurredAt = at;
        reading.recordedAt = recordedAt;
        reading.persist();
        return reading;
    }

    public static Optional<CheckIn> byKey(UUID patientId, String idempotencyKey) {
        return find("patientId = ?1 and idempotencyKey = ?2", patientId, idempotencyKey)
                .firstResultOptional();
    }

    public static List<CheckIn> ofSessions(List<UUID> sessionIds) {
        return sessionIds.isEmpty() ? List.of() : list("sessionId in ?1", sessionIds);
    }

    public static List<CheckIn> between(UUID patientId, Instant from, Instant to) {
        return list(
                "patientId = ?1 and occurredAt >= ?2 and occurredAt < ?3 order by occurredAt, id", patientId, from, to);
    }

    /** One page of {@link #between}, oldest first (ADR 0044). */
    public static PageRequest.Paged<CheckIn> page(UUID patientId, Instant from, Instant to, PageRequest page) {
        List<CheckIn> rows = find(
                        "patientId = :patient and occurredAt >= :from and occurredAt < :to and "
                                + page.keyset("occurredAt", true) + " order by occurredAt, id",
                        page.parameters(Map.of("patient", patientId, "from", from, "to", to)))
                .page(0, page.rowsToRead())
                .list();
        return page.cut(rows, c -> c.occurredAt, c -> c.id);
    }

    /**
     * The check-ins {@code CheckInService} must answer with instead of storing a new one, newest first:
     * the one stored under {@code idempotencyKey} (when not null) and those with exactly this content
     * recorded at or after {@code since}. One query for both (issue 18).
     */
    public static List<CheckIn> byKeyOrSameContentSince(
            UUID patientId, String idempotencyKey, String contentFingerprint, Instant since) {
        if (idempotencyKey == null) {
            return sameContentSince(patientId, contentFingerprint, since).stream()
                    .toList();
        }
        return list(
                "patientId = ?1 and (idempotencyKey = ?2 or (contentFingerprint = ?3 and recordedAt >= ?4))"
                        + " order by recordedAt desc",
                patientId,
                idempotencyKey,
                contentFingerprint,
                since);
    }

    /** The newest check-in of the patient with exactly this content, recorded at or after {@code since}. */
    public static Optional<CheckIn> sameContentSince(UUID patientId, String contentFingerprint, Instant since) {
        return find(
                        "patientId = ?1 and contentFingerprint = ?2 and recordedAt >= ?3 order by recordedAt desc",
                        patientId,
                        contentFingerprint,
                        since)
                .firstResultOptional();
    }

    public static Optional<CheckIn> latest(UUID patientId) {
        return find("patientId = ?1 order by occurredAt desc, recordedAt desc", patientId)
                .firstResultOptional();
    }
}
