package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 11 January 2027, 00:00 in Berlin (UTC+1 in winter). */
    private static final Instant MONDAY = Instant.parse("2027-01-10T23:00:00Z");

    private static FreeSlots.Window monday(String from, String to) {
        return new FreeSlots.Window(DayOfWeek.MONDAY, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Instant berlin(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    private static List<Instant> slots(
            List<FreeSlots.Window> windows, int length, int buffer, List<FreeSlots.Busy> busy) {
        return FreeSlots.between(windows, BERLIN, length, buffer, busy, MONDAY, MONDAY.plus(Duration.ofDays(7)));
    }

    @Test
    void slotsAreLaidFromTheWindowsStartABufferApartAndEndInsideIt() {
        assertThat(
                slots(List.of(monday("09:00", "11:00")), 30, 10, List.of()),
                contains(berlin("2027-01-11T09:00"), berlin("2027-01-11T09:40"), berlin("2027-01-11T10:20")));
        assertThat(
                "a slot that would end a minute after the window is not offered",
                slots(List.of(monday("09:00", "10:49")), 30, 10, List.of()),
                contains(berlin("2027-01-11T09:00"), berlin("2027-01-11T09:40")));
        assertThat(
                "one that ends with the window is",
                slots(List.of(monday("09:00", "10:50")), 30, 10, List.of()),
                contains(berlin("2027-01-11T09:00"), berlin("2027-01-11T09:40"), berlin("2027-01-11T10:20")));
        assertThat(
                "without a buffer, slots are back to back",
                slots(List.of(monday("09:00", "10:00")), 30, 0, List.of()),
                contains(berlin("2027-01-11T09:00"), berlin("2027-01-11T09:30")));
        assertThat(
                "a window shorter than a visit offers nothing",
                slots(List.of(monday("09:00", "09:29")), 30, 0, List.of()),
                empty());
    }

    @Test
    void onlyTheWindowsWeekdayIsOfferedEveryWeekInTheRange() {
        List<Instant> twoWeeks = FreeSlots.between(
                List.of(new FreeSlots.Window(DayOfWeek.WEDNESDAY, LocalTime.parse("14:00"), LocalTime.parse("14:30"))),
                BERLIN,
                30,
                10,
                List.of(),
                MONDAY,
                MONDAY.plus(Duration.ofDays(14)));
        assertThat(twoWeeks, contains(berlin("2027-01-13T14:00"), berlin("2027-01-20T14:00")));
    }

    @Test
    void aBusyVisitTakesItsSlotAndTheBufferAroundIt() {
        List<FreeSlots.Window> morning = List.of(monday("09:00", "11:00"));
        // A visit 09:40-10:10 takes 09:40; 09:00 (ends 09:30) and 10:20 (starts 10:20) keep 10 minutes clear of it.
        assertThat(
                slots(morning, 30, 10, List.of(new FreeSlots.Busy(berlin("2027-01-11T09:40"), 30))),
                contains(berlin("2027-01-11T09:00"), berlin("2027-01-11T10:20")));
        // 09:45-10:15 also takes 10:20 (5 minutes before it) and 09:00 stays (15 minutes after its end).
        assertThat(
                slots(morning, 30, 10, List.of(new FreeSlots.Busy(berlin("2027-01-11T09:45"), 30))),
                contains(berlin("2027-01-11T09:00")));
        // Ending exactly a buffer before a slot leaves it free; a minute later takes it.
        assertThat(
                slots(morning, 30, 10, List.of(new FreeSlots.Busy(berlin("2027-01-11T08:20"), 30))),
                contains(berlin("2027-01-11T09:00"), berlin("2027-01-11T09:40"), berlin("2027-01-11T10:20")));
        assertThat(
                slots(morning, 30, 10, List.of(new FreeSlots.Busy(berlin("2027-01-11T08:21"), 30))),
                contains(berlin("2027-01-11T09:40"), berlin("2027-01-11T10:20")));
        // Starting exactly a buffer after a slot's end leaves it free; a minute sooner takes it.
        assertThat(
                slots(
                        List.of(monday("09:00", "09:30")),
                        30,
                        10,
                        List.of(new FreeSlots.Busy(berlin("2027-01-11T09:40"), 30))),
                contains(berlin("2027-01-11T09:00")));
        assertThat(
                slots(
                        List.of(monday("09:00", "09:30")),
                        30,
                        10,
                        List.of(new FreeSlots.Busy(berlin("2027-01-11T09:39"), 30))),
                empty());
    }

    @Test
    void nothingStartsBeforeTheEarliestOrFromTheEndOfTheRangeOn() {
        List<FreeSlots.Window> morning = List.of(monday("09:00", "11:00"));
        assertThat(
                FreeSlots.between(
                        morning, BERLIN, 30, 10, List.of(), berlin("2027-01-11T09:40"), berlin("2027-01-11T10:20")),
                contains(berlin("2027-01-11T09:40")));
        assertThat(
                FreeSlots.between(
                        morning, BERLIN, 30, 10, List.of(), berlin("2027-01-11T09:41"), berlin("2027-01-11T10:21")),
                contains(berlin("2027-01-11T10:20")));
    }

    @Test
    void hoursStayLocalAcrossADaylightSavingChange() {
        // Berlin moves from UTC+1 to UTC+2 on Sunday 28 March 2027: Monday 09:00 is 08:00 UTC before, 07:00 UTC after.
        List<Instant> spring = FreeSlots.between(
                List.of(monday("09:00", "09:30")),
                BERLIN,
                30,
                0,
                List.of(),
                Instant.parse("2027-03-21T00:00:00Z"),
                Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(spring, contains(Instant.parse("2027-03-22T08:00:00Z"), Instant.parse("2027-03-29T07:00:00Z")));
    }

    @Test
    void anHourTheClocksSkipIsNotOfferedAndARepeatedOneOnce() {
        FreeSlots.Window sundayNight =
                new FreeSlots.Window(DayOfWeek.SUNDAY, LocalTime.parse("01:00"), LocalTime.parse("04:00"));
        List<Instant> skipped = FreeSlots.between(
                List.of(sundayNight),
                BERLIN,
                60,
                0,
                List.of(),
                Instant.parse("2027-03-27T12:00:00Z"),
                Instant.parse("2027-03-29T00:00:00Z"));
        // 02:00 does not exist on 28 March 2027 in Berlin: 01:00 and 03:00 remain.
        assertThat(skipped, contains(Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T01:00:00Z")));
        List<Instant> repeated = FreeSlots.between(
                List.of(sundayNight),
                BERLIN,
                60,
                0,
                List.of(),
                Instant.parse("2027-10-30T12:00:00Z"),
                Instant.parse("2027-11-01T00:00:00Z"));
        // 31 October 2027: 02:00-03:00 happens twice; 02:00 is offered at its first occurrence (UTC+2).
        assertThat(
                repeated,
                contains(
                        Instant.parse("2027-10-30T23:00:00Z"),
                        Instant.parse("2027-10-31T00:00:00Z"),
                        Instant.parse("2027-10-31T02:00:00Z")));
    }

    @Test
    void aWindowUpToMidnightNeverWrapsIntoTheNextDay() {
        FreeSlots.Window late =
                new FreeSlots.Window(DayOfWeek.MONDAY, LocalTime.parse("22:30"), LocalTime.parse("23:59"));
        assertThat(
                FreeSlots.between(
                        List.of(late),
                        ZoneOffset.UTC,
                        40,
                        30,
                        List.of(),
                        Instant.parse("2027-01-11T00:00:00Z"),
                        Instant.parse("2027-01-13T00:00:00Z")),
                contains(Instant.parse("2027-01-11T22:30:00Z")));
        assertThat(
                FreeSlots.between(
                        List.of(late),
                        ZoneOffset.UTC,
                        30,
                        0,
                        List.of(),
                        Instant.parse("2027-01-11T00:00:00Z"),
                        Instant.parse("2027-01-13T00:00:00Z")),
                contains(Instant.parse("2027-01-11T22:30:00Z"), Instant.parse("2027-01-11T23:00:00Z")));
    }

    @Test
    void offersIsMembershipOfTheFreeSlots() {
        List<FreeSlots.Window> morning = List.of(monday("09:00", "11:00"));
        Instant until = MONDAY.plus(Duration.ofDays(7));
        assertThat(
                FreeSlots.offers(morning, BERLIN, 30, 10, List.of(), MONDAY, until, berlin("2027-01-11T09:40")),
                equalTo(true));
        assertThat(
                "off the grid",
                FreeSlots.offers(morning, BERLIN, 30, 10, List.of(), MONDAY, until, berlin("2027-01-11T09:30")),
                equalTo(false));
    }

    @Test
    void aWindowMustEndAfterItStartsAndALengthBePositive() {
        assertThrows(IllegalArgumentException.class, () -> monday("10:00", "10:00"));
        assertThrows(IllegalArgumentException.class, () -> slots(List.of(), 0, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> slots(List.of(), 30, -1, List.of()));
        assertThat(slots(List.of(), 1, 0, List.of()), empty());
    }

    /** Against a minute-by-minute model in UTC: every slot offered is inside a window, clear of busy time, on the grid; no free grid slot is missed. */
    @Test
    void theOfferedSlotsAreExactlyTheFreeGridSlotsOfAMinuteByMinuteModel() {
        Random random = new Random(4);
        for (int round = 0; round < 300; round++) {
            int length = 5 + random.nextInt(60);
            int buffer = random.nextInt(20);
            List<FreeSlots.Window> windows = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    int from = random.nextInt(20 * 60);
                    int to = from + 1 + random.nextInt(24 * 60 - 1 - from);
                    windows.add(new FreeSlots.Window(
                            day, LocalTime.ofSecondOfDay(60L * from), LocalTime.ofSecondOfDay(60L * to)));
                }
            }
            Instant start = Instant.parse("2027-01-11T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            Instant until = start.plus(Duration.ofDays(1 + random.nextInt(9)));
            List<FreeSlots.Busy> busy = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                busy.add(new FreeSlots.Busy(
                        start.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60))), 5 + random.nextInt(90)));
            }
            List<Instant> expected = new ArrayList<>();
            for (LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
                    !day.isAfter(LocalDate.ofInstant(until, ZoneOffset.UTC));
                    day = day.plusDays(1)) {
                for (FreeSlots.Window window : windows) {
                    if (window.day() != day.getDayOfWeek()) continue;
                    int from = window.from().toSecondOfDay() / 60;
                    int to = window.to().toSecondOfDay() / 60;
                    for (int minute = from; minute + length <= to; minute += length + buffer) {
                        Instant slot =
                                day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(minute));
                        boolean clear = true;
                        for (FreeSlots.Busy b : busy) {
                            Instant bEnd = b.start().plus(Duration.ofMinutes(b.minutes()));
                            clear &= !(b.start().isBefore(slot.plus(Duration.ofMinutes(length + buffer)))
                                    && slot.minus(Duration.ofMinutes(buffer)).isBefore(bEnd));
                        }
                        if (clear && !slot.isBefore(start) && slot.isBefore(until)) expected.add(slot);
                    }
                }
            }
            expected.sort(null);
            assertThat(
                    "round " + round,
                    FreeSlots.between(windows, ZoneOffset.UTC, length, buffer, busy, start, until),
                    equalTo(expected));
        }
    }
}
