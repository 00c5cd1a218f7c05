package org.motus.patient.careteam;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.motus.patient.checkin.CheckInKind;
import org.motus.patient.consent.ConsentDecision;
import org.motus.patient.consent.ConsentDecisionKind;
import org.motus.patient.consent.ConsentKind;
import org.motus.patient.flag.Flag;
import org.motus.patient.progress.ProgressService;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.RemoteMonitoring;

/**
 * What the caseload shows of every patient on it, read for all of them at once: a handful of
 * queries whatever the caseload's size, where one patient at a time took six each (issue 18:
 * a therapist's caseload of 200 patients). Each patient's figures then come from the same pure
 * rules as their own adherence view.
 */
final class CaseloadReads {

    /** The newest reading of a patient, or none. */
    record Latest(int pain, CheckInKind kind, Instant occurredAt) {}

    private final Map<UUID, List<Instant>> sessionStarts = new HashMap<>();
    private final Map<UUID, List<Instant>> checkIns = new HashMap<>();
    private final Map<UUID, List<RemoteMonitoring.ConsentChange>> consent = new HashMap<>();
    private final Map<UUID, Latest> latest = new HashMap<>();
    private final Map<UUID, List<Flag>> openFlags = new HashMap<>();

    private CaseloadReads() {}

    /** Reads for {@code patients} what their adherence over {@code weeks} weeks, latest pain and open flags need. */
    static CaseloadReads of(List<Patient> patients, Instant now, int weeks) {
        CaseloadReads reads = new CaseloadReads();
        if (patients.isEmpty()) {
            return reads;
        }
        List<UUID> ids = patients.stream().map(patient -> patient.id).toList();
        // The earliest window of any patient's zone; each patient's own window is cut out below.
        Instant from = patients.stream()
                .map(patient -> ProgressService.adherenceWindowStart(patient.zone(), now, weeks))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        var em = Panache.getEntityManager();
        em.createQuery(
                        "select s.patientId, s.startedAt from ExerciseLog s"
                                + " where s.patientId in ?1 and s.startedAt >= ?2 and s.startedAt < ?3",
                        Object[].class)
                .setParameter(1, ids)
                .setParameter(2, from)
                .setParameter(3, now)
                .getResultList()
                .forEach(row -> add(reads.sessionStarts, (UUID) row[0], (Instant) row[1]));
        em.createQuery(
                        "select c.patientId, c.occurredAt from CheckIn c"
                                + " where c.patientId in ?1 and c.occurredAt >= ?2 and c.occurredAt < ?3",
                        Object[].class)
                .setParameter(1, ids)
                .setParameter(2, from)
                .setParameter(3, now)
                .getResultList()
                .forEach(row -> add(reads.checkIns, (UUID) row[0], (Instant) row[1]));
        ConsentDecision.<ConsentDecision>list("patientId in ?1 and kind = ?2", ids, ConsentKind.REMOTE_MONITORING)
                .forEach(decision -> reads.consent
                        .computeIfAbsent(decision.patientId, id -> new ArrayList<>())
                        .add(new RemoteMonitoring.ConsentChange(
                                decision.decidedAt, decision.decision == ConsentDecisionKind.ACCEPTED)));
        // The newest reading per patient: one index probe each (check_in_patient_occurred), not a scan of their
        // history.
        @SuppressWarnings("unchecked")
        List<Object[]> newest = em.createNativeQuery("""
                        select p.id, c.pain, c.kind, c.occurred_at
                          from patient p
                          cross join lateral (select pain, kind, occurred_at from check_in
                                               where patient_id = p.id
                                               order by occurred_at desc, recorded_at desc limit 1) c
                         where p.id in (?1)""").setParameter(1, ids).getResultList();
        for (Object[] row : newest) {
            reads.latest.put(
                    (UUID) row[0],
                    new Latest(
                            ((Number) row[1]).intValue(),
                            CheckInKind.valueOf((String) row[2]),
                            ((java.time.OffsetDateTime) toOffset(row[3])).toInstant()));
        }
        Flag.<Flag>find("patientId in ?1 and acknowledgedAt is null order by raisedAt, id", ids)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list()
                .forEach(flag -> reads.openFlags
                        .computeIfAbsent(flag.patientId, id -> new ArrayList<>())
                        .add(flag));
        return reads;
    }

    private static Object toOffset(Object value) {
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static void add(Map<UUID, List<Instant>> map, UUID patientId, Instant at) {
        map.computeIfAbsent(patientId, id -> new ArrayList<>()).add(at);
    }

    List<Instant> sessionStarts(Patient patient, Instant from) {
        return within(sessionStarts.get(patient.id), from);
    }

    List<Instant> checkIns(Patient patient, Instant from) {
        return within(checkIns.get(patient.id), from);
    }

    List<RemoteMonitoring.ConsentChange> consent(Patient patient) {
        return consent.getOrDefault(patient.id, List.of());
    }

    Optional<Latest> latest(Patient patient) {
        return Optional.ofNullable(latest.get(patient.id));
    }

    List<Flag> openFlags(Patient patient) {
        return openFlags.getOrDefault(patient.id, List.of());
    }

    private static List<Instant> within(List<Instant> all, Instant from) {
        return all == null
                ? List.of()
                : all.stream().filter(at -> !at.isBefore(from)).toList();
    }
}
