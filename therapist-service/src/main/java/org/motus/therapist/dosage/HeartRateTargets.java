package org.motus.therapist.dosage;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether heart-rate targets can be computed for the patient (clinical-rules.md §6 and 14): the
 * maximum is estimated from the age, so without a date of birth there is none, and the therapist
 * (and the handout) are told so in the same words wherever targets would show. Pure.
 */
@Schema(name = "HeartRateTargets")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HeartRateTargets(
        boolean computable,

        @Schema(nullable = true, description = "Why not, when not computable; null otherwise")
        String reason) {

    public static final String NO_DATE_OF_BIRTH =
            "No date of birth on the record: heart-rate targets cannot be computed.";

    public static HeartRateTargets of(Integer ageYears) {
        return ageYears == null ? new HeartRateTargets(false, NO_DATE_OF_BIRTH) : new HeartRateTargets(true, null);
    }
}
