package org.motus.patient.record;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.motus.patient.access.Caller;
import org.motus.patient.access.PatientAccess;

import java.util.UUID;

@ApplicationScoped
public class PatientService {

    @Inject
    PatientAccess access;

    /**
     * The caller's own record, created on first sign-in. Two first requests at once (two tabs)
     * must not fail: the insert yields to an existing row instead of hitting the unique key.
     */
    @Transactional
    public PatientView ownRecord(Caller caller) {
        Panache.getEntityManager()
                .createNativeQuery("insert into patient (id, subject, display_name) values (?1, ?2, ?3) on conflict (subject) do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, caller.subject())
                .setParameter(3, caller.displayName())
                .executeUpdate();
        return PatientView.of(Patient.findBySubject(caller.subject()).orElseThrow());
    }

    @Transactional
    public PatientView record(Caller caller, UUID patientId) {
        return PatientView.of(access.readableRecord(caller, patientId));
    }
}
