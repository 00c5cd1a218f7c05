package org.motus.patient.reminder;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.reminder.ReminderScenario.choose;
import static org.motus.patient.reminder.ReminderScenario.notices;
import static org.motus.patient.reminder.ReminderScenario.only;
import static org.motus.patient.reminder.ReminderScenario.outboxRows;
import static org.motus.patient.reminder.ReminderScenario.patientIn;
import static org.motus.patient.reminder.ReminderScenario.reminders;
import static org.motus.patient.reminder.ReminderScenario.sessionEndedAt;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.channels;
import static org.motus.patient.testing.Fixtures.quietHours;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.notification.MailServerTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.TestClock;

/**
 * Issue 14 item 2, the two-hour follow-up (rule 12): reminded at its due time and once more half an
 * hour before its window closes, on real PostgreSQL and a real SMTP server, with the service's clock
 * moved instead of waiting. The reminder runner also runs every second in the background; the tests
 * call it too and wait for the state they expect.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class FollowUpRemindersTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Monday 11 January 2027, 09:00 in Berlin, 21:45 in the Chatham Islands. */
    private static final Instant MONDAY = Instant.parse("2027-01-11T08:00:00Z");

    private static final Instant SESSION_END = MONDAY.minus(Duration.ofMinutes(10));
    private static final Instant DUE = SESSION_END.plus(Duration.ofHours(2));
    private static final Instant LAST_CALL = SESSION_END.plus(Duration.ofMinutes(210));

    GreenMail greenMail;

    @Inject
    Reminders runner;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }

    @Test
    void aFollowUpIsRemindedAtItsDueTimeAndHalfAnHourBeforeTheWindowClosesWithoutHealthData() throws Exception {
        Enrolled pat = patientIn("Europe/Berlin");
        choose(pat, channels(true, true, false), "18:00", quietHours("22:00", "07:00"));
        TestClock.set(MONDAY);
        UUID session = sessionEndedAt(pat, SESSION_END);

        assertEquals(DUE, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).dueAt);
        assertEquals(LAST_CALL, only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).dueAt);
        assertEquals(session, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).sessionId);
        runner.sendDue();
        assertEquals(0, notices(pat).getList("$").size(), "nothing before its time");

        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> mailTo(ReminderScenario.email(pat)).size() == 1);
        MimeMessage email = mailTo(ReminderScenario.email(pat)).get(0);
        assertEquals("You have a reminder in Motus", email.getSubject());
        String body = GreenMailUtil.getBody(email);
        assertTrue(body.contains("http://localhost:8080/"), body);
        for (String healthData : List.of("Rita", "pain", "follow-up", "session", "exercise", "knee")) {
            assertFalse(body.toLowerCase().contains(healthData), "email mentions " + healthData + ": " + body);
        }
        assertEquals(ReminderStatus.SENT, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status);
        assertEquals(ReminderStatus.SCHEDULED, only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).status);
        var notices = notices(pat);
        assertEquals(1, notices.getList("$").size());
        assertEquals("FOLLOW_UP_REMINDER", notices.getString("[0].topic"));
        assertEquals("You have a reminder in Motus", notices.getString("[0].title"));
        assertEquals("/", notices.getString("[0].link"));

        TestClock.set(LAST_CALL.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> mailTo(ReminderScenario.email(pat)).size() == 2);
        assertEquals(ReminderStatus.SENT, only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).status);
        assertEquals(2, notices(pat).getList("$").size());
    }

    @Test
    void anAnsweredFollowUpGetsNoSecondReminder() {
        Enrolled pat = patientIn("Europe/Berlin");
        TestClock.set(MONDAY);
        UUID session = sessionEndedAt(pat, SESSION_END);
        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.SENT);

        TestClock.set(DUE.plus(Duration.ofMinutes(10)));
        as(pat.person())
                .body(Fixtures.checkIn("FOLLOW_UP", 2, session))
                .post("/api/v1/patients/{id}/check-ins", pat.id())
                .then()
                .statusCode(201);
        Reminder second = only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL);
        assertEquals(ReminderStatus.CANCELLED, second.status);
        assertEquals(CancelReason.ANSWERED, second.cancelReason);

        TestClock.set(LAST_CALL.plusSeconds(1));
        runner.sendDue();
        assertEquals(1, notices(pat).getList("$").size(), "only the first reminder");
        assertEquals(1, outboxRows(pat, "IN_APP"));
    }

    @Test
    void aFollowUpWhoseWindowClosesDuringQuietHoursIsDroppedNotSentLate() {
        Enrolled pat = patientIn("Pacific/Chatham"); // UTC+13:45 in January
        choose(pat, channels(true, true, false), "18:00", null);
        TestClock.set(MONDAY);
        sessionEndedAt(pat, SESSION_END); // 21:40 local; due 23:40, window closes 01:40
        assertEquals(2, reminders(pat.id()).size());

        // Quiet hours chosen after the reminders were planned: the choice at send time wins.
        choose(pat, channels(true, true, false), "18:00", quietHours("23:00", "06:00"));
        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.CANCELLED);
        assertEquals(CancelReason.WINDOW_CLOSED, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).cancelReason);
        TestClock.set(LAST_CALL.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).status == ReminderStatus.CANCELLED);
        assertEquals(CancelReason.WINDOW_CLOSED, only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).cancelReason);
        TestClock.set(LAST_CALL.plus(Duration.ofHours(8))); // the quiet hours ended: still nothing
        runner.sendDue();
        assertEquals(0, outboxRows(pat, "IN_APP") + outboxRows(pat, "EMAIL"));
    }

    @Test
    void quietHoursChosenAfterPlanningDeferTheReminderToTheirEnd() {
        Enrolled pat = patientIn("Europe/Berlin");
        choose(pat, channels(true, false, false), "18:00", null);
        TestClock.set(MONDAY);
        sessionEndedAt(pat, SESSION_END);
        // 10:30-11:00 in Berlin: 09:30-10:00 UTC, around the due time 09:50 UTC
        choose(pat, channels(true, false, false), "18:00", quietHours("10:30", "11:00"));

        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        Instant quietEnd = Instant.parse("2027-01-11T10:00:00Z");
        await().atMost(DEADLINE).until(() -> quietEnd.equals(only(pat.id(), ReminderKind.FOLLOW_UP_DUE).dueAt));
        assertEquals(ReminderStatus.SCHEDULED, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status);
        assertEquals(0, outboxRows(pat, "IN_APP"));

        TestClock.set(quietEnd.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.SENT);
        assertEquals(1, notices(pat).getList("$").size());
    }

    @Test
    void quietHoursThatPushTheFirstReminderOntoTheLastCallSendOneNotice() {
        Enrolled pat = patientIn("Europe/Berlin");
        choose(pat, channels(true, false, false), "18:00", null);
        TestClock.set(MONDAY);
        sessionEndedAt(pat, SESSION_END);
        // 10:30-12:30 in Berlin: 09:30-11:30 UTC, over the due time (09:50) and the last call (11:20)
        choose(pat, channels(true, false, false), "18:00", quietHours("10:30", "12:30"));

        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.CANCELLED);
        assertEquals(CancelReason.MERGED, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).cancelReason);

        TestClock.set(LAST_CALL.plusSeconds(1));
        runner.sendDue();
        Instant quietEnd = Instant.parse("2027-01-11T11:30:00Z");
        await().atMost(DEADLINE).until(() -> quietEnd.equals(only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).dueAt));
        TestClock.set(quietEnd.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_LAST_CALL).status == ReminderStatus.SENT);
        assertEquals(1, outboxRows(pat, "IN_APP"));
    }

    @Test
    void anOptOutAfterPlanningWinsAtSendTime() {
        Enrolled pat = patientIn("Europe/Berlin");
        TestClock.set(MONDAY);
        sessionEndedAt(pat, SESSION_END);
        choose(pat, channels(false, false, false), "18:00", null);

        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE)
                .until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.CANCELLED);
        assertEquals(CancelReason.OPTED_OUT, only(pat.id(), ReminderKind.FOLLOW_UP_DUE).cancelReason);
        assertEquals(0, outboxRows(pat, "IN_APP") + outboxRows(pat, "EMAIL") + outboxRows(pat, "PUSH"));
    }

    @Test
    void aRetriedSessionAndTwoRunsSendEachReminderOnce() throws Exception {
        Enrolled pat = patientIn("Europe/Berlin");
        TestClock.set(MONDAY);
        sessionEndedAt(pat, SESSION_END);
        sessionEndedAt(pat, SESSION_END); // the same Idempotency-Key: the first result again
        assertEquals(1, Fixtures.rows("exercise_session", pat.id()));
        assertEquals(2, reminders(pat.id()).size());

        TestClock.set(DUE.plusSeconds(1));
        Thread other = new Thread(runner::sendDue);
        other.start();
        runner.sendDue();
        other.join();
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> only(pat.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.SENT);
        assertEquals(1, outboxRows(pat, "IN_APP"));
        assertEquals(1, notices(pat).getList("$").size());
    }

    private List<MimeMessage> mailTo(String address) {
        return MailServerTestResource.to(greenMail, address);
    }
}
