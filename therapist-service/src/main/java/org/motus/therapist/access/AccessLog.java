package org.motus.therapist.access;

import java.util.UUID;

/**
 * Where {@link CareRelationship} records each attempt on a patient's data (implemented by the
 * audit trail; an interface here so access does not depend on audit).
 */
public interface AccessLog {

    /** The caller reached the patient; recorded with the caller's transaction when there is one. */
    void succeeded(Caller caller, Action action, UUID patientId);

    /** Out of reach or missing (the caller got 404); recorded even though their call fails. */
    void notFound(Caller caller, Action action, UUID patientId, String what);

    /** patient-service could not answer (the caller got 503). */
    void failed(Caller caller, Action action, UUID patientId, String what);
}
