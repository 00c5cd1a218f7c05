package org.motus.gateway.visit;

import java.time.Instant;

/**
 * When two visits clash (issue 19: no double booking): their slots, [start, start + length),
 * overlap. Back-to-back visits (one ends as the other starts) do not clash. Pure, so it is pinned
 * by boundary and property tests.
 */
public final class VisitSlots {

    /** The longest visit (minutes) a booking accepts ({@link ScheduleVisit}): how far back a clash can start. */
    public static final int LONGEST_MINUTES = 180;

    private VisitSlots() {}

    public static boolean overlap(Instant start, int minutes, Instant otherStart, int otherMinutes) {
        Instant end = start.plusSeconds(60L * minutes);
        Instant otherEnd = otherStart.plusSeconds(60L * otherMinutes);
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
