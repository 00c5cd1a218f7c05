package org.motus.patient.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.with;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.notification.MailServerTestResource;
import org.motus.patient.testing.FakeAccounts;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.TestClock;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Issue 14 item 3 end to end on real PostgreSQL and a real SMTP server: an URGENT flag reaches the
 * treating therapist at once (email and in-app), HIGH and ROUTINE ones in the daily digest at the
 * therapist's hour; emails carry no patient name and no health data; the outbox retries with
 * backoff, gives up into a dead letter an admin sees and retries. A therapist who never signed in
 * is written to at their Keycloak account's address; a deactivated one gets nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class TherapistAlertsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    GreenMail greenMail;

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }

    @Test
    void anUrgentFlagEmailsTheTreatingTherapistAtOnceWithoutHealthDataAndShowsInApp() throws Exception {
        Clinic clinic = Fixtures.clinic();
        String tessEmail = signIn(clinic.tess());
        String strangerEmail = signIn(clinic.stranger());

        redFlagCheckIn(clinic);

        List<MimeMessage> mail = awaitMailTo(tessEmail, 1);
        MimeMessage email = mail.get(0);
        assertEquals("You have a new urgent alert in Motus", email.getSubject());
        String body = GreenMailUtil.getBody(email);
        assertTrue(body.contains("http://localhost:8080/"), body);
        for (String healthData : List.of("Pat", "Patient", "chest", "breath", "pain", "red flag", "7/10")) {
            assertFalse(
                    body.toLowerCase().contains(healthData.toLowerCase()),
                    "email mentions " + healthData + ": " + body);
        }
        UUID row = UUID.fromString(email.getHeader("X-Motus-Notification")[0]);
        assertEquals("<" + row + "@notification.motus>", email.getMessageID());
        // The dispatcher marks the row SENT after the SMTP server took the mail: the mail can arrive first.
        await().atMost(DEADLINE)
                .until(() -> Fixtures.count(
                                "select count(*) from notification where id = ?1 and status = 'SENT' and attempts = 1",
                                row)
                        == 1);
        assertTrue(mailTo(strangerEmail).isEmpty(), "a therapist who does not treat pat got an alert");

        given().auth()
                .oauth2(clinic.tess().token())
                .get("/api/v1/notifications/unread-count")
                .then()
                .statusCode(200)
                .body("unread", equalTo(1));
        String id = given().auth()
                .oauth2(clinic.tess().token())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].topic", equalTo("URGENT_ALERT"))
                .body("[0].title", equalTo("You have a new urgent alert in Motus"))
                .body("[0].link", equalTo("/"))
                .extract()
                .path("[0].id");
        as(clinic.pat().person())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(clinic.stranger())
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(clinic.stranger()).post("/api/v1/notifications/{id}/read", id).then().statusCode(404);

        as(clinic.tess())
                .post("/api/v1/notifications/{id}/read", id)
                .then()
                .statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        as(clinic.tess()).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(0));
        as(clinic.tess())
                .queryParam("status", "UNREAD")
                .get("/api/v1/notifications")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void theSameFlagNeverAlertsTwiceAndAnIdempotentRetryOfTheCheckInStoresNoSecondAlert() {
        Clinic clinic = Fixtures.clinic();
        String tessEmail = signIn(clinic.tess());
        var body = with(checkIn("DAILY", 4), "redFlags", List.of("NIGHT_PAIN"));
        for (int i = 0; i < 2; i++) {
            as(clinic.pat().person())
                    .header("Idempotency-Key", "alert-once")
                    .body(body)
                    .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                    .then()
                    .statusCode(201);
        }
        awaitMailTo(tessEmail, 1);
        assertEquals(
                2,
                Fixtures.count(
                        "select count(*) from notification where recipient_subject = ?1",
                        clinic.tess().subject()),
                "one in-app, one email and no push row (tess subscribed no browser)");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> mailTo(tessEmail).size() == 1);
    }

    @Test
    void anUrgentFlagReachesATherapistWhoNeverSignedInAtTheAddressOfTheirKeycloakAccount() throws Exception {
        Clinic clinic = Fixtures.clinic();
        String keycloakAddress = keycloakAddress(clinic.tess());
        assertEquals(
                0,
                Fixtures.count(
                        "select count(*) from staff where subject = ?1",
                        clinic.tess().subject()));

        redFlagCheckIn(clinic);

        MimeMessage email = awaitMailTo(keycloakAddress, 1).get(0);
        assertEquals("You have a new urgent alert in Motus", email.getSubject());
        await().atMost(DEADLINE).until(() -> emailRow(clinic.tess().subject(), "status = 'SENT' and attempts = 1"));
    }

    @Test
    void aDeactivatedTherapistGetsNoEmailEvenWithAnAddressOnRecordAndTheRowIsADeadLetterAtOnce() {
        Clinic clinic = Fixtures.clinic();
        String subject = clinic.tess().subject();
        String recorded = signIn(clinic.tess());
        as(clinic.admin())
                .post("/api/v1/staff/{subject}/deactivation", subject)
                .then()
                .statusCode(200);

        redFlagCheckIn(clinic);

        await().atMost(DEADLINE).until(() -> emailRow(subject, "status = 'DEAD' and attempts = 1"));
        assertTrue(emailRow(subject, "last_error like '%account is deactivated%'"));
        assertTrue(mailTo(recorded).isEmpty(), "a deactivated therapist got an email");
        assertTrue(mailTo(keycloakAddress(clinic.tess())).isEmpty(), "a deactivated therapist got an email");

        // Back at work: the admin reactivates the account and sends the alert again.
        as(clinic.admin())
                .post("/api/v1/staff/{subject}/reactivation", subject)
                .then()
                .statusCode(200);
        as(clinic.admin())
                .post("/api/v1/notifications/dead-letters/{id}/retry", emailRowId(subject))
                .then()
                .statusCode(204);
        awaitMailTo(recorded, 1);
    }

    @Test
    void aTherapistWithNoAddressAnywhereIsRetriedWithBackoffThenADeadLetterThatAnAdminRetries() {
        Clinic clinic = Fixtures.clinic();
        String subject = clinic.tess().subject();
        FakeAccounts.withoutEmail(subject);
        Instant start = Instant.now();
        TestClock.set(start);
        redFlagCheckIn(clinic);

        await().atMost(DEADLINE).until(() -> emailRow(subject, "attempts = 1 and status = 'PENDING'"));
        assertTrue(emailRow(subject, "last_error like '%No email address on record%'"));
        assertTrue(
                emailRow(subject, "next_attempt_at between ?2 and ?3", start.plusSeconds(29), start.plusSeconds(40)));

        TestClock.advance(Duration.ofSeconds(35));
        await().atMost(DEADLINE).until(() -> emailRow(subject, "attempts = 2 and status = 'PENDING'"));
        TestClock.advance(Duration.ofSeconds(70));
        await().atMost(DEADLINE).until(() -> emailRow(subject, "attempts = 3 and status = 'DEAD'"));

        String row = as(clinic.admin())
                .get("/api/v1/notifications/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .param("subject", subject)
                .getString("items.find { it.recipientSubject == subject && it.channel == 'EMAIL' }.id");
        assertEquals(emailRowId(subject), row);
        as(clinic.admin())
                .get("/api/v1/notifications/dead-letters")
                .then()
                .body("items.find { it.id == '" + row + "' }.recipientRole", equalTo("STAFF"))
                .body("items.find { it.id == '" + row + "' }.topic", equalTo("URGENT_ALERT"))
                .body("items.find { it.id == '" + row + "' }.attempts", equalTo(3));
        as(clinic.tess()).get("/api/v1/notifications/dead-letters").then().statusCode(403);
        as(clinic.pat().person())
                .post("/api/v1/notifications/dead-letters/{id}/retry", row)
                .then()
                .statusCode(403);

        String tessEmail = signIn(clinic.tess());
        as(clinic.admin())
                .post("/api/v1/notifications/dead-letters/{id}/retry", row)
                .then()
                .statusCode(204);
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from audit_event where actor_subject = ?1 and action = 'RETRY_NOTIFICATION'"
                                + " and outcome = 'SUCCESS' and detail = ?2",
                        clinic.admin().subject(),
                        "notification " + row));
        awaitMailTo(tessEmail, 1);
        await().atMost(DEADLINE).until(() -> emailRow(subject, "status = 'SENT' and attempts = 1"));
        as(clinic.admin())
                .post("/api/v1/notifications/dead-letters/{id}/retry", row)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(clinic.admin())
                .post("/api/v1/notifications/dead-letters/{id}/retry", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertEquals(
                2,
                Fixtures.count(
                        "select count(*) from audit_event where actor_subject = ?1 and action = 'RETRY_NOTIFICATION'"
                                + " and outcome = 'FAILED'",
                        clinic.admin().subject()),
                "the refused retries are audited too");
    }

    @Test
    void highAndRoutineFlagsWaitForTheDailyDigestAtTheTherapistsHour() {
        Clinic clinic = Fixtures.clinic();
        // tess never signed in: the digest goes to her Keycloak account's address
        String tessEmail = keycloakAddress(clinic.tess());
        as(clinic.tess())
                .body("{\"digestHour\":7,\"timeZone\":\"Europe/Berlin\"}")
                .put("/api/v1/notifications/alert-preferences")
                .then()
                .statusCode(200)
                .body("digestHour", equalTo(7))
                .body("timeZone", equalTo("Europe/Berlin"));
        // 05:00 in Berlin tomorrow (04:00 UTC, winter): the session logged now lies before it.
        Instant tomorrowFiveBerlin =
                LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(4, 0).toInstant(ZoneOffset.UTC);
        TestClock.set(tomorrowFiveBerlin);
        Fixtures.logSession(clinic.pat(), 2, 5, 4); // above the 3/10 ceiling: a ROUTINE flag

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> mailTo(tessEmail).isEmpty());

        TestClock.set(tomorrowFiveBerlin.plus(Duration.ofHours(2)).plusSeconds(60)); // 07:01 in Berlin
        MimeMessage digest = awaitMailTo(tessEmail, 1).get(0);
        try {
            assertEquals("You have 1 new alert in Motus", digest.getSubject());
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
        as(clinic.tess())
                .get("/api/v1/notifications")
                .then()
                .body("[0].topic", equalTo("ALERT_DIGEST"))
                .body("[0].count", equalTo(1));

        TestClock.advance(Duration.ofHours(3)); // later the same day: no second digest
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> mailTo(tessEmail).size() == 1);
    }

    @Test
    void onlyATherapistHasDigestPreferencesAndBadOnesAreRefused() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.tess())
                .get("/api/v1/notifications/alert-preferences")
                .then()
                .statusCode(200)
                .body("digestHour", equalTo(7))
                .body("timeZone", equalTo("UTC"));
        as(clinic.pat().person())
                .get("/api/v1/notifications/alert-preferences")
                .then()
                .statusCode(403);
        as(clinic.admin()).get("/api/v1/notifications/alert-preferences").then().statusCode(403);
        for (String bad : List.of(
                "{\"digestHour\":24,\"timeZone\":\"UTC\"}",
                "{\"digestHour\":-1,\"timeZone\":\"UTC\"}",
                "{\"digestHour\":\"7\",\"timeZone\":\"UTC\"}",
                "{\"digestHour\":7.5,\"timeZone\":\"UTC\"}",
                "{\"digestHour\":7,\"timeZone\":\"Mars/Olympus\"}",
                "{\"digestHour\":7}",
                "{\"timeZone\":\"UTC\"}",
                "{\"digestHour\":7,\"timeZone\":\"UTC\",\"extra\":1}",
                "[]",
                "{")) {
            as(clinic.tess())
                    .body(bad)
                    .put("/api/v1/notifications/alert-preferences")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        // Nothing stored: still the defaults (the digest may have written its own bookkeeping meanwhile).
        as(clinic.tess())
                .get("/api/v1/notifications/alert-preferences")
                .then()
                .statusCode(200)
                .body("digestHour", equalTo(7))
                .body("timeZone", equalTo("UTC"));
    }

    // ---- helpers

    /** The therapist calls this service with a token naming their address, which the staff directory records. */
    private static String signIn(Person therapist) {
        String email = therapist.subject() + "@clinic.example";
        given().auth()
                .oauth2(Tokens.withEmail(therapist, email))
                .contentType(ContentType.JSON)
                .get("/api/v1/notifications/unread-count")
                .then()
                .statusCode(200);
        await().atMost(DEADLINE)
                .until(() -> Fixtures.count(
                                "select count(*) from staff where subject = ?1 and email = ?2",
                                therapist.subject(),
                                email)
                        == 1);
        return email;
    }

    /** The address of the therapist's account in (the test double of) Keycloak. */
    private static String keycloakAddress(Person therapist) {
        return FakeAccounts.account(therapist.subject()).orElseThrow().email();
    }

    private static String emailRowId(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Panache.getEntityManager()
                        .createNativeQuery(
                                "select cast(id as text) from notification where recipient_subject = ?1 and channel = 'EMAIL'")
                        .setParameter(1, subject)
                        .getSingleResult()
                        .toString());
    }

    private static void redFlagCheckIn(Clinic clinic) {
        as(clinic.pat().person())
                .body(with(checkIn("DAILY", 7), "redFlags", List.of("CHEST_SYMPTOMS")))
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(201);
    }

    private static boolean emailRow(String subject, String condition, Object... more) {
        Object[] parameters = new Object[more.length + 1];
        parameters[0] = subject;
        System.arraycopy(more, 0, parameters, 1, more.length);
        return Fixtures.count(
                        "select count(*) from notification where recipient_subject = ?1 and channel = 'EMAIL' and "
                                + condition,
                        parameters)
                == 1;
    }

    private List<MimeMessage> awaitMailTo(String address, int count) {
        await().atMost(DEADLINE).until(() -> mailTo(address).size() >= count);
        List<MimeMessage> mail = mailTo(address);
        assertEquals(count, mail.size(), "emails to " + address);
        return mail;
    }

    private List<MimeMessage> mailTo(String address) {
        return MailServerTestResource.to(greenMail, address);
    }
}
