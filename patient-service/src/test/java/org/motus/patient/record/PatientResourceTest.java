package org.motus.patient.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PatientResourceTest {

    @Test
    void firstSignInCreatesTheRecordAndLaterCallsReturnIt() {
        Person pat = Tokens.patient("Pat Patient");
        String first = me(pat).then()
                .statusCode(200)
                .body("displayName", equalTo("Pat Patient"))
                .extract()
                .path("id");
        String second = me(pat).then().statusCode(200).extract().path("id");
        assertEquals(first, second);
    }

    @Test
    void simultaneousFirstSignInsCreateOneRecord() throws Exception {
        Person pat = Tokens.patient("Twin Tabs");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> me(pat).then().statusCode(200).extract().path("id"));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> Patient.count("subject", pat.subject()));
        assertEquals(1, rows);
    }

    @Test
    void noTokenIsUnauthorizedAsProblemDetails() {
        given().get("/api/v1/patients/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:unauthenticated"));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        given().auth()
                .oauth2(Tokens.withAudience(Tokens.patient("Elsewhere"), "some-other-api"))
                .get("/api/v1/patients/me")
                .then()
                .statusCode(401);
    }

    @Test
    void therapistHasNoOwnPatientRecord() {
        me(Tokens.therapist("Tess Therapist")).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void patientReadsOwnRecordById() {
        Person pat = Tokens.patient("Pat Self");
        String id = me(pat).then().extract().path("id");
        byId(pat, id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void recordsOutsideYourReachAreNotFound() {
        Person pat = Tokens.patient("Pat Target");
        Person paula = Tokens.patient("Paula Other");
        Person stranger = Tokens.therapist("Stranger Therapist");
        String patId = me(pat).then().extract().path("id");
        me(paula).then().statusCode(200);

        for (Person outsider : List.of(paula, stranger)) {
            byId(outsider, patId)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:motus:problem:not-found"));
        }
    }

    @Test
    void theTreatingTherapistReachesTheRecordAndAnAdminWhoDoesNotTreatIsRefused() {
        Person pat = Tokens.patient("Pat Treated");
        Person tess = Tokens.therapist("Tess Treating");
        String patId = me(pat).then().extract().path("id");
        assignToCaseload(UUID.fromString(patId), tess.subject());

        byId(tess, patId).then().statusCode(200).body("displayName", equalTo("Pat Treated"));
        // ADR 0030: an admin finds patients in the directory, without the clinical record
        byId(Tokens.admin("Adam Admin"), patId).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundProblems() {
        Person pat = Tokens.patient("Pat Probe");
        byId(pat, UUID.randomUUID().toString()).then().statusCode(404).contentType("application/problem+json");
        byId(pat, "not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", startsWith("No such"));
    }

    private static Response me(Person person) {
        return given().auth().oauth2(person.token()).get("/api/v1/patients/me");
    }

    private static Response byId(Person person, String id) {
        return given().auth().oauth2(person.token()).get("/api/v1/patients/{id}", id);
    }

    private static void assignToCaseload(UUID patientId, String therapistSubject) {
        QuarkusTransaction.requiringNew()
                .run(() -> Patient.getEntityManager()
                        .createNativeQuery(
                                "insert into care_team_member (patient_id, therapist_subject) values (?1, ?2)")
                        .setParameter(1, patientId)
                        .setParameter(2, therapistSubject)
                        .executeUpdate());
    }
}
