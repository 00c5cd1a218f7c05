package org.motus.patient.prom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.PromSchedule;
import org.motus.problem.search.PageRequest;

/** One completed PROM with its score (clinical-rules.md §19). Never changed once stored. */
@Entity
@Table(name = "prom_response")
public class PromResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Instrument instrument;

    @Column(nullable = false, updatable = false, precision = 4, scale = 2)
    public BigDecimal score;

    @Column(name = "answered_at", nullable = false, updatable = false)
    public Instant answeredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    public String requestFingerprint;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prom_answer", joinColumns = @JoinColumn(name = "response_id"))
    @OrderBy("position")
    public List<Answer> answers = new ArrayList<>();

    /** One answered item. */
    @Embeddable
    public static class Answer {
        @Column(nullable = false, updatable = false)
        public short position;

        @Column(nullable = false, updatable = false)
        public String item;

        @Column(nullable = false, updatable = false)
        public short value;
    }

    public static Optional<PromResponse> byKey(UUID patientId, String key) {
        return find("patientId = ?1 and idempotencyKey = ?2", patientId, key).firstResultOptional();
    }

    /** One page of {@link #of}, oldest first (ADR 0044). */
    public static PageRequest.Paged<PromResponse> page(UUID patientId, Instrument instrument, PageRequest page) {
        java.util.Map<String, Object> own = new java.util.LinkedHashMap<>();
        own.put("patient", patientId);
        if (instrument != null) {
            own.put("instrument", instrument);
        }
        List<PromResponse> rows = find(
                        "patientId = :patient" + (instrument == null ? "" : " and instrument = :instrument") + " and "
                                + page.keyset("answeredAt", true) + " order by answeredAt, id",
                        page.parameters(own))
                .page(0, page.rowsToRead())
                .list();
        return page.cut(rows, row -> row.answeredAt, row -> row.id);
    }

    /** When the instrument was last answered and last sent, if ever (one query, by the patient's index). */
    public static Optional<PromSchedule.Answered> answered(UUID patientId, Instrument instrument) {
        Object[] row = getEntityManager()
                .createQuery(
                        "select max(answeredAt), max(recordedAt) from PromResponse where patientId = ?1 and instrument = ?2",
                        Object[].class)
                .setParameter(1, patientId)
                .setParameter(2, instrument)
                .getSingleResult();
        return row[0] == null
                ? Optional.empty()
                : Optional.of(new PromSchedule.Answered((Instant) row[0], (Instant) row[1]));
    }

    /** The patient's responses, oldest first, of one instrument or (null) all. */
    public static List<PromResponse> of(UUID patientId, Instrument instrument) {
        return instrument == null
                ? list("patientId = ?1 order by answeredAt, id", patientId)
                : list("patientId = ?1 and instrument = ?2 order by answeredAt, id", patientId, instrument);
    }
}
