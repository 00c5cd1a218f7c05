package org.motus.patient.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How many sessions a week the treating therapist prescribes; weekly adherence compares against it.
 * Rule 7 allows several micro-sessions a day, hence the generous upper bound.
 */
public record PrescribedFrequency(@NotNull @Min(1) @Max(50) Integer sessionsPerWeek) {}
