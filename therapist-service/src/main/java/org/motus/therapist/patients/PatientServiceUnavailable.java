package org.motus.therapist.patients;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** patient-service did not answer usefully; we cannot decide access or rules without it (503). */
public class PatientServiceUnavailable extends ProblemException {
    public PatientServiceUnavailable(String detail) {
        super(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }
}
