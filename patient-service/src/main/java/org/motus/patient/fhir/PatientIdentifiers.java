package org.motus.patient.fhir;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motus.patient.fhir.PatientImport.ExternalId;

/** The identifiers other systems gave a patient (table patient_identifier, V20): one names one record. */
final class PatientIdentifiers {

    private PatientIdentifiers() {}

    static Optional<UUID> find(ExternalId id) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select patient_id from patient_identifier where system = ?1 and value = ?2")
                .setParameter(1, id.system())
                .setParameter(2, id.value())
                .getResultList();
        return rows.stream().findFirst().map(row -> (UUID) row);
    }

    /** Keeps the identifier for the patient; false when it names another record already. */
    static boolean keep(ExternalId id, UUID patientId, Instant now) {
        int inserted = Panache.getEntityManager()
                .createNativeQuery("""
                        insert into patient_identifier (system, value, patient_id, created_at) values (?1, ?2, ?3, ?4)
                        on conflict (system, value) do nothing""")
                .setParameter(1, id.system())
                .setParameter(2, id.value())
                .setParameter(3, patientId)
                .setParameter(4, now)
                .executeUpdate();
        return inserted == 1 || find(id).filter(patientId::equals).isPresent();
    }

    @SuppressWarnings("unchecked")
    static List<ExternalId> of(UUID patientId) {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery(
                        "select system, value from patient_identifier where patient_id = ?1 order by created_at, system, value")
                .setParameter(1, patientId)
                .getResultList();
        return rows.stream()
                .map(row -> new ExternalId((String) row[0], (String) row[1]))
                .toList();
    }
}
