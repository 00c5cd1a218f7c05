package org.motus.patient.prom.score;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a PROM is due (DOMAIN rule 19): at baseline (never answered yet while under care), then
 * every 2 weeks from the last answer. A pure function of dates in the patient's zone.
 */
public final class PromSchedule {

    /** Days between two answers of the same instrument. */
    public static final int INTERVAL_DAYS = 14;

    public enum Reason {
        BASELINE,
        FOLLOW_UP
    }

    /** What is due and since when. */
    public record Due(Reason reason, LocalDate since) {}

    private PromSchedule() {}

    /**
     * Whether the instrument is due today.
     *
     * @param careStarted the day the episode of care began (baseline is due from then)
     * @param lastAnswered the day it was last answered, if ever
     */
    public static Optional<Due> due(LocalDate careStarted, Optional<LocalDate> lastAnswered, LocalDate today) {
        if (lastAnswered.isEmpty()) {
            return Optional.of(new Due(Reason.BASELINE, careStarted));
        }
        LocalDate next = lastAnswered.get().plusDays(INTERVAL_DAYS);
        return today.isBefore(next) ? Optional.empty() : Optional.of(new Due(Reason.FOLLOW_UP, next));
    }
}
