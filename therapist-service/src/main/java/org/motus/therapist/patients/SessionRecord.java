package org.motus.therapist.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One exercise session as patient-service logs it ({@code GET /api/v1/patients/{id}/sessions},
 * patient-service's OpenAPI). The verdicts are patient-service's: {@code twoHourRule} is BACK_TO_BASELINE,
 * NOT_BACK, FOLLOW_UP_MISSING or NOT_ASSESSED_LATE (clinical-rules.md §3 and 12), {@code ceiling}
 * WITHIN or ABOVE (rule 13: worst of during and right after against the patient's own ceiling;
 * null when neither was recorded), {@code heartRate.outcome} WITHIN, ABOVE_ZONE, ABOVE_CAP,
 * NOT_RECORDED or NO_DATE_OF_BIRTH (rule 14). They stay strings so an unknown value reads as
 * "not confirmed" instead of failing. {@code items} names the plan items (and their exercises)
 * the session included. Fields we do not use (advice, followUp, ...) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionRecord(
        UUID id,
        UUID planId,
        Integer planVersion,
        Instant startedAt,
        Instant endedAt,
        List<Item> items,
        Integer painBefore,
        Integer painDuringPeak,
        Integer painAfter,
        Integer painFollowUp,
        String twoHourRule,
        String ceiling,
        HeartRate heartRate) {

    /** A plan item done in the session. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID planItemId, UUID exerciseId) {}

    /** patient-service's heart-rate verdict for the session. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeartRate(String outcome) {}
}
