package org.motus.patient.record;

import java.time.Instant;
import java.util.UUID;

/** A patient's record as the API shows it. */
public record PatientView(UUID id, String displayName, Instant createdAt) {

    static PatientView of(Patient patient) {
        return new PatientView(patient.id, patient.displayName, patient.createdAt);
    }
}
