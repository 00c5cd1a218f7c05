package org.motus.gateway.visit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The times a patient may ask for a visit (issue 19 item 4), pure (no CDI, no database): slots of
 * the clinic's visit length laid end to end, a buffer apart, from the start of each of the
 * therapist's weekly windows, in the therapist's time zone; a slot is offered when it ends inside
 * its window, starts no earlier than {@code earliest}, and keeps the buffer clear of every busy
 * interval (the therapist's and the patient's open visits). A wall-clock time that does not exist
 * on a day (the hour skipped when clocks go forward) is not offered; one that happens twice (the
 * hour repeated when they go back) is offered once, at its first occurrence.
 */
public final class FreeSlots {

    /** One weekly window: on {@code day}, from {@code from} (inclusive) to {@code to} (exclusive), local time. */
    public record Window(DayOfWeek day, LocalTime from, LocalTime to) {

        public Window {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("A window ends after it starts: " + from + "-" + to);
            }
        }
    }

    /** A time already taken: [start, start + minutes). */
    public record Busy(Instant start, int minutes) {

        Instant end() {
            return start.plus(Duration.ofMinutes(minutes));
        }
    }

    private FreeSlots() {}

    /**
     * The free slots starting in [{@code earliest}, {@code until}), in time order.
     *
     * @param lengthMinutes the length of one visit, at least 1
     * @param bufferMinutes the gap kept before and after every visit, at least 0
     */
    public static List<Instant> between(
            List<Window> windows,
            ZoneId zone,
            int lengthMinutes,
            int bufferMinutes,
            List<Busy> busy,
            Instant earliest,
            Instant until) {
        if (lengthMinutes < 1 || bufferMinutes < 0) {
            throw new IllegalArgumentException("length " + lengthMinutes + ", buffer " + bufferMinutes);
        }
        Duration length = Duration.ofMinutes(lengthMinutes);
        Duration buffer = Duration.ofMinutes(bufferMinutes);
        List<Instant> slots = new ArrayList<>();
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate day = earliest.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Window window : windows) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                LocalTime time = window.from();
                while (true) {
                    LocalTime end = time.plus(length);
                    if (end.isBefore(time) || end.isAfter(window.to())) {
                        break; // past the window's end, or past midnight
                    }
                    ZonedDateTime zoned = ZonedDateTime.of(day, time, zone);
                    Instant start = zoned.toInstant();
                    if (zoned.toLocalTime().equals(time) // not a time the clocks skipped
                            && !start.isBefore(earliest)
                            && start.isBefore(until)
                            && clear(start, length, buffer, busy)) {
                        slots.add(start);
                    }
                    LocalTime next = end.plus(buffer);
                    if (next.isBefore(end)) {
                        break; // the next slot would start after midnight
                    }
                    time = next;
                }
            }
        }
        return slots.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }

    /** Whether {@code start} is one of the free slots: what a patient may ask for. */
    public static boolean offers(
            List<Window> windows,
            ZoneId zone,
            int lengthMinutes,
            int bufferMinutes,
            List<Busy> busy,
            Instant earliest,
            Instant until,
            Instant start) {
        return between(windows, zone, lengthMinutes, bufferMinutes, busy, earliest, until)
                .contains(start);
    }

    private static boolean clear(Instant start, Duration length, Duration buffer, List<Busy> busy) {
        Instant from = start.minus(buffer);
        Instant to = start.plus(length).plus(buffer);
        return busy.stream().noneMatch(b -> b.start().isBefore(to) && from.isBefore(b.end()));
    }
}
