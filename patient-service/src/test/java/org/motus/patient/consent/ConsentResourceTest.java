package org.motus.patient.consent;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.consent;
import static org.motus.patient.testing.Fixtures.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ConsentResourceTest {

    private static final String CONSENTS = "/api/v1/patients/{id}/consents";
    /** The signed-in patient's own, without the id (the first screen asks for it with the record). */
    private static final String MINE = "/api/v1/patients/me/consents";

    @Test
    void aNewPatientNeedsToDecideOnBothConsents() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("New Patient"));
        as(pat.person())
                .get(CONSENTS, pat.id())
                .then()
                .statusCode(200)
                .body("decisionNeeded", equalTo(true))
                .body("consents.kind", equalTo(List.of("TELEHEALTH", "REMOTE_MONITORING")))
                .body("consents.decision", equalTo(java.util.Arrays.asList(null, null)))
                .body("consents.currentVersion", equalTo(List.of("2026-12-01", "2026-12-01")))
                .body("consents.granted", equalTo(List.of(false, false)))
                .body("history", hasSize(0));
    }

    @Test
    void anAcceptanceIsStoredWithItsTimeVersionTextHashAndBrowser() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Accepting Patient"));
        String sha = as(pat.person())
                .get("/api/v1/consent-texts")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("TELEHEALTH", "REMOTE_MONITORING")))
                .extract()
                .path("[0].sha256");
        as(pat.person())
                .header("User-Agent", "Chromium test\tbrowser")
                .body(consent("TELEHEALTH", true))
                .post(CONSENTS, pat.id())
                .then()
                .statusCode(201)
                .body("decisionNeeded", equalTo(true))
                .body("consents[0].decision", equalTo("ACCEPTED"))
                .body("consents[0].granted", equalTo(true))
                .body("consents[0].decisionNeeded", equalTo(false))
                .body("consents[1].decisionNeeded", equalTo(true))
                .body("history", hasSize(1))
                .body("history[0].textVersion", equalTo("2026-12-01"))
                .body("history[0].textSha256", equalTo(sha))
                .body("history[0].client", equalTo("Chromium test browser"));
        assertEquals(
                1,
                Fixtures.count(
                        "select count(*) from consent_decision where patient_id = ?1 and decided_by = ?2"
                                + " and decided_at > now() - interval '1 minute'",
                        pat.id(),
                        pat.person().subject()));
        assertEquals(1, Fixtures.auditRows(pat.id(), pat.person().subject(), "DECIDE_CONSENT", "SUCCESS"));
    }

    @Test
    void decliningAndThenAcceptingAndWithdrawingKeepsEveryDecisionNewestFirst() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Changing Mind"));
        decide(pat, "REMOTE_MONITORING", false)
                .then()
                .statusCode(201)
                .body("consents[1].decision", equalTo("DECLINED"));
        decide(pat, "REMOTE_MONITORING", true).then().statusCode(201).body("consents[1].granted", equalTo(true));
        decide(pat, "REMOTE_MONITORING", false)
                .then()
                .statusCode(201)
                .body("consents[1].decision", equalTo("WITHDRAWN"))
                .body("consents[1].granted", equalTo(false))
                .body("consents[1].decisionNeeded", equalTo(false))
                .body("history.decision", equalTo(List.of("WITHDRAWN", "ACCEPTED", "DECLINED")));
        decide(pat, "TELEHEALTH", true).then().statusCode(201).body("decisionNeeded", equalTo(false));
    }

    @Test
    void theSameDecisionAgainStoresNothingAndAnswers200() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Double Click"));
        decide(pat, "TELEHEALTH", true).then().statusCode(201);
        decide(pat, "TELEHEALTH", true).then().statusCode(200).body("history", hasSize(1));
        decide(pat, "TELEHEALTH", false).then().statusCode(201);
        decide(pat, "TELEHEALTH", false).then().statusCode(200).body("history", hasSize(2));
        assertEquals(2, Fixtures.rows("consent_decision", pat.id()));
    }

    @Test
    void aDecisionOnAnotherVersionOfTheTextIsA409AndStoresNothing() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Old Tab"));
        as(pat.person())
                .body(with(consent("TELEHEALTH", true), "textVersion", "2025-01-01"))
                .post(CONSENTS, pat.id())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:conflict"));
        assertEquals(0, Fixtures.rows("consent_decision", pat.id()));
    }

    @Test
    void malformedDecisionsAreA400AndStoreNothing() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Malformed"));
        List<Map<String, Object>> bad = List.of(
                consent("HOUSE_CALLS", true),
                consent(null, true),
                consent("TELEHEALTH", null),
                consent("TELEHEALTH", "yes"),
                consent("TELEHEALTH", 1),
                with(consent("TELEHEALTH", true), "textVersion", "v1"),
                with(consent("TELEHEALTH", true), "textVersion", null),
                with(consent("TELEHEALTH", true), "extra", "field"));
        for (Map<String, Object> body : bad) {
            as(pat.person())
                    .body(body)
                    .post(CONSENTS, pat.id())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertEquals(0, Fixtures.rows("consent_decision", pat.id()));
    }

    @Test
    void nobodyDecidesForThePatientNorReadsAnotherPatientsConsents() {
        Clinic clinic = Fixtures.clinic();
        decide(clinic.pat(), "TELEHEALTH", true).then().statusCode(201);
        as(clinic.tess())
                .body(consent("REMOTE_MONITORING", true))
                .post(CONSENTS, clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.paula().person()).get(CONSENTS, clinic.pat().id()).then().statusCode(404);
        as(clinic.tess())
                .get(CONSENTS, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("consents[0].granted", equalTo(true));
        as(clinic.admin())
                .get(CONSENTS, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("consents[1].decision", nullValue());
        io.restassured.RestAssured.given()
                .get(CONSENTS, clinic.pat().id())
                .then()
                .statusCode(401);
        io.restassured.RestAssured.given().get("/api/v1/consent-texts").then().statusCode(401);
        assertEquals(1, Fixtures.rows("consent_decision", clinic.pat().id()));
    }

    @Test
    void storedDecisionsCannotBeChangedOrDeleted() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Tamper Proof"));
        decide(pat, "TELEHEALTH", true).then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> Fixtures.sql(
                        "update consent_decision set decision = 'DECLINED' where patient_id = ?1", pat.id()));
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> Fixtures.sql("delete from consent_decision where patient_id = ?1", pat.id()));
        assertEquals(1, Fixtures.rows("consent_decision", pat.id()));
    }

    @Test
    void thePatientReadsTheirOwnConsentsWithoutTheRecordsIdEvenBeforeTheRecordExists() {
        Tokens.Person newcomer = Tokens.patient("First Screen");
        // First sign-in: the consents come before any read of the record, which they create.
        as(newcomer)
                .get(MINE)
                .then()
                .statusCode(200)
                .body("decisionNeeded", equalTo(true))
                .body("consents.decision", equalTo(java.util.Arrays.asList(null, null)))
                .body("history", hasSize(0));
        Enrolled pat = Fixtures.enrol(newcomer);
        assertEquals(1, Fixtures.count("select count(*) from patient where subject = ?1", newcomer.subject()));
        decide(pat, "TELEHEALTH", true).then().statusCode(201);
        String byId = as(pat.person())
                .get(CONSENTS, pat.id())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String mine =
                as(pat.person()).get(MINE).then().statusCode(200).extract().asString();
        assertEquals(byId, mine);
    }

    @Test
    void theRecordAndTheOwnConsentsAskedForAtOnceOnFirstSignInMakeOneRecord() throws Exception {
        Tokens.Person newcomer = Tokens.patient("Two At Once");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var record =
                    pool.submit(() -> as(newcomer).get("/api/v1/patients/me").statusCode());
            var consents = pool.submit(() -> as(newcomer).get(MINE).statusCode());
            assertEquals(200, record.get());
            assertEquals(200, consents.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Fixtures.count("select count(*) from patient where subject = ?1", newcomer.subject()));
    }

    @Test
    void theOwnConsentsAreOnlyEverTheCallersAndOnlyAPatientsToRead() {
        Clinic clinic = Fixtures.clinic();
        decide(clinic.pat(), "TELEHEALTH", true).then().statusCode(201);
        as(clinic.pat().person()).get(MINE).then().statusCode(200).body("consents[0].granted", equalTo(true));
        // Another patient reads their own through the same path, never pat's.
        as(clinic.paula().person())
                .get(MINE)
                .then()
                .statusCode(200)
                .body("consents[0].granted", equalTo(false))
                .body("history", hasSize(0));
        as(clinic.tess()).get(MINE).then().statusCode(403);
        as(clinic.admin()).get(MINE).then().statusCode(403);
        io.restassured.RestAssured.given().get(MINE).then().statusCode(401);
        assertEquals(1, Fixtures.rows("consent_decision", clinic.pat().id()));
        assertEquals(0, Fixtures.rows("consent_decision", clinic.paula().id()));
    }

    private static io.restassured.response.Response decide(Enrolled patient, String kind, boolean accepted) {
        return as(patient.person()).body(consent(kind, accepted)).post(CONSENTS, patient.id());
    }
}
