package org.motus.patient.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When the patient's reminders go out (issue 14 item 2), as a pure function of the cause, the
 * patient's time zone (clinical-rules.md §18), their quiet hours and the current instant.
 *
 * <p>Quiet hours defer a reminder to the end of the quiet period, unless it would then be
 * pointless, in which case it is dropped rather than sent late: a follow-up reminder too close to
 * the window's end (§12), a visit reminder at or after the visit's start, a programme-day reminder
 * on the next day. Local times that a DST change skips mean the first instant after the gap; local
 * times it repeats mean their first occurrence.
 */
public final class ReminderSchedule {

    /** The second follow-up reminder: this long before the window closes. */
    public static final Duration FOLLOW_UP_LAST_CALL = Duration.ofMinutes(30);
    /** A follow-up reminder later than this before the window closes leaves no time to answer. */
    public static final Duration FOLLOW_UP_MIN_LEAD = Duration.ofMinutes(10);
    /** Visit reminders: a day before and a quarter of an hour before the start. */
    public static final Duration VISIT_DAY_BEFORE = Duration.ofHours(24);

    public static final Duration VISIT_SHORTLY_BEFORE = Duration.ofMinutes(15);

    /**
     * Local hours without reminders: from {@code start} (included) to {@code end} (excluded),
     * crossing midnight when {@code start} is after {@code end}.
     */
    public record QuietHours(LocalTime start, LocalTime end) {
        public QuietHours {
            if (start.equals(end)) {
                throw new IllegalArgumentException("quiet hours must start and end at different times");
            }
        }

        boolean contains(LocalTime time) {
            return start.isBefore(end)
                    ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }
    }

    /** Where the 30-day RTM period stands against the 16-of-30 pace (clinical-rules.md, care context). */
    public record Pace(int elapsedDays, int daysWithData, int expectedDays, boolean behind) {}

    private ReminderSchedule() {}

    /**
     * The follow-up reminders of a session: at the due time (2 h after the end) and once more
     * {@link #FOLLOW_UP_LAST_CALL} before the window closes; none earlier than {@code now}.
     * Reminders that quiet hours or a late start push to the same instant are sent once; any that
     * would go out less than {@link #FOLLOW_UP_MIN_LEAD} before the close are dropped.
     */
    public static List<Instant> followUp(FollowUpWindow window, Instant now, ZoneId zone, QuietHours quiet) {
        Instant lastUseful = window.closesAt().minus(FOLLOW_UP_MIN_LEAD);
        List<Instant> times = new ArrayList<>(2);
        for (Instant planned : List.of(window.dueAt(), window.closesAt().minus(FOLLOW_UP_LAST_CALL))) {
            Instant at = outsideQuietHours(latest(planned, now), zone, quiet);
            if (!at.isAfter(lastUseful) && (times.isEmpty() || at.isAfter(times.get(0)))) {
                times.add(at);
            }
        }
        return List.copyOf(times);
    }

    /**
     * The programme-day reminder of {@code date}, at the local time the patient chose, deferred out
     * of quiet hours; empty when that pushes it into the next day or it lies before {@code now}.
     */
    public static Optional<Instant> programmeDay(
            LocalDate date, LocalTime chosen, Instant now, ZoneId zone, QuietHours quiet) {
        Instant at = outsideQuietHours(firstInstantAt(date.atTime(chosen), zone), zone, quiet);
        boolean sameDay = at.atZone(zone).toLocalDate().equals(date);
        return sameDay && !at.isBefore(now) ? Optional.of(at) : Optional.empty();
    }

    /**
     * The reminders of a visit starting at {@code start}: 24 h and 15 min before, deferred out of
     * quiet hours. A reminder whose time has passed when the visit is booked is not sent (the
     * booking told the patient); one deferred to the start or later is dropped; two deferred to
     * the same instant are sent once.
     */
    public static List<Instant> visit(Instant start, Instant now, ZoneId zone, QuietHours quiet) {
        List<Instant> times = new ArrayList<>(2);
        for (Instant planned : List.of(start.minus(VISIT_DAY_BEFORE), start.minus(VISIT_SHORTLY_BEFORE))) {
            if (planned.isBefore(now)) {
                continue;
            }
            Instant at = outsideQuietHours(planned, zone, quiet);
            // The day-before one can only be deferred up to the short one (quiet hours are shorter
            // than a day): when both land on the same instant, it is sent once.
            if (at.isBefore(start) && (times.isEmpty() || at.isAfter(times.get(0)))) {
                times.add(at);
            }
        }
        return List.copyOf(times);
    }

    /**
     * The pace of a 30-day RTM period that began on {@code periodStart}: by the end of each day,
     * 16/30 of the days so far should have data (rounded up). Today still counts as open, so the
     * expectation covers the days before it. Behind when fewer days have data than expected.
     *
     * @param daysWithData every local day with recorded data (duplicates and days outside the
     *     period allowed)
     */
    public static Pace pace(LocalDate periodStart, Collection<LocalDate> daysWithData, LocalDate today) {
        long elapsed = Math.max(
                0,
                Math.min(RemoteMonitoring.WINDOW_DAYS, java.time.temporal.ChronoUnit.DAYS.between(periodStart, today)));
        LocalDate end = periodStart.plusDays(RemoteMonitoring.WINDOW_DAYS);
        int days = (int) daysWithData.stream()
                .filter(day -> !day.isBefore(periodStart) && day.isBefore(end))
                .distinct()
                .count();
        int expected = (int) ((RemoteMonitoring.THRESHOLD_DAYS * elapsed + RemoteMonitoring.WINDOW_DAYS - 1)
                / RemoteMonitoring.WINDOW_DAYS);
        return new Pace((int) elapsed, days, expected, days < expected);
    }

    /**
     * {@code at} itself when it falls outside the quiet hours (or there are none), else the end of
     * the quiet period it falls in.
     */
    public static Instant outsideQuietHours(Instant at, ZoneId zone, QuietHours quiet) {
        if (quiet == null) {
            return at;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        if (!quiet.contains(local.toLocalTime())) {
            return at;
        }
        LocalDate endDate = local.toLocalTime().isBefore(quiet.end())
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        return firstInstantAt(endDate.atTime(quiet.end()), zone);
    }

    /** The instant a local time first happens: in a DST gap, the end of the gap. */
    static Instant firstInstantAt(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
