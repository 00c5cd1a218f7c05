package org.motus.patient.export;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Resource;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.exerciselog.ExerciseLog;
import org.motus.patient.fhir.CareFhirReads;
import org.motus.patient.fhir.FhirReads;
import org.motus.patient.fhir.PromFhir;
import org.motus.patient.fhir.ToFhir;
import org.motus.patient.flag.Flag;
import org.motus.patient.prom.PromResponse;
import org.motus.patient.record.Patient;

/**
 * Where each exported type's resources come from, read a page at a time in id order (a keyset, so
 * rows stored while the export runs never shift a page), each mapped by the same functions as the
 * FHIR reads. {@code _since} keeps what was recorded or changed since: a record created or updated,
 * a reading or PROM recorded, a flag raised or acknowledged, a care team member assigned; a
 * patient's consents all come when any decision is that recent (a new decision changes the status
 * of the older ones). Each read runs in the caller's transaction.
 */
final class ExportSources {

    /** One page: its resources, the patients they belong to, and the key to continue after. */
    record Batch(List<Resource> resources, Set<UUID> patients, UUID last) {
        boolean isEmpty() {
            return last == null;
        }
    }

    /** One table of a type, read page by page. */
    interface Source {
        Batch read(UUID after, int size);
    }

    private ExportSources() {}

    static List<Source> of(ExportType type, Instant since) {
        return switch (type) {
            case PATIENT ->
                List.of(page(
                        Patient.class,
                        since == null ? "" : "(createdAt >= :since or updatedAt >= :since)",
                        since,
                        (Patient p) -> p.id,
                        p -> p.id,
                        p -> List.of(FhirReads.patientWithIdentifiers(p))));
            case CARE_TEAM ->
                List.of(page(
                        Patient.class,
                        since == null
                                ? ""
                                : "id in (select m.key.patientId from CareTeamMember m where m.assignedAt >= :since)",
                        since,
                        (Patient p) -> p.id,
                        p -> p.id,
                        p -> List.of(CareFhirReads.careTeamOf(p))));
            case CONSENT -> List.of(patientsWithConsents(since));
            case OBSERVATION ->
                List.of(
                        page(
                                CheckIn.class,
                                since == null ? "" : "recordedAt >= :since",
                                since,
                                (CheckIn c) -> c.id,
                                c -> c.patientId,
                                c -> List.of(ToFhir.pain(c))),
                        page(
                                ExerciseLog.class,
                                "(peakHeartRateBpm is not null or averageHeartRateBpm is not null)"
                                        + (since == null ? "" : " and recordedAt >= :since"),
                                since,
                                (ExerciseLog s) -> s.id,
                                s -> s.patientId,
                                ExportSources::heartRates));
            case FLAG ->
                List.of(page(
                        Flag.class,
                        since == null ? "" : "(raisedAt >= :since or acknowledgedAt >= :since)",
                        since,
                        (Flag f) -> f.id,
                        f -> f.patientId,
                        f -> List.of(ToFhir.flag(f))));
            case QUESTIONNAIRE_RESPONSE ->
                List.of(page(
                        PromResponse.class,
                        since == null ? "" : "recordedAt >= :since",
                        since,
                        (PromResponse r) -> r.id,
                        r -> r.patientId,
                        r -> List.of(PromFhir.response(r))));
        };
    }

    private static List<Resource> heartRates(ExerciseLog session) {
        List<Resource> rates = new ArrayList<>(2);
        ToFhir.heartRate(session, ToFhir.HeartRateStatistic.PEAK).ifPresent(rates::add);
        ToFhir.heartRate(session, ToFhir.HeartRateStatistic.MEAN).ifPresent(rates::add);
        return rates;
    }

    private static <E> Source page(
            Class<E> entity,
            String condition,
            Instant since,
            Function<E, UUID> id,
            Function<E, UUID> patient,
            Function<E, List<? extends Resource>> map) {
        return (after, size) -> {
            Map<String, Object> params = new HashMap<>();
            List<String> where = new ArrayList<>();
            if (!condition.isEmpty()) {
                where.add(condition);
            }
            if (since != null) {
                params.put("since", since);
            }
            if (after != null) {
                where.add("id > :after");
                params.put("after", after);
            }
            String query = "from " + entity.getSimpleName()
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id";
            var typed = Panache.getEntityManager().createQuery(query, entity).setMaxResults(size);
            params.forEach(typed::setParameter);
            List<E> rows = typed.getResultList();
            List<Resource> resources = new ArrayList<>();
            Set<UUID> patients = new LinkedHashSet<>();
            for (E row : rows) {
                List<? extends Resource> mapped = map.apply(row);
                resources.addAll(mapped);
                if (!mapped.isEmpty()) {
                    patients.add(patient.apply(row));
                }
            }
            return new Batch(resources, patients, rows.isEmpty() ? null : id.apply(rows.get(rows.size() - 1)));
        };
    }

    /** Consents come per patient: all of a patient's decisions, since any one changes the others' status. */
    private static Source patientsWithConsents(Instant since) {
        return (after, size) -> {
            String query = "select distinct d.patientId from ConsentDecision d"
                    + " where 1 = 1"
                    + (since == null
                            ? ""
                            : " and d.patientId in (select e.patientId from ConsentDecision e"
                                    + " where e.decidedAt >= :since)")
                    + (after == null ? "" : " and d.patientId > :after")
                    + " order by d.patientId";
            var typed =
                    Panache.getEntityManager().createQuery(query, UUID.class).setMaxResults(size);
            if (since != null) {
                typed.setParameter("since", since);
            }
            if (after != null) {
                typed.setParameter("after", after);
            }
            List<UUID> patients = typed.getResultList();
            List<Resource> resources = new ArrayList<>();
            for (UUID patientId : patients) {
                resources.addAll(CareFhirReads.consentsOf(patientId));
            }
            return new Batch(
                    resources,
                    new LinkedHashSet<>(patients),
                    patients.isEmpty() ? null : patients.get(patients.size() - 1));
        };
    }
}
