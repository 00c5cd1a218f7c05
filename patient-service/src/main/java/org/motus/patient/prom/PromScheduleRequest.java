package org.motus.patient.prom;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The therapist's choice of which instruments run on the regular schedule (baseline, every 2 weeks). */
public record PromScheduleRequest(
        @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull ScheduleChoice> instruments) {}
