package org.motus.patient.rules;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * clinical-rules.md §12: the follow-up that decides the two-hour rule is taken between 1 h 30 min and
 * 4 h after the session ended, due at 2 h.
 */
public record FollowUpWindow(Instant sessionEndedAt, Instant opensAt, Instant dueAt, Instant closesAt) {

    public static final Duration OPENS_AFTER = Duration.ofMinutes(90);
    public static final Duration DUE_AFTER = Duration.ofMinutes(120);
    public static final Duration CLOSES_AFTER = Duration.ofMinutes(240);

    /** When a reading was taken, relative to the window. */
    public enum Timing {
        /** Dated before the session ended: refused. */
        BEFORE_SESSION_END,
        /** After the session but before the window opens: refused, with when to answer. */
        TOO_EARLY,
        /** Within the window, both ends included. */
        ON_TIME,
        /** After the window closed: stored as late, the two-hour rule is not assessed. */
        LATE
    }

    /** Whether a follow-up not yet answered can be answered now. */
    @Schema(name = "FollowUpStatus") // the simple name is shared with another type: one schema would stand for both
    public enum Status {
        UPCOMING,
        OPEN,
        CLOSED
    }

    public static FollowUpWindow after(Instant sessionEndedAt) {
        return new FollowUpWindow(
                sessionEndedAt,
                sessionEndedAt.plus(OPENS_AFTER),
                sessionEndedAt.plus(DUE_AFTER),
                sessionEndedAt.plus(CLOSES_AFTER));
    }

    public Timing classify(Instant readingAt) {
        if (readingAt.isBefore(sessionEndedAt)) {
            return Timing.BEFORE_SESSION_END;
        }
        if (readingAt.isBefore(opensAt)) {
            return Timing.TOO_EARLY;
        }
        return readingAt.isAfter(closesAt) ? Timing.LATE : Timing.ON_TIME;
    }

    public Status status(Instant now) {
        if (now.isBefore(opensAt)) {
            return Status.UPCOMING;
        }
        return now.isAfter(closesAt) ? Status.CLOSED : Status.OPEN;
    }
}
