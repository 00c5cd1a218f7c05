package org.motus.gateway.visit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.motus.gateway.access.Caller;
import org.motus.gateway.patients.PatientDirectory;

/**
 * The one place that decides who is in a visit (docs/architecture.md, "Identity and access": its therapist
 * (the one who booked it, by Keycloak subject) and its patient (by patient-service's id, and the
 * subject patient-service links to it). Nobody else, admins included, reaches a visit: for them
 * it does not exist (404).
 */
@ApplicationScoped
public class VisitAccess {

    private final PatientDirectory directory;

    VisitAccess(PatientDirectory directory) {
        this.directory = directory;
    }

    /**
     * The caller's role in the visit, if any. The first time the patient reaches their visit, the
     * visit learns their subject (patient-service knows the record only by id when a therapist books).
     */
    public Optional<ParticipantRole> roleOf(Caller caller, Visit visit) {
        if (caller.is(Caller.THERAPIST) && caller.subject().equals(visit.therapistSubject)) {
            return Optional.of(ParticipantRole.THERAPIST);
        }
        if (caller.is(Caller.PATIENT)) {
            if (visit.patientSubject != null) {
                return caller.subject().equals(visit.patientSubject)
                        ? Optional.of(ParticipantRole.PATIENT)
                        : Optional.empty();
            }
            Optional<UUID> own = directory.patientIdOf(caller);
            if (own.isPresent() && own.get().equals(visit.patientId)) {
                visit.patientSubject = caller.subject();
                return Optional.of(ParticipantRole.PATIENT);
            }
        }
        return Optional.empty();
    }

    /** The treating therapist: the visit's therapist, and patient-service still has the patient on their caseload. */
    public boolean isTreatingTherapist(Caller caller, Visit visit) {
        return caller.is(Caller.THERAPIST)
                && caller.subject().equals(visit.therapistSubject)
                && directory.visibleTo(caller, visit.patientId).isPresent();
    }

    /** The patient-service id of a patient caller. */
    public Optional<UUID> patientIdOf(Caller caller) {
        return directory.patientIdOf(caller);
    }
}
