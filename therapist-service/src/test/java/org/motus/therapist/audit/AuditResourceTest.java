package org.motus.therapist.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** Admins read a patient's trail of plans here, newest first, and that read is on the trail too. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class AuditResourceTest {

    private static final String TRAIL = "/api/v1/plans/audit-events";

    @Test
    void anAdminSeesWhoReadAndChangedThePlanAndWhoWasTurnedAway() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 2, 2), Tokens.TESS);
        String planId = Fixtures.publishedPlan(
                Tokens.TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", 4.0)));
        given().auth()
                .oauth2(Tokens.OTTO.token())
                .get("/api/v1/plans/" + planId)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .get(TRAIL)
                .then()
                .statusCode(200)
                .body("patientId", everyItem(equalTo(patient.id().toString())))
                .body("action", hasItems("PLAN_CREATED", "PLAN_PUBLISHED", "PLAN_READ"))
                .body("find { it.action == 'PLAN_READ' }.outcome", equalTo("NOT_FOUND"))
                .body("find { it.action == 'PLAN_READ' }.actorSubject", equalTo(Tokens.OTTO.subject()));

        given().auth()
                .oauth2(Tokens.ADAM.token())
                .queryParam("patientId", patient.id().toString())
                .queryParam("limit", "1")
                .get(TRAIL)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].action", equalTo("AUDIT_TRAIL_READ"))
                .body("[0].actorRoles", equalTo("admin"));
    }

    @Test
    void badQueriesAreProblemsAndNobodyButAdminsReadsTheTrail() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 2, 2));
        for (String[] query : new String[][] {
            {"patientId", "not-a-uuid"},
            {"limit", "0"},
            {"limit", "1001"},
            {"from", "yesterday"},
            {"from", "2026-12-01T00:00:00Z", "to", "2026-11-01T00:00:00Z"}
        }) {
            var request = given().auth().oauth2(Tokens.ADAM.token());
            if (!query[0].equals("patientId")) {
                request = request.queryParam("patientId", patient.id().toString());
            }
            for (int i = 0; i < query.length; i += 2) {
                request = request.queryParam(query[i], query[i + 1]);
            }
            request.get(TRAIL).then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.ADAM.token()).get(TRAIL).then().statusCode(400);
        given().auth()
                .oauth2(Tokens.TESS.token())
                .queryParam("patientId", patient.id().toString())
                .get(TRAIL)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(patient.person().token())
                .queryParam("patientId", patient.id().toString())
                .get(TRAIL)
                .then()
                .statusCode(403);
    }
}
