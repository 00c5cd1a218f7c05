package org.motus.patient.reminder;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.reminder.ReminderScenario.choose;
import static org.motus.patient.reminder.ReminderScenario.notices;
import static org.motus.patient.reminder.ReminderScenario.on;
import static org.motus.patient.reminder.ReminderScenario.outboxRows;
import static org.motus.patient.reminder.ReminderScenario.patientIn;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.channels;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.TestClock;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Issue 14 item 2: programme-day reminders at the patient's chosen local time and the 16-of-30 pace
 * nudge, planned once per patient and local day, across DST changes in zones with odd offsets. The
 * patient is set up before the service's clock is moved to the day under test, so the background
 * runner cannot plan that day with half-made choices.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DailyRemindersTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Inject
    Reminders runner;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }

    @Test
    void aProgrammeDayTimeThatLordHoweDstSkipsIsRemindedOnceWhenTheGapEndsEvenWithTwoRunsAtOnce() throws Exception {
        Enrolled pat = patientIn("Australia/Lord_Howe");
        Fixtures.setBaselineAndFrequency(pat.id(), 5, 3);
        choose(pat, channels(true, false, false), "02:15", null);
        // Sunday 3 October 2027: at 02:00 (UTC+10:30) Lord Howe's clocks go to 02:30 (UTC+11).
        LocalDate dstDay = LocalDate.parse("2027-10-03");
        Instant gapEnd = Instant.parse("2027-10-02T15:30:00Z");
        TestClock.set(Instant.parse("2027-10-02T14:00:00Z")); // 00:30 local

        Thread other = new Thread(runner::planDays);
        other.start();
        runner.planDays();
        other.join();
        runner.planDays();
        await().atMost(DEADLINE)
                .until(() -> on(pat.id(), ReminderKind.PROGRAMME_DAY, dstDay).isPresent());
        assertEquals(gapEnd, on(pat.id(), ReminderKind.PROGRAMME_DAY, dstDay).get().dueAt);
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from reminder where patient_id = ?1 and kind = 'PROGRAMME_DAY' and local_date = ?2",
                        pat.id(),
                        dstDay));

        runner.sendDue();
        assertEquals(0, outboxRows(pat, "IN_APP"), "not before its time");
        TestClock.set(gapEnd.plusSeconds(1));
        runner.sendDue();
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> on(pat.id(), ReminderKind.PROGRAMME_DAY, dstDay).get().status == ReminderStatus.SENT);
        assertEquals(1, outboxRows(pat, "IN_APP"));
        assertEquals("PROGRAMME_DAY_REMINDER", notices(pat).getString("[0].topic"));
        assertEquals("/", notices(pat).getString("[0].link"));
    }

    @Test
    void aPatientBehindTheSixteenOfThirtyPaceIsNudgedAtTheChathamRepeatedHourFirstOccurrence() {
        Enrolled behind = patientIn("Pacific/Chatham");
        Enrolled recordsToday = patientIn("Pacific/Chatham");
        for (Enrolled patient : new Enrolled[] {behind, recordsToday}) {
            choose(patient, channels(true, false, false), "03:00", null);
            // local Thursday 1 April 2027, 13:45: the first day with data, then nothing
            Fixtures.pastCheckIn(patient.id(), "DAILY", 3, Instant.parse("2027-04-01T00:00:00Z"));
        }
        // Sunday 4 April 2027: Chatham's clocks go from 03:45 (UTC+13:45) back to 02:45 (UTC+12:45);
        // 03:00 happens twice and its first occurrence counts.
        LocalDate sunday = LocalDate.parse("2027-04-04");
        Instant firstThree = Instant.parse("2027-04-03T13:15:00Z");
        TestClock.set(Instant.parse("2027-04-03T10:45:00Z")); // 00:30 local

        runner.planDays();
        await().atMost(DEADLINE)
                .until(() -> on(behind.id(), ReminderKind.PACE_NUDGE, sunday).isPresent()
                        && on(recordsToday.id(), ReminderKind.PACE_NUDGE, sunday)
                                .isPresent());
        assertEquals(
                firstThree, on(behind.id(), ReminderKind.PACE_NUDGE, sunday).get().dueAt);

        TestClock.set(Instant.parse("2027-04-03T12:00:00Z")); // 01:45 local: recorded before the nudge
        as(recordsToday.person())
                .body(Fixtures.checkIn("DAILY", 2))
                .post("/api/v1/patients/{id}/check-ins", recordsToday.id())
                .then()
                .statusCode(201);

        TestClock.set(firstThree.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> on(behind.id(), ReminderKind.PACE_NUDGE, sunday).get().status == ReminderStatus.SENT
                        && on(recordsToday.id(), ReminderKind.PACE_NUDGE, sunday)
                                        .get()
                                        .status
                                == ReminderStatus.CANCELLED);
        assertEquals(
                CancelReason.ALREADY_RECORDED,
                on(recordsToday.id(), ReminderKind.PACE_NUDGE, sunday).get().cancelReason);
        assertEquals("PACE_NUDGE", notices(behind).getString("[0].topic"));
        assertEquals("/progress", notices(behind).getString("[0].link"));
        assertEquals(0, outboxRows(recordsToday, "IN_APP"));

        // A week without another nudge: the next day is planned, but nothing is due.
        TestClock.set(Instant.parse("2027-04-04T12:00:00Z")); // Monday 00:45 local
        runner.planDays();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> on(behind.id(), ReminderKind.PACE_NUDGE, sunday.plusDays(1))
                        .isEmpty());
    }

    @Test
    void aDischargedPatientGetsNoReminders() {
        Enrolled pat = patientIn("Europe/Berlin");
        Person tess = Tokens.therapist("Tess Therapist");
        Fixtures.assign(pat.id(), tess);
        Fixtures.setBaselineAndFrequency(pat.id(), 5, 3);
        choose(pat, channels(true, false, false), "18:00", null);
        LocalDate monday = LocalDate.parse("2027-01-11");
        TestClock.set(Instant.parse("2027-01-11T06:00:00Z"));
        runner.planDays();
        await().atMost(DEADLINE)
                .until(() -> on(pat.id(), ReminderKind.PROGRAMME_DAY, monday).isPresent());

        as(tess).body(Map.of("note", "Goals met."))
                .post("/api/v1/patients/{id}/discharge", pat.id())
                .then()
                .statusCode(200);
        TestClock.set(Instant.parse("2027-01-11T17:00:01Z")); // 18:00 in Berlin
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> on(pat.id(), ReminderKind.PROGRAMME_DAY, monday).get().status == ReminderStatus.CANCELLED);
        assertEquals(
                CancelReason.DISCHARGED,
                on(pat.id(), ReminderKind.PROGRAMME_DAY, monday).get().cancelReason);

        TestClock.set(Instant.parse("2027-01-12T06:00:00Z"));
        runner.planDays();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> on(pat.id(), ReminderKind.PROGRAMME_DAY, monday.plusDays(1))
                        .isEmpty());
        assertEquals(0, outboxRows(pat, "IN_APP"));
        assertTrue(notices(pat).getList("$").isEmpty());
    }
}
