package org.motus.gateway.visit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The therapist's short visit note: clinical data, for the treating therapist only. */
public record VisitNote(@NotNull @Size(max = 2000) String text, Instant updatedAt) {}
