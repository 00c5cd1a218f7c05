package org.motus.patient.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.patient.rules.ReminderSchedule.Pace;
import org.motus.patient.rules.ReminderSchedule.QuietHours;

class ReminderScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");
    private static final QuietHours NIGHT = quiet("22:00", "07:00");

    // ---- the two-hour follow-up (clinical-rules.md §12: due at 2 h, closes at 4 h)

    @Test
    void aFollowUpIsRemindedAtItsDueTimeAndOnceMoreHalfAnHourBeforeTheWindowCloses() {
        Instant ended = berlin("2026-11-26T09:00");
        assertEquals(
                List.of(berlin("2026-11-26T11:00"), berlin("2026-11-26T12:30")),
                ReminderSchedule.followUp(FollowUpWindow.after(ended), ended, BERLIN, NIGHT));
    }

    @ParameterizedTest(name = "logged {0} min after the end -> {1}")
    @CsvSource({
        "130, '10:10 11:30'", // the due time has passed: at once, then the last call
        "205, '11:25 11:30'",
        "210, '11:30'", // now is the last call: sent once
        "211, '11:31'",
        "230, '11:50'", // ten minutes before the close: still worth it
        "231, ''" // less: too late to answer, nothing is sent
    })
    void aSessionLoggedLateIsRemindedAtOnceWhileThereIsTimeToAnswer(long minutes, String expected) {
        Instant ended = berlin("2026-11-26T08:00");
        assertEquals(
                berlinTimes("2026-11-26", expected),
                ReminderSchedule.followUp(
                        FollowUpWindow.after(ended), ended.plus(Duration.ofMinutes(minutes)), BERLIN, NIGHT));
    }

    @ParameterizedTest(name = "quiet until {0} -> {1}")
    @CsvSource({
        "'07:30', '07:30 08:30'", // the due reminder waits for the end of the quiet hours
        "'08:30', '08:30'", // both land on the end of the quiet hours: sent once
        "'08:40', '08:40'",
        "'08:50', '08:50'",
        "'08:51', ''" // the window would close ten minutes later: dropped, never sent late
    })
    void quietHoursDeferAFollowUpReminderUnlessItWouldThenBePointless(String quietEnd, String expected) {
        Instant ended = berlin("2026-11-26T05:00"); // due 07:00, last call 08:30, closes 09:00
        assertEquals(
                berlinTimes("2026-11-26", expected),
                ReminderSchedule.followUp(FollowUpWindow.after(ended), ended, BERLIN, quiet("22:00", quietEnd)));
    }

    @Test
    void aFollowUpDueInTheNightIsNotSentTheNextMorning() {
        Instant ended = berlin("2026-11-26T20:00"); // due 22:00, closes at midnight
        assertEquals(List.of(), ReminderSchedule.followUp(FollowUpWindow.after(ended), ended, BERLIN, NIGHT));
        assertEquals(
                List.of(berlin("2026-11-26T22:00"), berlin("2026-11-26T23:30")),
                ReminderSchedule.followUp(FollowUpWindow.after(ended), ended, BERLIN, null));
    }

    // ---- quiet hours

    @ParameterizedTest(name = "{0} with quiet hours {1}-{2} -> {3}")
    @CsvSource({
        "2026-11-26T21:59, 22:00, 07:00, 2026-11-26T21:59",
        "2026-11-26T22:00, 22:00, 07:00, 2026-11-27T07:00", // the start is quiet
        "2026-11-26T23:59, 22:00, 07:00, 2026-11-27T07:00",
        "2026-11-27T00:00, 22:00, 07:00, 2026-11-27T07:00",
        "2026-11-27T06:59, 22:00, 07:00, 2026-11-27T07:00",
        "2026-11-27T07:00, 22:00, 07:00, 2026-11-27T07:00", // the end is not
        "2026-11-26T12:59, 13:00, 14:00, 2026-11-26T12:59", // a quiet lunch hour, not crossing midnight
        "2026-11-26T13:00, 13:00, 14:00, 2026-11-26T14:00",
        "2026-11-26T13:59, 13:00, 14:00, 2026-11-26T14:00",
        "2026-11-26T14:00, 13:00, 14:00, 2026-11-26T14:00",
        "2026-11-26T23:00, 13:00, 14:00, 2026-11-26T23:00"
    })
    void aReminderInQuietHoursWaitsForTheirEnd(String at, String start, String end, String expected) {
        assertEquals(berlin(expected), ReminderSchedule.outsideQuietHours(berlin(at), BERLIN, quiet(start, end)));
    }

    @Test
    void quietHoursMustStartAndEndAtDifferentTimes() {
        assertThrows(IllegalArgumentException.class, () -> quiet("07:00", "07:00"));
    }

    @Test
    void quietHoursEndingInALordHoweDstGapEndWithTheGap() {
        // 2026-10-04 02:00 +10:30 jumps to 02:30 +11:00: 02:15 never happens there.
        Instant inTheNight = ZonedDateTime.of(LocalDateTime.parse("2026-10-04T01:00"), LORD_HOWE)
                .toInstant();
        assertEquals(
                Instant.parse("2026-10-03T15:30:00Z"),
                ReminderSchedule.outsideQuietHours(inTheNight, LORD_HOWE, quiet("22:00", "02:15")));
    }

    @Test
    void quietHoursEndingInAChathamRepeatedHourEndAtItsFirstOccurrence() {
        // 2026-04-05 03:45 +13:45 falls back to 02:45 +12:45: 03:00 happens twice, first at +13:45.
        Instant inTheNight = ZonedDateTime.of(LocalDateTime.parse("2026-04-05T01:00"), CHATHAM)
                .toInstant();
        assertEquals(
                Instant.parse("2026-04-04T13:15:00Z"),
                ReminderSchedule.outsideQuietHours(inTheNight, CHATHAM, quiet("22:00", "03:00")));
    }

    // ---- programme days

    @Test
    void aProgrammeDayIsRemindedAtTheTimeThePatientChoseInTheirZone() {
        Instant now = Instant.parse("2026-11-26T00:00:00Z");
        assertEquals(
                Optional.of(berlin("2026-11-26T18:30")),
                ReminderSchedule.programmeDay(LocalDate.parse("2026-11-26"), LocalTime.of(18, 30), now, BERLIN, NIGHT));
        assertEquals(
                Optional.of(Instant.parse("2026-11-26T07:30:00Z")), // 18:30 +11:00 (Lord Howe summer)
                ReminderSchedule.programmeDay(
                        LocalDate.parse("2026-11-26"), LocalTime.of(18, 30), now, LORD_HOWE, NIGHT));
    }

    @Test
    void aProgrammeDayTimeInQuietHoursWaitsForTheirEndOnTheSameDayOrIsDropped() {
        LocalDate day = LocalDate.parse("2026-11-26");
        Instant now = berlin("2026-11-26T00:00");
        assertEquals(
                Optional.of(berlin("2026-11-26T07:00")),
                ReminderSchedule.programmeDay(day, LocalTime.of(6, 0), now, BERLIN, NIGHT));
        assertEquals(
                Optional.empty(), // 07:00 the next morning would be another day's reminder
                ReminderSchedule.programmeDay(day, LocalTime.of(22, 0), now, BERLIN, NIGHT));
        assertEquals(
                Optional.of(berlin("2026-11-26T21:59")),
                ReminderSchedule.programmeDay(day, LocalTime.of(21, 59), now, BERLIN, NIGHT));
    }

    @Test
    void aProgrammeDayReminderWhoseTimeHasPassedIsNotSent() {
        LocalDate day = LocalDate.parse("2026-11-26");
        assertEquals(
                Optional.of(berlin("2026-11-26T18:30")),
                ReminderSchedule.programmeDay(day, LocalTime.of(18, 30), berlin("2026-11-26T18:30"), BERLIN, null));
        assertEquals(
                Optional.empty(),
                ReminderSchedule.programmeDay(
                        day, LocalTime.of(18, 30), berlin("2026-11-26T18:30").plusSeconds(1), BERLIN, null));
    }

    @Test
    void aProgrammeDayTimeThatDstSkipsIsRemindedWhenTheGapEnds() {
        assertEquals(
                Optional.of(Instant.parse("2026-10-03T15:30:00Z")), // 02:30 +11:00
                ReminderSchedule.programmeDay(
                        LocalDate.parse("2026-10-04"),
                        LocalTime.of(2, 15),
                        Instant.parse("2026-10-01T00:00:00Z"),
                        LORD_HOWE,
                        null));
        assertEquals(
                Optional.of(Instant.parse("2026-09-26T14:00:00Z")), // Chatham: 02:45 jumps to 03:45 +13:45
                ReminderSchedule.programmeDay(
                        LocalDate.parse("2026-09-27"),
                        LocalTime.of(3, 0),
                        Instant.parse("2026-09-01T00:00:00Z"),
                        CHATHAM,
                        null));
    }

    // ---- visits

    @Test
    void aVisitIsRemindedADayAndAQuarterOfAnHourBefore() {
        Instant start = berlin("2026-11-27T10:00");
        assertEquals(
                List.of(berlin("2026-11-26T10:00"), berlin("2026-11-27T09:45")),
                ReminderSchedule.visit(start, berlin("2026-11-20T10:00"), BERLIN, NIGHT));
    }

    @ParameterizedTest(name = "booked at {0} for 10:00 -> {1}")
    @CsvSource({
        "'2026-11-26T10:00', '2026-11-26T10:00 2026-11-27T09:45'",
        "'2026-11-26T10:01', '2026-11-27T09:45'", // the day-before time has passed: the booking told them
        "'2026-11-27T09:45', '2026-11-27T09:45'",
        "'2026-11-27T09:46', ''"
    })
    void aVisitBookedLateGetsOnlyTheRemindersStillAhead(String bookedAt, String expected) {
        List<Instant> times = expected.isBlank()
                ? List.of()
                : java.util.Arrays.stream(expected.split(" "))
                        .map(ReminderScheduleTest::berlin)
                        .toList();
        assertEquals(times, ReminderSchedule.visit(berlin("2026-11-27T10:00"), berlin(bookedAt), BERLIN, NIGHT));
    }

    @ParameterizedTest(name = "visit at {0} -> {1}")
    @CsvSource({
        "'2026-11-27T07:05', '2026-11-26T07:05 2026-11-27T07:00'", // 06:50 waits until 07:00, still before
        "'2026-11-27T07:00', '2026-11-26T07:00'", // 06:45 would wait until the start: dropped
        "'2026-11-27T23:00', '2026-11-27T07:00'" // 23:00 the day before waits until 07:00, 22:45 is quiet too
    })
    void quietHoursDeferVisitRemindersButNeverToTheStart(String start, String expected) {
        List<Instant> times = java.util.Arrays.stream(expected.split(" "))
                .map(ReminderScheduleTest::berlin)
                .toList();
        assertEquals(times, ReminderSchedule.visit(berlin(start), berlin("2026-11-01T00:00"), BERLIN, NIGHT));
    }

    @Test
    void aDayBeforeReminderDeferredOntoTheShortOneIsSentOnce() {
        // Quiet from 11:00 to 10:55: 11:05 yesterday and 10:50 today both wait until 10:55.
        Instant start = berlin("2026-11-27T11:05");
        assertEquals(
                List.of(berlin("2026-11-27T10:55")),
                ReminderSchedule.visit(start, berlin("2026-11-01T00:00"), BERLIN, quiet("11:00", "10:55")));
        // Quiet from 11:00 to 10:49: 10:50 is not quiet, the day-before one waits until 10:49.
        assertEquals(
                List.of(berlin("2026-11-27T10:49"), berlin("2026-11-27T10:50")),
                ReminderSchedule.visit(start, berlin("2026-11-01T00:00"), BERLIN, quiet("11:00", "10:49")));
    }

    // ---- the 16-of-30 pace

    @ParameterizedTest(name = "day {0} of the period with {1} days of data -> expected {2}, behind {3}")
    @CsvSource({
        "0, 0, 0, false", // the first day is still open
        "1, 0, 1, true",
        "1, 1, 1, false",
        "2, 1, 2, true", // 16 * 2 / 30 = 1.07, rounded up
        "15, 8, 8, false",
        "15, 7, 8, true",
        "29, 15, 16, true",
        "30, 16, 16, false",
        "45, 15, 16, true" // after the period: its 30 days count
    })
    void daysWithDataAreMeasuredAgainstSixteenOfThirty(int day, int withData, int expected, boolean behind) {
        LocalDate start = LocalDate.parse("2026-11-01");
        List<LocalDate> days = java.util.stream.IntStream.range(0, withData)
                .mapToObj(start::plusDays)
                .toList();
        Pace pace = ReminderSchedule.pace(start, days, start.plusDays(day));
        assertEquals(Math.min(day, 30), pace.elapsedDays());
        assertEquals(withData, pace.daysWithData());
        assertEquals(expected, pace.expectedDays());
        assertEquals(behind, pace.behind());
    }

    @Test
    void onlyDistinctDaysInsideThePeriodCount() {
        LocalDate start = LocalDate.parse("2026-11-01");
        List<LocalDate> days =
                List.of(start.minusDays(1), start, start, start.plusDays(29), start.plusDays(30), start.plusDays(31));
        Pace pace = ReminderSchedule.pace(start, days, start.plusDays(4));
        assertEquals(2, pace.daysWithData());
        assertEquals(3, pace.expectedDays());
        assertEquals(true, pace.behind());
        assertEquals(0, ReminderSchedule.pace(start, days, start.minusDays(3)).elapsedDays());
    }

    // ---- helpers

    private static QuietHours quiet(String start, String end) {
        return new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    private static List<Instant> berlinTimes(String date, String times) {
        if (times.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(times.split(" "))
                .map(time -> berlin(date + "T" + time))
                .toList();
    }
}
