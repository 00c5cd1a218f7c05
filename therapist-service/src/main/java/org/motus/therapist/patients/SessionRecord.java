package org.motus.therapist.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * One exercise session as patient-service logs it ({@code GET /api/v1/patients/{id}/sessions},
 * contract-services.md). The verdicts are patient-service's: {@code twoHourRule} is
 * BACK_TO_BASELINE, NOT_BACK or FOLLOW_UP_MISSING (DOMAIN.md rule 3), {@code ceiling} WITHIN or
 * ABOVE (rule 4; null when no pain during was recorded). They stay strings so an unknown value
 * reads as "not confirmed" instead of failing. Fields we do not use (items, advice, ...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionRecord(UUID id, UUID planId, Integer planVersion, Instant startedAt, Instant endedAt,
                            Integer painBefore, Integer painDuringPeak, Integer painAfter, Integer painFollowUp,
                            String twoHourRule, String ceiling) {
}
