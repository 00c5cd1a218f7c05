package org.motus.patient.prom;

import jakarta.validation.constraints.NotNull;
import org.motus.patient.prom.score.Instrument;

/** The therapist asks the patient to answer an instrument now, on demand or before discharge. */
public record AssignPromRequest(
        @NotNull Instrument instrument, @NotNull AssignmentReason reason) {}
