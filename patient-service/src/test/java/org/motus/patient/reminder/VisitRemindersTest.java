package org.motus.patient.reminder;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.reminder.ReminderScenario.choose;
import static org.motus.patient.reminder.ReminderScenario.notices;
import static org.motus.patient.reminder.ReminderScenario.patientIn;
import static org.motus.patient.reminder.ReminderScenario.reminders;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.channels;
import static org.motus.patient.testing.Fixtures.quietHours;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.TestClock;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Issue 14 item 2, visits: the contract the session gateway codes against (PUT and DELETE
 * {@code /api/v1/notifications/visit-reminders/{visitId}}, realm role {@code notifier} only).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class VisitRemindersTest {

    private static final String PATH = "/api/v1/notifications/visit-reminders/{visitId}";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Monday 11 January 2027, 09:00 in Berlin. */
    private static final Instant MONDAY = Instant.parse("2027-01-11T08:00:00Z");

    private static final Instant STARTS = Instant.parse("2027-01-13T09:30:00Z"); // Wednesday 10:30 in Berlin

    static final Person GATEWAY = new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier");

    @Inject
    Reminders runner;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }

    private static Map<String, Object> visit(Object patientId, Object startsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patientId == null ? null : patientId.toString());
        body.put("startsAt", startsAt == null ? null : startsAt.toString());
        return body;
    }

    private static Response put(Person caller, Object visitId, Object body) {
        return as(caller).body(body).put(PATH, visitId);
    }

    @Test
    void aVisitIsRemindedADayAndAQuarterOfAnHourBeforeWithItsJoinLink() {
        Enrolled pat = patientIn("Europe/Berlin");
        UUID visitId = UUID.randomUUID();
        TestClock.set(MONDAY);

        put(GATEWAY, visitId, visit(pat.id(), STARTS))
                .then()
                .statusCode(200)
                .body("visitId", equalTo(visitId.toString()))
                .body("patientId", equalTo(pat.idText()))
                .body("startsAt", equalTo("2027-01-13T09:30:00Z"))
                .body("reminders", hasSize(2))
                .body("reminders[0].kind", equalTo("VISIT_DAY_BEFORE"))
                .body("reminders[0].dueAt", equalTo("2027-01-12T09:30:00Z"))
                .body("reminders[0].status", equalTo("SCHEDULED"))
                .body("reminders[1].kind", equalTo("VISIT_SOON"))
                .body("reminders[1].dueAt", equalTo("2027-01-13T09:15:00Z"));

        TestClock.set(Instant.parse("2027-01-12T09:30:01Z"));
        runner.sendDue();
        await().atMost(DEADLINE).until(() -> notices(pat).getList("$").size() == 1);
        assertEquals("VISIT_REMINDER", notices(pat).getString("[0].topic"));
        assertEquals("/visits/" + visitId + "/call", notices(pat).getString("[0].link"));
        put(GATEWAY, visitId, visit(pat.id(), STARTS))
                .then()
                .statusCode(200)
                .body("reminders.status", equalTo(List.of("SENT", "SCHEDULED")));
    }

    @Test
    void theSameVisitAgainChangesNothingAndANewStartReplacesTheUnsentReminders() {
        Enrolled pat = patientIn("Europe/Berlin");
        UUID visitId = UUID.randomUUID();
        TestClock.set(MONDAY);
        put(GATEWAY, visitId, visit(pat.id(), STARTS)).then().statusCode(200);
        put(GATEWAY, visitId, visit(pat.id(), STARTS)).then().statusCode(200).body("reminders", hasSize(2));
        assertEquals(2, reminders(pat.id()).size());

        Instant later = STARTS.plus(Duration.ofHours(1));
        put(GATEWAY, visitId, visit(pat.id(), later))
                .then()
                .statusCode(200)
                .body("startsAt", equalTo(later.toString()))
                .body("reminders.dueAt", equalTo(List.of("2027-01-12T10:30:00Z", "2027-01-13T10:15:00Z")))
                .body("reminders.status", equalTo(List.of("SCHEDULED", "SCHEDULED")));
        assertEquals(
                2,
                reminders(pat.id()).stream()
                        .filter(r -> r.cancelReason == CancelReason.VISIT_CHANGED)
                        .count());

        // moved back: the first start's reminders are planned again, not duplicated
        put(GATEWAY, visitId, visit(pat.id(), STARTS))
                .then()
                .statusCode(200)
                .body("reminders.status", equalTo(List.of("SCHEDULED", "SCHEDULED")));
        assertEquals(4, reminders(pat.id()).size());
        assertEquals(
                2,
                reminders(pat.id()).stream()
                        .filter(r -> r.status == ReminderStatus.SCHEDULED)
                        .count());
    }

    @Test
    void aVisitBookedLateGetsOnlyTheRemindersStillAheadAndQuietHoursNeverPushOnePastTheStart() {
        Enrolled pat = patientIn("Europe/Berlin");
        TestClock.set(MONDAY);
        put(GATEWAY, UUID.randomUUID(), visit(pat.id(), MONDAY.plus(Duration.ofHours(1))))
                .then()
                .statusCode(200)
                .body("reminders.kind", equalTo(List.of("VISIT_SOON")));
        put(GATEWAY, UUID.randomUUID(), visit(pat.id(), MONDAY.plus(Duration.ofMinutes(10))))
                .then()
                .statusCode(200)
                .body("reminders", hasSize(0));

        // 07:30 in Berlin, quiet until 08:00: the 15-minute reminder would come after the start
        choose(pat, channels(true, false, false), "18:00", quietHours("06:00", "08:00"));
        put(GATEWAY, UUID.randomUUID(), visit(pat.id(), Instant.parse("2027-01-13T06:30:00Z")))
                .then()
                .statusCode(200)
                .body("reminders.kind", equalTo(List.of("VISIT_DAY_BEFORE")));
    }

    @Test
    void cancellingAVisitCancelsItsUnsentRemindersAndMayBeRepeated() {
        Enrolled pat = patientIn("Europe/Berlin");
        UUID visitId = UUID.randomUUID();
        TestClock.set(MONDAY);
        put(GATEWAY, visitId, visit(pat.id(), STARTS)).then().statusCode(200);

        as(GATEWAY).delete(PATH, visitId).then().statusCode(204);
        as(GATEWAY).delete(PATH, visitId).then().statusCode(204);
        as(GATEWAY).delete(PATH, UUID.randomUUID()).then().statusCode(204);
        assertEquals(
                List.of(CancelReason.VISIT_CANCELLED, CancelReason.VISIT_CANCELLED),
                reminders(pat.id()).stream().map(r -> r.cancelReason).toList());

        TestClock.set(STARTS);
        runner.sendDue();
        assertEquals(0, ReminderScenario.outboxRows(pat, "IN_APP"));
    }

    @Test
    void onlyTheNotifierServiceAccountPlansVisitReminders() {
        Enrolled pat = patientIn("Europe/Berlin");
        Person tess = Tokens.therapist("Tess Therapist");
        Fixtures.assign(pat.id(), tess);
        UUID visitId = UUID.randomUUID();
        for (Person caller : List.of(pat.person(), tess, Tokens.admin("Adam Admin"))) {
            put(caller, visitId, visit(pat.id(), STARTS)).then().statusCode(403);
            as(caller).delete(PATH, visitId).then().statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(visit(pat.id(), STARTS))
                .put(PATH, visitId)
                .then()
                .statusCode(401);
        given().delete(PATH, visitId).then().statusCode(401);
        assertEquals(0, reminders(pat.id()).size());
        put(GATEWAY, visitId, visit(pat.id(), STARTS)).then().statusCode(200);
        assertEquals(1, Fixtures.auditRows(pat.id(), GATEWAY.subject(), "SCHEDULE_VISIT_REMINDERS", "SUCCESS"));
    }

    @Test
    void anUnknownPatientIsANotFoundProblem() {
        put(GATEWAY, UUID.randomUUID(), visit(UUID.randomUUID(), STARTS))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:not-found"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"patientId\":",
                "{}",
                "{\"patientId\":\"PATIENT\"}",
                "{\"startsAt\":\"2027-01-13T09:30:00Z\"}",
                "{\"patientId\":\"not-a-uuid\",\"startsAt\":\"2027-01-13T09:30:00Z\"}",
                "{\"patientId\":\"PATIENT\",\"startsAt\":\"tomorrow\"}",
                "{\"patientId\":\"PATIENT\",\"startsAt\":\"2027-01-13 09:30\"}",
                "{\"patientId\":\"PATIENT\",\"startsAt\":\"2027-01-13T09:30:00Z\",\"extra\":1}",
                "[]"
            })
    void malformedInputIsABadRequestProblemAndPlansNothing(String body) {
        Enrolled pat = patientIn("Europe/Berlin");
        put(GATEWAY, UUID.randomUUID(), body.replace("PATIENT", pat.idText()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, reminders(pat.id()).size());
    }

    @Test
    void aMalformedVisitIdIsANotFoundProblem() {
        Enrolled pat = patientIn("Europe/Berlin");
        put(GATEWAY, "not-a-uuid", visit(pat.id(), STARTS))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(GATEWAY).delete(PATH, "not-a-uuid").then().statusCode(404);
    }
}
