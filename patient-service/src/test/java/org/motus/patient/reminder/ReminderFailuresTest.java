package org.motus.patient.reminder;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.reminder.ReminderScenario.only;
import static org.motus.patient.reminder.ReminderScenario.patientIn;
import static org.motus.patient.reminder.ReminderScenario.sessionEndedAt;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.notification.MailServerTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.TestClock;
import org.motus.patient.testing.Tokens;

/**
 * A reminder whose decision throws (here: a time zone no library knows, written behind the API's
 * back) is rolled back alone, counted and retried later; the reminders behind it are sent on the same
 * run, and after motus.reminders.max-attempts (3 in tests) it is FAILED and left alone. One unknown
 * zone also skips only its patient's daily planning. On real PostgreSQL, with the runner also running
 * every second in the background.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class ReminderFailuresTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Instant MONDAY = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant SESSION_END = MONDAY.minus(Duration.ofMinutes(10));
    private static final Instant DUE = SESSION_END.plus(Duration.ofHours(2));
    private static final String UNKNOWN_ZONE = "Mars/Olympus_Mons";

    private final List<UUID> broken = new ArrayList<>();

    @Inject
    Reminders runner;

    @AfterEach
    void repairTheZonesAndResetTheClock() {
        broken.forEach(id -> Fixtures.sql("update patient set time_zone = 'UTC' where id = ?1", id));
        TestClock.reset();
    }

    @Test
    void aReminderWhoseDecisionFailsIsRetriedLaterWithoutHoldingUpTheOthersAndFailsAfterMaxAttempts() {
        TestClock.set(MONDAY);
        Enrolled failing = patientIn("Europe/Berlin");
        sessionEndedAt(failing, SESSION_END.minusSeconds(60)); // due first: it was the one blocking
        Enrolled fine = patientIn("Europe/Berlin");
        sessionEndedAt(fine, SESSION_END);
        breakZone(failing.id());

        TestClock.set(DUE.plusSeconds(1));
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> only(fine.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.SENT);
        Reminder first = only(failing.id(), ReminderKind.FOLLOW_UP_DUE);
        assertEquals(ReminderStatus.SCHEDULED, first.status);
        assertTrue(first.attempts >= 1, "attempts " + first.attempts);
        assertNotNull(first.lastError);
        assertTrue(first.lastError.contains(UNKNOWN_ZONE), first.lastError);
        assertTrue(first.dueAt.isAfter(DUE.plusSeconds(1)), "it waits before its next attempt: " + first.dueAt);

        await().atMost(DEADLINE).until(() -> {
            Reminder now = only(failing.id(), ReminderKind.FOLLOW_UP_DUE);
            if (now.status == ReminderStatus.SCHEDULED) {
                TestClock.set(now.dueAt.plusSeconds(1)); // its next attempt is due
                runner.sendDue();
            }
            return only(failing.id(), ReminderKind.FOLLOW_UP_DUE).status == ReminderStatus.FAILED;
        });
        Reminder failed = only(failing.id(), ReminderKind.FOLLOW_UP_DUE);
        assertEquals(3, failed.attempts);
        assertNotNull(failed.settledAt);
        Instant dueWhenFailed = failed.dueAt;

        TestClock.set(dueWhenFailed.plus(Duration.ofHours(1)));
        runner.sendDue();
        Reminder later = only(failing.id(), ReminderKind.FOLLOW_UP_DUE);
        assertEquals(ReminderStatus.FAILED, later.status, "a failed reminder is not tried again");
        assertEquals(3, later.attempts);
        assertEquals(0, outboxRows(failing));

        // Admins see it, as they see the outbox's dead letters; nobody else does.
        as(Tokens.admin("Adam Admin"))
                .get("/api/v1/notifications/failed-reminders")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + failed.id + "' }.kind", is("FOLLOW_UP_DUE"))
                .body("items.find { it.id == '" + failed.id + "' }.attempts", is(3))
                .body("items.find { it.id == '" + failed.id + "' }.lastError", containsString(UNKNOWN_ZONE));
        as(Tokens.therapist("Tess Curious"))
                .get("/api/v1/notifications/failed-reminders")
                .then()
                .statusCode(403);
        as(failing.person())
                .get("/api/v1/notifications/failed-reminders")
                .then()
                .statusCode(403);

        // Once the cause is repaired, an admin hands it back to the runner, which decides it afresh.
        Fixtures.sql("update patient set time_zone = 'Europe/Berlin' where id = ?1", failing.id());
        as(Tokens.admin("Adam Admin"))
                .post("/api/v1/notifications/failed-reminders/{id}/retry", failed.id)
                .then()
                .statusCode(204);
        await().atMost(DEADLINE).until(() -> {
            runner.sendDue();
            ReminderStatus status = only(failing.id(), ReminderKind.FOLLOW_UP_DUE).status;
            return status == ReminderStatus.SENT || status == ReminderStatus.CANCELLED;
        });
        assertEquals(0, only(failing.id(), ReminderKind.FOLLOW_UP_DUE).attempts, "its attempts counted afresh");
    }

    @Test
    void aPatientWhoseZoneIsUnknownIsSkippedByTheDailyPlanningWhileOthersArePlanned() {
        TestClock.set(MONDAY.plus(Duration.ofDays(3)));
        Enrolled lost = patientIn("Europe/Berlin");
        breakZone(lost.id());
        Enrolled other = patientIn("Europe/Berlin");
        // The next day (the background runner may have planned both on the day they enrolled).
        TestClock.set(MONDAY.plus(Duration.ofDays(4)));
        LocalDate nextDay = LocalDate.ofInstant(TestClock.now(), ZoneId.of("Europe/Berlin"));

        await().atMost(DEADLINE).until(() -> {
            runner.planDays();
            return nextDay.equals(plannedOn(other.id()));
        });
        assertNotEquals(nextDay, plannedOn(lost.id()), "the patient with an unknown zone is skipped");
    }

    private void breakZone(UUID patientId) {
        broken.add(patientId);
        assertEquals(1, Fixtures.sql("update patient set time_zone = ?2 where id = ?1", patientId, UNKNOWN_ZONE));
    }

    private static LocalDate plannedOn(UUID patientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<LocalDate> days = Panache.getEntityManager()
                    .createNativeQuery("select planned_on from reminder_plan where patient_id = ?1", LocalDate.class)
                    .setParameter(1, patientId)
                    .getResultList();
            return days.isEmpty() ? null : days.get(0);
        });
    }

    private static long outboxRows(Enrolled patient) {
        return Fixtures.count(
                "select count(*) from notification where recipient_subject = ?1",
                patient.person().subject());
    }
}
