package org.motus.patient.message;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Marks every message of the thread up to and including {@code upTo} (by others) read by the caller. */
public record ReadUpTo(@NotNull UUID upTo) {}
