package org.motus.patient.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.FakeAccounts;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Invitations through the {@code Accounts} boundary (a test double here; the real Keycloak in
 * deploy's {@code InvitationIT}): who may invite whom, the record and caseload a patient's
 * invitation creates, 409 for an email that has an account, all-or-nothing when the email fails,
 * resend and expiry, the list, and bad input.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class InvitationResourceTest {

    private static final String INVITATIONS = "/api/v1/invitations";

    static Map<String, Object> invitation(String role, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        body.put("email", email);
        body.put("firstName", "Nina");
        body.put("lastName", "Novak");
        return body;
    }

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@clinic.example";
    }

    @Test
    void aTherapistInvitesAPatientWhoGetsAnAccountARecordAnEmailAndAPlaceOnTheirCaseload() {
        Person theo = Tokens.therapist("Theo Therapist");
        String email = uniqueEmail("nina");
        var created = as(theo).body(invitation("PATIENT", email))
                .post(INVITATIONS)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/invitations/"))
                .body("role", equalTo("PATIENT"))
                .body("email", equalTo(email))
                .body("status", equalTo("PENDING"))
                .body("sentCount", equalTo(1))
                .body("invitedBy", equalTo(theo.subject()))
                .body("patientId", notNullValue())
                .extract();
        String subject = created.path("subject");
        String patientId = created.path("patientId");

        assertEquals(
                List.of("PATIENT"),
                FakeAccounts.account(subject).orElseThrow().roles().stream()
                        .map(Enum::name)
                        .toList());
        var sent = FakeAccounts.sentTo(subject);
        assertEquals(1, sent.size());
        assertEquals(Duration.ofHours(72), sent.get(0).lifespan(), "the configured lifespan, 72 h");
        Instant expires = Instant.parse(created.path("expiresAt"));
        Instant invited = Instant.parse(created.path("invitedAt"));
        assertEquals(Duration.ofHours(72), Duration.between(invited, expires));

        as(theo).get("/api/v1/patients/{id}", patientId)
                .then()
                .statusCode(200)
                .body("subject", equalTo(subject))
                .body("displayName", equalTo("Nina Novak"))
                .body("contact.email", equalTo(email));
        as(theo).get("/api/v1/caseload").then().statusCode(200).body("patientId", hasItem(patientId));
        as(Tokens.therapist("Tess Elsewhere"))
                .get("/api/v1/patients/{id}", patientId)
                .then()
                .statusCode(404);
        assertTrue(Fixtures.auditRows(UUID.fromString(patientId), theo.subject(), "INVITE", "SUCCESS") == 1);
    }

    @Test
    void anAdminInvitesATherapistAndAnAdminWhoMustAlsoSetUpAnAuthenticator() {
        Person adam = Tokens.admin("Adam Admin");
        for (String role : List.of("THERAPIST", "ADMIN")) {
            String subject = as(adam).body(invitation(role, uniqueEmail(role.toLowerCase())))
                    .post(INVITATIONS)
                    .then()
                    .statusCode(201)
                    .body("role", equalTo(role))
                    .body("patientId", nullValue())
                    .extract()
                    .path("subject");
            var account = FakeAccounts.account(subject).orElseThrow();
            assertEquals(role, account.roles().iterator().next().name());
            assertTrue(account.pendingActions().contains("CONFIGURE_TOTP"), "staff set up a one-time code");
            assertEquals(1, FakeAccounts.sentTo(subject).size());
        }
    }

    @Test
    void anEmailThatHasAnAccountAlreadyIsA409AndNeverASecondAccount() {
        Person adam = Tokens.admin("Adam Admin");
        String email = uniqueEmail("twice");
        as(adam).body(invitation("PATIENT", email)).post(INVITATIONS).then().statusCode(201);
        long patients = Fixtures.count("select count(*) from patient");
        long invitations = Fixtures.count("select count(*) from invitation");

        as(adam).body(invitation("THERAPIST", email.toUpperCase()))
                .post(INVITATIONS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:conflict"))
                .body("detail", equalTo("An account with that email exists already."));
        as(Tokens.therapist("Theo"))
                .body(invitation("PATIENT", email))
                .post(INVITATIONS)
                .then()
                .statusCode(409);
        assertEquals(patients, Fixtures.count("select count(*) from patient"));
        assertEquals(invitations, Fixtures.count("select count(*) from invitation"));
    }

    @Test
    void whenTheEmailCannotBeSentNothingStaysNeitherTheAccountNorTheRecord() {
        Person theo = Tokens.therapist("Theo Therapist");
        String email = uniqueEmail("unlucky");
        long patients = Fixtures.count("select count(*) from patient");
        FakeAccounts.failNextEmail();
        as(theo).body(invitation("PATIENT", email))
                .post(INVITATIONS)
                .then()
                .statusCode(503)
                .body("type", equalTo("urn:motus:problem:upstream-unavailable"));
        assertTrue(FakeAccounts.byEmail(email).isEmpty(), "the account was deleted again");
        assertEquals(patients, Fixtures.count("select count(*) from patient"));
        assertEquals(0, Fixtures.count("select count(*) from invitation where email = ?1", email));
        // And the same invitation works once the mail server is back.
        as(theo).body(invitation("PATIENT", email)).post(INVITATIONS).then().statusCode(201);
    }

    @Test
    void aTherapistInvitesPatientsOnlyAndPatientsAndStrangersInviteNobody() {
        as(Tokens.therapist("Theo"))
                .body(invitation("THERAPIST", uniqueEmail("t")))
                .post(INVITATIONS)
                .then()
                .statusCode(403);
        as(Tokens.therapist("Theo"))
                .body(invitation("ADMIN", uniqueEmail("a")))
                .post(INVITATIONS)
                .then()
                .statusCode(403);
        String email = uniqueEmail("p");
        as(Tokens.patient("Pat"))
                .body(invitation("PATIENT", email))
                .post(INVITATIONS)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(invitation("PATIENT", email))
                .post(INVITATIONS)
                .then()
                .statusCode(401);
        as(Tokens.patient("Pat")).get(INVITATIONS).then().statusCode(403);
        given().get(INVITATIONS).then().statusCode(401);
        assertTrue(FakeAccounts.byEmail(email).isEmpty());
    }

    @Test
    void resendingSendsANewLinkAndStartsTheExpiryAgainForTheInvitingTherapistOrAnAdmin() {
        Person theo = Tokens.therapist("Theo Therapist");
        var created = as(theo).body(invitation("PATIENT", uniqueEmail("resend")))
                .post(INVITATIONS)
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        String subject = created.path("subject");
        // The first link ran out three days ago.
        Fixtures.sql(
                "update invitation set invited_at = ?1, last_sent_at = ?1, expires_at = ?2 where id = ?3",
                Instant.now().minus(6, ChronoUnit.DAYS),
                Instant.now().minus(3, ChronoUnit.DAYS),
                UUID.fromString(id));
        as(theo).get(INVITATIONS)
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("EXPIRED"));

        as(theo).post(INVITATIONS + "/{id}/resend", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("sentCount", equalTo(2));
        as(Tokens.admin("Adam"))
                .post(INVITATIONS + "/{id}/resend", id)
                .then()
                .statusCode(200)
                .body("sentCount", equalTo(3));
        as(Tokens.therapist("Tess Elsewhere"))
                .post(INVITATIONS + "/{id}/resend", id)
                .then()
                .statusCode(404);
        as(Tokens.admin("Adam"))
                .post(INVITATIONS + "/{id}/resend", UUID.randomUUID())
                .then()
                .statusCode(404);
        assertEquals(3, FakeAccounts.sentTo(subject).size());
    }

    @Test
    void anAcceptedInvitationIsShownAsSuchAndIsNotResent() {
        Person adam = Tokens.admin("Adam Admin");
        var created = as(adam).body(invitation("THERAPIST", uniqueEmail("accepted")))
                .post(INVITATIONS)
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        FakeAccounts.completeSetUp(created.path("subject"));
        as(adam).get(INVITATIONS)
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("ACCEPTED"))
                .body("find { it.id == '" + id + "' }.acceptedAt", notNullValue());
        as(adam).post(INVITATIONS + "/{id}/resend", id).then().statusCode(409);
        // A staff invitation is an admin's: a therapist does not learn it exists.
        as(Tokens.therapist("Theo"))
                .post(INVITATIONS + "/{id}/resend", id)
                .then()
                .statusCode(404);
    }

    @Test
    void aTherapistListsOnlyTheInvitationsOfTheirOwnCaseload() {
        Person theo = Tokens.therapist("Theo Therapist");
        Person tess = Tokens.therapist("Tess Therapist");
        String theos = as(theo).body(invitation("PATIENT", uniqueEmail("theos")))
                .post(INVITATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String tesss = as(tess).body(invitation("PATIENT", uniqueEmail("tesss")))
                .post(INVITATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(theo).get(INVITATIONS)
                .then()
                .statusCode(200)
                .body("id", hasItem(theos))
                .body("id", not(hasItem(tesss)));
        as(Tokens.admin("Adam"))
                .get(INVITATIONS)
                .then()
                .statusCode(200)
                .body("id", hasItem(theos))
                .body("id", hasItem(tesss));
    }

    @TestFactory
    List<DynamicTest> badInvitationsAreA400AndCreateNothing() {
        String email = uniqueEmail("bad");
        Map<String, Object> good = invitation("PATIENT", email);
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("no role", Fixtures.without(good, "role"));
        bodies.put("unknown role", Fixtures.with(good, "role", "SUPERUSER"));
        bodies.put("no email", Fixtures.without(good, "email"));
        bodies.put("not an email", Fixtures.with(good, "email", "nina"));
        bodies.put("email without a domain dot", Fixtures.with(good, "email", "nina@clinic"));
        bodies.put("email too long", Fixtures.with(good, "email", "n".repeat(250) + "@x.org"));
        bodies.put("blank first name", Fixtures.with(good, "firstName", " "));
        bodies.put("last name too long", Fixtures.with(good, "lastName", "N".repeat(100)));
        bodies.put("markup in a name", Fixtures.with(good, "firstName", "<script>"));
        bodies.put("unknown field", Fixtures.with(good, "subject", "0"));
        bodies.put("name as a number", Fixtures.with(good, "lastName", 7));
        bodies.put("malformed JSON", "{\"role\":\"PATIENT\",");
        return bodies.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey() + " -> 400", () -> {
                    as(Tokens.admin("Adam"))
                            .body(entry.getValue())
                            .post(INVITATIONS)
                            .then()
                            .statusCode(400)
                            .contentType("application/problem+json");
                    assertTrue(FakeAccounts.byEmail(email).isEmpty());
                    assertEquals(0, Fixtures.count("select count(*) from invitation where email = ?1", email));
                }))
                .toList();
    }
}
