package org.motus.patient.prom.score;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a PROM is due (DOMAIN rule 19): at baseline (never answered yet while under care), then
 * every 2 weeks from the last answer, unless the therapist turned the regular schedule off for
 * that instrument; and whenever the therapist assigns it now (on demand, or for discharge) until
 * the patient answers it. A pure function of instants and dates in the patient's zone.
 */
public final class PromSchedule {

    /** Days between two answers of the same instrument. */
    public static final int INTERVAL_DAYS = 14;

    public enum Reason {
        BASELINE,
        FOLLOW_UP,
        /** The therapist asked for it now. */
        ON_DEMAND,
        /** The therapist asked for it before discharging the patient. */
        DISCHARGE;

        /** Whether a therapist can assign it (the other two come from the regular schedule). */
        public boolean assignable() {
            return this == ON_DEMAND || this == DISCHARGE;
        }
    }

    /** What is due and since when. */
    public record Due(Reason reason, LocalDate since) {}

    /**
     * The instrument's answers so far: the newest moment one was answered (a patient may date an
     * answer up to 7 days back, when it was filled in offline) and the newest moment one reached
     * Motus. Empty when never answered.
     */
    public record Answered(Instant lastAnsweredAt, Instant lastSentAt) {}

    /** The newest assignment of the instrument that the therapist has not withdrawn. */
    public record Assigned(Reason reason, Instant at) {
        public Assigned {
            if (!reason.assignable()) {
                throw new IllegalArgumentException("Not an assignment: " + reason);
            }
        }
    }

    private PromSchedule() {}

    /**
     * Whether the instrument is due today on the regular schedule.
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

    /**
     * Whether the instrument is due today, assignments included. An open assignment is due whatever
     * the regular schedule says, since the day it was made. Otherwise the regular schedule, dated
     * from the last answer, if the therapist keeps it on.
     *
     * @param answered the instrument's answers so far, if any
     * @param assigned the newest assignment not withdrawn, if any
     * @param everyTwoWeeks whether the regular schedule runs for this instrument
     */
    public static Optional<Due> due(
            LocalDate careStarted,
            Optional<Answered> answered,
            Optional<Assigned> assigned,
            boolean everyTwoWeeks,
            ZoneId zone,
            LocalDate today) {
        if (assigned.isPresent() && open(assigned.get(), answered)) {
            return Optional.of(new Due(
                    assigned.get().reason(), LocalDate.ofInstant(assigned.get().at(), zone)));
        }
        if (!everyTwoWeeks) {
            return Optional.empty();
        }
        return due(careStarted, answered.map(a -> LocalDate.ofInstant(a.lastAnsweredAt(), zone)), today);
    }

    /**
     * Whether an assignment still waits for its answer: no answer reached Motus at or after the
     * moment it was made. An answer sent earlier, even the same minute, does not count (the therapist
     * asked after it); one sent later counts even if the patient dated it earlier (filled in offline).
     */
    public static boolean open(Assigned assigned, Optional<Answered> answered) {
        return answered.isEmpty() || answered.get().lastSentAt().isBefore(assigned.at());
    }
}
