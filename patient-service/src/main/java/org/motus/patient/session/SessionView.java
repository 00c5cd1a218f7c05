package org.motus.patient.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.rules.ActivityCeiling;
import org.motus.patient.rules.Advice;
import org.motus.patient.rules.TwoHourRule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A logged session with its pain readings and the rules computed from them (contract-services.md). */
public record SessionView(
        UUID id,
        UUID patientId,
        UUID planId,
        Integer planVersion,
        Instant startedAt,
        Instant endedAt,
        List<Item> items,
        Integer averageHeartRateBpm,
        Integer peakHeartRateBpm,
        String note,
        int painBefore,
        Integer painDuringPeak,
        Integer painAfter,
        Integer painFollowUp,
        Instant followUpAt,
        @Schema(description = "DOMAIN.md rule 3") TwoHourRule.Outcome twoHourRule,
        @Schema(description = "DOMAIN.md rule 4; null when no pain during was recorded") ActivityCeiling.Outcome ceiling,
        @Schema(description = "Reduce intensity, never frequency (rule 3)") Advice advice,
        String adviceText,
        Instant recordedAt) {

    public record Item(int position, UUID planItemId, UUID exerciseId, Integer sets, Integer reps, BigDecimal loadKg,
                       Integer holdSeconds, Integer durationMinutes) {
    }
}
