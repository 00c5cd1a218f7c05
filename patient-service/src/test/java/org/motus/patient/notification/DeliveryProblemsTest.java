package org.motus.patient.notification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * The admins' "Delivery problems" lists on real PostgreSQL: the outbox's dead letters and the failed
 * reminders come newest first, a page at a time, with who they were for (a patient or staff) and
 * nothing of a patient's health; a retried failed reminder goes back to the runner, audited.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DeliveryProblemsTest {

    /** Later than anything else a test writes, so these rows lead the lists. */
    private static final Instant FAR = Instant.parse("2099-01-01T00:00:00Z");

    private final Person admin = Tokens.admin("Adam Delivery");

    @Test
    void deadLettersComeNewestFirstAPageAtATimeSayingWhetherAPatientOrStaffWasTheRecipient() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Delivery"));
        UUID oldest = deadLetter(pat.person().subject(), FAR.plusSeconds(10));
        UUID middle = deadLetter("therapist-" + UUID.randomUUID(), FAR.plusSeconds(20));
        UUID newest = deadLetter(pat.person().subject(), FAR.plusSeconds(30));

        String next = as(admin)
                .queryParam("limit", 2)
                .get("/api/v1/notifications/dead-letters")
                .then()
                .statusCode(200)
                .body("items.id", contains(newest.toString(), middle.toString()))
                .body("items[0].recipientRole", equalTo("PATIENT"))
                .body("items[1].recipientRole", equalTo("STAFF"))
                .body("next", notNullValue())
                .extract()
                .path("next");
        Map<String, Object> first = as(admin)
                .queryParam("limit", 2)
                .get("/api/v1/notifications/dead-letters")
                .then()
                .extract()
                .path("items[0]");
        assertEquals(
                Set.of(
                        "id",
                        "recipientSubject",
                        "recipientRole",
                        "channel",
                        "topic",
                        "status",
                        "attempts",
                        "lastError",
                        "createdAt",
                        "lastAttemptAt",
                        "nextAttemptAt"),
                first.keySet(),
                "a dead letter says how it was to go and why it failed, nothing else");
        as(admin)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/notifications/dead-letters")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(oldest.toString()));
    }

    @Test
    void failedRemindersComeNewestFirstAPageAtATime() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Reminded"));
        UUID older = failedReminder(pat.id(), FAR.plusSeconds(10), "2099-01-01");
        UUID newer = failedReminder(pat.id(), FAR.plusSeconds(20), "2099-01-02");

        String next = as(admin)
                .queryParam("limit", 1)
                .get("/api/v1/notifications/failed-reminders")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(newer.toString()))
                .body("items[0].patientId", equalTo(pat.idText()))
                .body("items[0].kind", equalTo("PROGRAMME_DAY"))
                .extract()
                .path("next");
        as(admin)
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get("/api/v1/notifications/failed-reminders")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(older.toString()));
    }

    @Test
    void aRetriedFailedReminderIsScheduledAgainDueNowAuditedWithItsPatientAndASecondRetryIsAConflict() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Retried"));
        UUID reminder = failedReminder(pat.id(), Instant.now().minusSeconds(60), "2020-01-01");

        as(admin)
                .post("/api/v1/notifications/failed-reminders/{id}/retry", reminder)
                .then()
                .statusCode(204);
        assertEquals(1, Fixtures.count("select count(*) from reminder where id = ?1 and status <> 'FAILED'", reminder));
        assertEquals(1, Fixtures.auditRows(pat.id(), admin.subject(), "RETRY_REMINDER", "SUCCESS"));
        as(admin)
                .post("/api/v1/notifications/failed-reminders/{id}/retry", reminder)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(admin)
                .post("/api/v1/notifications/failed-reminders/{id}/retry", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void malformedIdsCursorsAndLimitsAreBadRequestProblems() {
        for (String path : new String[] {
            "/api/v1/notifications/dead-letters/not-a-uuid/retry",
            "/api/v1/notifications/failed-reminders/not-a-uuid/retry",
            "/api/v1/notifications/dead-letters/" + UUID.randomUUID() + "x/retry"
        }) {
            as(admin).post(path).then().statusCode(400).contentType("application/problem+json");
        }
        for (String list :
                new String[] {"/api/v1/notifications/dead-letters", "/api/v1/notifications/failed-reminders"}) {
            as(admin)
                    .queryParam("cursor", "not a cursor")
                    .get(list)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
            for (String limit : new String[] {"0", "201", "ten", "-1"}) {
                as(admin)
                        .queryParam("limit", limit)
                        .get(list)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json");
            }
            as(admin).get(list).then().statusCode(200);
        }
    }

    private static UUID deadLetter(String recipient, Instant lastAttempt) {
        UUID id = UUID.randomUUID();
        Fixtures.sql("""
                insert into notification (id, recipient_subject, channel, topic, link, dedupe_key, status, attempts,
                                          next_attempt_at, last_attempt_at, last_error, created_at)
                values (?1, ?2, 'EMAIL', 'FOLLOW_UP_REMINDER', '/', ?3, 'DEAD', 8, ?4, ?4,
                        'MailException: 550 mailbox unavailable', ?4)""", id, recipient, "delivery:" + id, lastAttempt);
        return id;
    }

    private static UUID failedReminder(UUID patientId, Instant failedAt, String localDate) {
        UUID id = UUID.randomUUID();
        Fixtures.sql("""
                insert into reminder (id, patient_id, kind, local_date, due_at, status, created_at, settled_at,
                                      attempts, last_error)
                values (?1, ?2, 'PROGRAMME_DAY', cast(?3 as date), ?4, 'FAILED', ?4, ?4, 5,
                        'java.lang.IllegalStateException: broken on purpose')""", id, patientId, localDate, failedAt);
        return id;
    }
}
