package org.motus.patient.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.motus.patient.careteam.CareTeamMember;
import org.motus.patient.record.Patient;
import org.motus.problem.NotFound;

import java.util.Optional;
import java.util.UUID;

/**
 * The one place that decides whether a caller may reach a patient's record (DESIGN.md
 * "Identity and access"): a patient only themself, a therapist only their caseload, an admin
 * the record (not clinical notes). Anything else is answered as if the record did not exist.
 */
@ApplicationScoped
public class PatientAccess {

    public Patient readableRecord(Caller caller, UUID patientId) {
        Optional<Patient> patient = Patient.findByIdOptional(patientId);
        if (patient.isEmpty() || !mayRead(caller, patient.get())) {
            throw new NotFound("No patient " + patientId + ".");
        }
        return patient.get();
    }

    private boolean mayRead(Caller caller, Patient patient) {
        if (caller.is(Caller.PATIENT) && caller.subject().equals(patient.subject)) {
            return true;
        }
        if (caller.is(Caller.THERAPIST) && CareTeamMember.treats(caller.subject(), patient.id)) {
            return true;
        }
        return caller.is(Caller.ADMIN);
    }
}
