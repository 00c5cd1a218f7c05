package org.motus.patient.record;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * An admin who does not treat the patient sent clinical fields with a new record: 403, and nothing
 * is written. They are the treating therapist's to write, as they are to read (ADR 0030).
 */
public class ClinicalFieldsRefused extends ProblemException {
    public ClinicalFieldsRefused() {
        super(
                ProblemType.FORBIDDEN,
                "An admin creates the record without clinical fields; the treating therapist sets conditions, date of"
                        + " birth, baseline pain and frequency once the patient is on their caseload.");
    }
}
