package org.motus.patient.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * When a client may say something happened (issue 3: an offline queue sends check-ins and sessions
 * later): not in the future and not older than seven days.
 */
public final class ReportingWindow {

    /** Oldest a reported time may be. */
    public static final Duration MAX_AGE = Duration.ofDays(7);
    /**
     * Clock skew we forgive a phone whose clock runs a little fast; without it a queued check-in
     * sent seconds after it was made could be refused as "in the future" forever.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    public enum Verdict {
        ACCEPTED,
        IN_THE_FUTURE,
        TOO_OLD
    }

    private ReportingWindow() {}

    public static Verdict check(Instant reported, Instant now) {
        if (reported.isAfter(now.plus(CLOCK_SKEW))) {
            return Verdict.IN_THE_FUTURE;
        }
        if (reported.isBefore(now.minus(MAX_AGE))) {
            return Verdict.TOO_OLD;
        }
        return Verdict.ACCEPTED;
    }
}
