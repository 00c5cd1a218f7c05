package org.motus.patient.preferences;

import jakarta.validation.constraints.NotNull;

/** Which channels carry one kind of notice; all off means the patient is not told this way at all. */
public record Channels(
        @NotNull Boolean inApp,
        @NotNull Boolean email,
        @NotNull Boolean webPush) {}
