package org.motus.therapist.dosage;

import java.util.Set;
import java.util.UUID;

/**
 * What the dosage rules need to know about a patient, as patient-service told us for this request
 * (never stored here): age for heart-rate targets and conditions for caps.
 */
public record PatientFacts(UUID patientId, String displayName, Integer ageYears, Set<Condition> conditions) {

    public PatientFacts {
        conditions = Set.copyOf(conditions);
    }

    /** DOMAIN.md rule 6: fibromyalgia / chronic widespread pain carries the 80 % cap. */
    public boolean hasFibromyalgia() {
        return conditions.contains(Condition.FIBROMYALGIA);
    }
}
