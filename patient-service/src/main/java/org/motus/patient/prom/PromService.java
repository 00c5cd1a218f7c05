package org.motus.patient.prom;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.idempotency.Idempotency;
import org.motus.patient.idempotency.Idempotency.Earlier;
import org.motus.patient.idempotency.Idempotency.Stored;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.ItemAnswer;
import org.motus.patient.prom.score.PromScoring;
import org.motus.patient.prom.score.ScoreChange;
import org.motus.patient.prom.score.Unscorable;
import org.motus.patient.record.Patient;
import org.motus.patient.record.PatientAccess;
import org.motus.problem.RuleViolation;
import org.motus.problem.search.PageRequest;

/**
 * PROMs (DOMAIN rule 19): the patient answers a due instrument, the service scores it by the
 * published rule and stores answers and score together; the patient and the treating therapist
 * read the scores over time, what is due, and baseline-to-latest change. Every call goes through
 * {@link PatientAccess} (access table and audit row).
 */
@ApplicationScoped
public class PromService {

    private final PatientAccess access;
    private final Idempotency idempotency;
    private final Clock clock;

    public PromService(PatientAccess access, Idempotency idempotency, Clock clock) {
        this.access = access;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Scores and stores a response; unscorable answers are refused whole (422), nothing is written. */
    public Stored<PromView> record(Caller caller, UUID patientId, String idempotencyKey, PromRequest request) {
        return access.perform(
                caller,
                patientId,
                Action.RECORD_PROM,
                patient -> idempotency.write(
                        idempotencyKey,
                        request,
                        "PROM response",
                        key -> PromResponse.byKey(patientId, key)
                                .map(earlier -> new Earlier<>(earlier.requestFingerprint, () -> PromView.of(earlier))),
                        fingerprint -> insert(patient, idempotencyKey, fingerprint, request)));
    }

    public PageRequest.Paged<PromView> list(Caller caller, UUID patientId, Instrument instrument, PageRequest page) {
        return access.perform(
                caller,
                patientId,
                Action.READ_PROMS,
                patient -> PromResponse.page(patientId, instrument, page).map(PromView::of));
    }

    /**
     * What is due today in the patient's zone: what the therapist assigned, then the regular schedule
     * of the instruments they keep on it; nothing once discharged (the record is read-only).
     */
    public List<DuePromView> due(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_PROMS, patient -> {
            if (patient.dischargedAt != null) {
                return List.of();
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), patient.zone());
            List<DuePromView> due = new ArrayList<>();
            for (Instrument instrument : Instrument.values()) {
                PromAssignments.due(patient, instrument, today)
                        .ifPresent(d -> due.add(new DuePromView(instrument, d.reason(), d.since())));
            }
            return due;
        });
    }

    /** Per instrument answered at least once: baseline, latest and the change (for the discharge summary). */
    public List<PromSummaryView> summary(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_PROMS, patient -> summaryOf(patientId));
    }

    /** The per-instrument summary; the caller has checked access (the discharge summary reuses it). */
    public static List<PromSummaryView> summaryOf(UUID patientId) {
        List<PromSummaryView> summary = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            List<PromResponse> responses = PromResponse.of(patientId, instrument);
            if (responses.isEmpty()) {
                continue;
            }
            PromResponse first = responses.get(0);
            PromResponse last = responses.get(responses.size() - 1);
            ScoreChange change = ScoreChange.between(instrument, first.score, last.score);
            summary.add(new PromSummaryView(
                    instrument,
                    first.score,
                    first.answeredAt,
                    last.score,
                    last.answeredAt,
                    change.change(),
                    instrument.mcid().orElse(null),
                    instrument.higherIsBetter(),
                    change.meaning(),
                    responses.size()));
        }
        return summary;
    }

    private Optional<PromView> insert(Patient patient, String idempotencyKey, String fingerprint, PromRequest request) {
        List<ItemAnswer> answers = request.items().stream()
                .map(item -> new ItemAnswer(item.item(), item.value()))
                .toList();
        BigDecimal score;
        try {
            score = PromScoring.score(request.instrument(), answers);
        } catch (Unscorable unscorable) {
            throw new RuleViolation(unscorable.getMessage());
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        EntityManager em = Panache.getEntityManager();
        int inserted = em.createNativeQuery("""
                        insert into prom_response (id, patient_id, instrument, score, answered_at, recorded_at,
                                                   idempotency_key, request_fingerprint)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (patient_id, idempotency_key) do nothing""")
                .setParameter(1, id)
                .setParameter(2, patient.id)
                .setParameter(3, request.instrument().name())
                .setParameter(4, score)
                .setParameter(5, request.answeredAt() != null ? request.answeredAt() : now)
                .setParameter(6, now)
                .setParameter(7, idempotencyKey)
                .setParameter(8, fingerprint)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < answers.size(); i++) {
            em.createNativeQuery("insert into prom_answer (response_id, position, item, value) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id)
                    .setParameter(2, (short) (i + 1))
                    .setParameter(3, answers.get(i).item().strip())
                    .setParameter(4, answers.get(i).value().shortValue())
                    .executeUpdate();
        }
        return Optional.of(PromView.of(PromResponse.findById(id)));
    }
}
