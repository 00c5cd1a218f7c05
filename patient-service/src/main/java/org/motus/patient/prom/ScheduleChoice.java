package org.motus.patient.prom;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.patient.prom.score.Instrument;

/** One instrument and whether it runs on the regular schedule for the patient. */
public record ScheduleChoice(
        @NotNull Instrument instrument,

        @Schema(description = "Baseline, then every 2 weeks; off: only when the therapist assigns it") @NotNull
        Boolean everyTwoWeeks) {}
