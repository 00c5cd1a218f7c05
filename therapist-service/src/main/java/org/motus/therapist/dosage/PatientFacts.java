package org.motus.therapist.dosage;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * What the rules need to know about a patient, as patient-service told us for this request
 * (never stored here): age for heart-rate targets, conditions for caps and contraindications,
 * the patient's time zone for their weeks (clinical-rules.md §18) and their pain ceiling (rule 13);
 * and the language they chose for Motus (en, es, de; null when they follow their browser), which
 * what is printed for them is in.
 */
public record PatientFacts(
        UUID patientId,
        String displayName,
        Integer ageYears,
        Set<Condition> conditions,
        ZoneId timeZone,
        int painCeiling,
        String language) {

    /** clinical-rules.md §4/13: the ceiling when the therapist set none. */
    public static final int DEFAULT_PAIN_CEILING = 3;

    public PatientFacts {
        conditions = Set.copyOf(conditions);
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
    }

    public PatientFacts(UUID patientId, String displayName, Integer ageYears, Set<Condition> conditions) {
        this(patientId, displayName, ageYears, conditions, ZoneOffset.UTC, DEFAULT_PAIN_CEILING);
    }

    /** Facts of a patient who follows their browser's language. */
    public PatientFacts(
            UUID patientId,
            String displayName,
            Integer ageYears,
            Set<Condition> conditions,
            ZoneId timeZone,
            int painCeiling) {
        this(patientId, displayName, ageYears, conditions, timeZone, painCeiling, null);
    }

    /** clinical-rules.md §6: fibromyalgia / chronic widespread pain carries the 80 % cap. */
    public boolean hasFibromyalgia() {
        return conditions.contains(Condition.FIBROMYALGIA);
    }
}
