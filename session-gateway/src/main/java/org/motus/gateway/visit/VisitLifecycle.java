package org.motus.gateway.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The visit state machine and its time rules, pure (no CDI, no database):
 * <pre>
 * SCHEDULED --PATIENT_JOINS--> WAITING --ADMIT--> IN_PROGRESS --END--> ENDED
 *     ^                           |
 *     +------PATIENT_LEAVES-------+
 * SCHEDULED | WAITING --CANCEL (before the start)--> CANCELLED
 * SCHEDULED | WAITING --END (from the start on: nobody was admitted)--> ENDED
 * SCHEDULED | REQUESTED --RESCHEDULE (the therapist, before the start)--> SCHEDULED
 * REQUESTED --CONFIRM (before the start)--> SCHEDULED
 * SCHEDULED | REQUESTED --PATIENT_MOVES (before the start)--> REQUESTED
 * REQUESTED --CANCEL (before the start: withdrawn or declined)--> CANCELLED
 * SCHEDULED | WAITING | IN_PROGRESS --LAPSE (slot + grace over, nobody in the call)--> ENDED
 * REQUESTED --LAPSE (slot + grace over, never confirmed)--> CANCELLED
 * </pre>
 * A patient coming back to a visit that is WAITING or IN_PROGRESS (a reconnect, a second tab)
 * changes nothing. Every other pair is illegal: {@link #apply} says why, and the API answers 409.
 * A visit can be joined from {@link #JOIN_EARLY} before its start until its scheduled end.
 */
public final class VisitLifecycle {

    /** How early the waiting room opens. */
    public static final Duration JOIN_EARLY = Duration.ofMinutes(10);

    /**
     * A connection still recorded as in the call this long after the slot ended is taken to be
     * gone: a gateway replica that died could not record its participants leaving.
     */
    public static final Duration STALE_CONNECTION = Duration.ofHours(12);

    /** The outcome of an event: the new status, or why the event is not allowed now. */
    public record Outcome(VisitStatus from, VisitStatus to, Optional<String> refusal) {

        public boolean allowed() {
            return refusal.isEmpty();
        }

        public boolean changes() {
            return allowed() && from != to;
        }

        static Outcome to(VisitStatus from, VisitStatus to) {
            return new Outcome(from, to, Optional.empty());
        }

        static Outcome refused(VisitStatus from, String why) {
            return new Outcome(from, from, Optional.of(why));
        }
    }

    private static final String NOT_CONFIRMED = "The visit waits for the therapist to confirm it.";

    private VisitLifecycle() {}

    /**
     * @param start the visit's scheduled start (CANCEL is only allowed before it)
     * @param now   the current instant
     */
    public static Outcome apply(VisitStatus status, VisitEvent event, Instant start, Instant now) {
        return switch (event) {
            case PATIENT_JOINS ->
                switch (status) {
                    case REQUESTED -> Outcome.refused(status, NOT_CONFIRMED);
                    case SCHEDULED -> Outcome.to(status, VisitStatus.WAITING);
                    case WAITING, IN_PROGRESS -> Outcome.to(status, status);
                    case ENDED, CANCELLED -> Outcome.refused(status, "The visit is " + word(status) + ".");
                };
            case PATIENT_LEAVES ->
                switch (status) {
                    case WAITING -> Outcome.to(status, VisitStatus.SCHEDULED);
                    case IN_PROGRESS -> Outcome.to(status, status);
                    default ->
                        Outcome.refused(
                                status, "The patient is not in the waiting room (the visit is " + word(status) + ").");
                };
            case ADMIT ->
                status == VisitStatus.WAITING
                        ? Outcome.to(status, VisitStatus.IN_PROGRESS)
                        : Outcome.refused(
                                status,
                                status == VisitStatus.SCHEDULED || status == VisitStatus.REQUESTED
                                        ? "Nobody is in the waiting room yet."
                                        : "Only a waiting patient can be admitted (the visit is " + word(status)
                                                + ").");
            case END -> {
                if (status == VisitStatus.IN_PROGRESS) {
                    yield Outcome.to(status, VisitStatus.ENDED);
                }
                // The therapist closes a visit nobody attended once its time has come (before it: cancel).
                if ((status == VisitStatus.SCHEDULED || status == VisitStatus.WAITING) && !now.isBefore(start)) {
                    yield Outcome.to(status, VisitStatus.ENDED);
                }
                if (status == VisitStatus.REQUESTED) {
                    yield Outcome.refused(status, "The visit was never confirmed; decline it instead.");
                }
                yield Outcome.refused(
                        status,
                        status == VisitStatus.SCHEDULED || status == VisitStatus.WAITING
                                ? "The visit has not started yet; cancel it instead."
                                : "Only a visit in progress, or one whose time has come, can be ended (the visit is "
                                        + word(status) + ").");
            }
            case CANCEL -> {
                if (status != VisitStatus.SCHEDULED
                        && status != VisitStatus.WAITING
                        && status != VisitStatus.REQUESTED) {
                    yield Outcome.refused(
                            status,
                            "Only a visit that has not started can be cancelled (the visit is " + word(status) + ").");
                }
                if (!now.isBefore(start)) {
                    yield Outcome.refused(status, "The visit's start time has passed; it can no longer be cancelled.");
                }
                yield Outcome.to(status, VisitStatus.CANCELLED);
            }
            case RESCHEDULE, PATIENT_MOVES -> {
                if (status != VisitStatus.SCHEDULED && status != VisitStatus.REQUESTED) {
                    yield Outcome.refused(
                            status,
                            status == VisitStatus.WAITING
                                    ? "The patient is already in the waiting room; cancel the visit instead."
                                    : "Only a visit that has not started can be moved (the visit is " + word(status)
                                            + ").");
                }
                if (!now.isBefore(start)) {
                    yield Outcome.refused(status, "The visit's start time has passed; it can no longer be moved.");
                }
                yield Outcome.to(
                        status, event == VisitEvent.RESCHEDULE ? VisitStatus.SCHEDULED : VisitStatus.REQUESTED);
            }
            case CONFIRM -> {
                if (status != VisitStatus.REQUESTED) {
                    yield Outcome.refused(
                            status, "Only a requested visit can be confirmed (the visit is " + word(status) + ").");
                }
                if (!now.isBefore(start)) {
                    yield Outcome.refused(status, "The requested time has passed; ask the patient for another.");
                }
                yield Outcome.to(status, VisitStatus.SCHEDULED);
            }
            case LAPSE -> {
                if (status.isFinal()) {
                    yield Outcome.refused(status, "The visit is " + word(status) + ".");
                }
                yield Outcome.to(status, status == VisitStatus.REQUESTED ? VisitStatus.CANCELLED : VisitStatus.ENDED);
            }
        };
    }

    /**
     * Whether a visit nobody closed should now end by itself: its slot and the grace period after
     * it have passed and nobody is in the call any more (or the connections recorded as still in
     * it are older than {@link #STALE_CONNECTION} past the slot).
     *
     * @param anyoneConnected whether a participant's signalling connection is recorded as open
     */
    public static boolean hasLapsed(
            VisitStatus status,
            Instant start,
            int durationMinutes,
            Duration grace,
            boolean anyoneConnected,
            Instant now) {
        if (status.isFinal()) {
            return false;
        }
        Instant end = joinableUntil(start, durationMinutes);
        if (now.isBefore(end.plus(grace))) {
            return false;
        }
        return !anyoneConnected || !now.isBefore(end.plus(STALE_CONNECTION));
    }

    /** The first instant the waiting room is open. */
    public static Instant joinableFrom(Instant start) {
        return start.minus(JOIN_EARLY);
    }

    /** The scheduled end: from here on nobody can join (or rejoin). */
    public static Instant joinableUntil(Instant start, int durationMinutes) {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }

    /** Why a participant cannot join now, or empty if they can. */
    public static Optional<String> joinRefusal(VisitStatus status, Instant start, int durationMinutes, Instant now) {
        if (status.isFinal()) {
            return Optional.of("The visit is " + word(status) + ".");
        }
        if (status == VisitStatus.REQUESTED) {
            return Optional.of(NOT_CONFIRMED);
        }
        if (now.isBefore(joinableFrom(start))) {
            return Optional.of("The waiting room opens " + JOIN_EARLY.toMinutes() + " minutes before the start.");
        }
        if (!now.isBefore(joinableUntil(start, durationMinutes))) {
            return Optional.of("The visit's time is over.");
        }
        return Optional.empty();
    }

    private static String word(VisitStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
