package org.motus.therapist.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The part of patient-service's {@code GET /api/v1/patients/{id}} answer that therapist-service
 * reads (patient-service's OpenAPI); other fields (goals, contact, ...) are ignored. {@code timeZone} is the
 * patient's IANA zone (clinical-rules.md §18; absent or unknown reads as UTC); {@code activityCeiling}
 * the pain ceiling in force (rule 13; absent reads as the default 3); {@code language} the one the
 * patient chose for Motus (en, es, de; null while they follow their browser's).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientRecord(
        UUID id,
        String displayName,
        LocalDate dateOfBirth,
        List<String> conditions,
        Integer baselinePain,
        String timeZone,
        String language,
        ActivityCeiling activityCeiling) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivityCeiling(Integer painCeiling) {}
}
