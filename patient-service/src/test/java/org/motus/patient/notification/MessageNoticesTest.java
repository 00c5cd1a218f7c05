package org.motus.patient.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.channels;
import static org.motus.patient.testing.Fixtures.contactPreferences;
import static org.motus.patient.testing.Fixtures.message;
import static org.motus.patient.testing.Fixtures.sendMessage;
import static org.motus.patient.testing.Fixtures.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.push.TestBrowser;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Issue 14 item 4 on real PostgreSQL: a new message notifies the other side of the thread through
 * the outbox, in-app always and linking to the thread, by email and push once per unread spell
 * (coalesced), never anyone outside the thread, and not at all when the post fails.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class MessageNoticesTest {

    @Test
    void aPatientsMessageNotifiesEachTherapistOfTheCareTeamInAppLinkingToTheThreadAndNoOneElse() {
        Clinic clinic = Fixtures.clinic();
        Person tom = Tokens.therapist("Tom Therapist");
        Fixtures.assign(clinic.pat().id(), tom);

        sendMessage(clinic.pat().person(), clinic.pat().id(), "Is this pain normal after the bridge?");

        for (Person therapist : new Person[] {clinic.tess(), tom}) {
            as(therapist)
                    .get("/api/v1/notifications")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].topic", equalTo("NEW_MESSAGE"))
                    .body("[0].title", equalTo("You have a new message in Motus"))
                    .body("[0].link", equalTo("/patients/" + clinic.pat().id()));
            assertEquals(1, rows(therapist, "EMAIL"), "each therapist is emailed once");
        }
        assertEquals(0, rows(clinic.pat().person(), null), "the author is not told of their own message");
        assertEquals(0, rows(clinic.paula().person(), null), "another patient hears nothing of pat's thread");
        assertEquals(0, rows(clinic.stranger(), null), "a therapist outside the care team hears nothing");
    }

    @Test
    void aTherapistsMessageNotifiesThePatientInAppAndByEmailAndPushOnlyAsTheirPreferencesSay() {
        Clinic clinic = Fixtures.clinic();
        Person pat = clinic.pat().person();
        Fixtures.sql(
                "update patient set contact_email = 'pat@example.org' where id = ?1",
                clinic.pat().id());
        subscribeABrowser(pat);

        sendMessage(clinic.tess(), clinic.pat().id(), "Yes, a little soreness is expected.");
        as(pat).get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].topic", equalTo("NEW_MESSAGE"))
                .body("[0].link", equalTo("/messages"));
        assertEquals(0, rows(pat, "EMAIL"), "the default is in Motus only");
        assertEquals(0, rows(pat, "PUSH"), "the default is in Motus only");
        assertEquals(0, rows(clinic.paula().person(), null), "another patient hears nothing of pat's thread");

        Map<String, Object> choice = with(contactPreferences(), "messageNotices", channels(true, true, true));
        as(pat).body(choice)
                .put("/api/v1/patients/{id}/contact-preferences", clinic.pat().id())
                .then()
                .statusCode(200);
        sendMessage(clinic.tess(), clinic.pat().id(), "Keep going with the bridges.");
        assertEquals(2, rows(pat, "IN_APP"));
        assertEquals(1, rows(pat, "EMAIL"));
        assertEquals(1, rows(pat, "PUSH"));
    }

    @Test
    void emailAndPushAreCoalescedUntilTheRecipientReadsTheThreadWhileInAppCountsEveryMessage() {
        Clinic clinic = Fixtures.clinic();
        Person tess = clinic.tess();
        subscribeABrowser(tess);

        UUID last = null;
        for (int i = 1; i <= 3; i++) {
            last = sendMessage(clinic.pat().person(), clinic.pat().id(), "Question " + i);
        }
        assertEquals(3, rows(tess, "IN_APP"));
        assertEquals(1, rows(tess, "EMAIL"), "one email for three messages tess has not read");
        assertEquals(1, rows(tess, "PUSH"), "one push for three messages tess has not read");

        as(tess).body(Map.of("upTo", last.toString()))
                .post("/api/v1/patients/{id}/messages/read-marks", clinic.pat().id())
                .then()
                .statusCode(200);
        Fixtures.sql(
                "update notification set status = 'SENT', sent_at = created_at where recipient_subject = ?1",
                tess.subject());
        sendMessage(clinic.pat().person(), clinic.pat().id(), "One more question");
        assertEquals(4, rows(tess, "IN_APP"));
        assertEquals(2, rows(tess, "EMAIL"), "read since the last email: the next message emails again");
        assertEquals(2, rows(tess, "PUSH"));

        sendMessage(clinic.pat().person(), clinic.pat().id(), "And another");
        assertEquals(2, rows(tess, "EMAIL"), "sent but not read since: no second email");
    }

    @Test
    void theCoalescingOfOneThreadDoesNotHoldBackAnotherPatientsThread() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.assign(clinic.paula().id(), clinic.tess());
        sendMessage(clinic.pat().person(), clinic.pat().id(), "From pat");
        sendMessage(clinic.paula().person(), clinic.paula().id(), "From paula");
        assertEquals(2, rows(clinic.tess(), "EMAIL"), "one email per thread");
    }

    @Test
    void aPostThatFailsAfterTheMessageWasStoredWritesNoNotice() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(message(RollBackAfterNotices.TEXT))
                .post("/api/v1/patients/{id}/messages", clinic.pat().id())
                .then()
                .statusCode(409);
        assertEquals(0, rows(clinic.tess(), null), "the notice rolled back with the message");
        assertEquals(0, Fixtures.rows("message", clinic.pat().id()));
    }

    @Test
    void aRefusedPostOnAnotherPatientsThreadNotifiesNoOne() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.paula().person())
                .body(message("Hello"))
                .post("/api/v1/patients/{id}/messages", clinic.pat().id())
                .then()
                .statusCode(404);
        as(clinic.stranger())
                .body(message("Hello"))
                .post("/api/v1/patients/{id}/messages", clinic.pat().id())
                .then()
                .statusCode(404);
        assertEquals(0, rows(clinic.tess(), null));
        assertEquals(0, rows(clinic.pat().person(), null));
    }

    /** NEW_MESSAGE rows of this recipient (on one channel, or all with null). */
    private static long rows(Person recipient, String channel) {
        return channel == null
                ? Fixtures.count(
                        "select count(*) from notification where recipient_subject = ?1 and topic = 'NEW_MESSAGE'",
                        recipient.subject())
                : Fixtures.count(
                        "select count(*) from notification where recipient_subject = ?1 and topic = 'NEW_MESSAGE'"
                                + " and channel = ?2",
                        recipient.subject(),
                        channel);
    }

    private static void subscribeABrowser(Person person) {
        UUID id = UUID.randomUUID();
        subscribe(person, "https://push.example.net/send/" + id);
    }

    private static UUID subscribe(Person person, String endpoint) {
        TestBrowser browser = TestBrowser.create();
        UUID id = UUID.randomUUID();
        Fixtures.sql(
                "insert into push_subscription (id, subject, endpoint, p256dh, auth, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)",
                id,
                person.subject(),
                endpoint,
                browser.p256dh(),
                browser.auth(),
                Instant.now());
        return id;
    }
}
