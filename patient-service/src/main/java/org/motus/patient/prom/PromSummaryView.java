package org.motus.patient.prom;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.ScoreChange.Meaning;

/**
 * Per instrument: the baseline (first) and the latest score and the change between them, and
 * whether it reaches the published MCID (null mcid: none published). For the discharge summary.
 */
public record PromSummaryView(
        Instrument instrument,
        BigDecimal baseline,
        Instant baselineAt,
        BigDecimal latest,
        Instant latestAt,
        @Schema(description = "latest - baseline") BigDecimal change,

        @Schema(nullable = true, description = "The published MCID; null when none is published (PEG-3)")
        BigDecimal mcid,

        boolean higherIsBetter,
        Meaning meaning,
        int responses) {}
