package org.motus.therapist.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.motus.therapist.testing.Fixtures.get;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** Bad input answers 400/404/409/422 problem details, never 500, and stores nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class BadInputTest {

    static final Tokens.Person TESS = Tokens.TESS;

    static TestPatient patient() {
        return PatientServiceContract.patient(List.of("SCIATICA"), LocalDate.of(1990, 1, 1), TESS);
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"patientId\" ! }")
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void missingAndMistypedFieldsAreNamed() {
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(Map.of("patientId", UUID.randomUUID().toString()))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("title"));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(Map.of("patientId", "not-a-uuid", "title", "x"))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:validation"));
        TestPatient patient = patient();
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"items\":[{\"exerciseId\":\"" + Fixtures.BIRD_DOG + "\",\"dosage\":{\"sets\":\"three\"}}]}")
                .put("/api/v1/plans/" + planId + "/draft")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"items\":[{\"exerciseId\":\"" + Fixtures.BIRD_DOG
                        + "\",\"dosage\":{\"sets\":2,\"reps\":8,\"weekdays\":[\"FUNDAY\"]}}]}")
                .put("/api/v1/plans/" + planId + "/draft")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"items\":[{\"exerciseId\":\"" + Fixtures.BIRD_DOG + "\"}]}")
                .put("/api/v1/plans/" + planId + "/draft")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("items[0].dosage"));
        get(TESS, "/api/v1/plans/" + planId + "/draft").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownReferencesInABodyAreBadInput() {
        TestPatient patient = patient();
        Fixtures.createPlan(TESS, patient.id(), UUID.randomUUID().toString())
                .statusCode(400)
                .body("violations[0].field", equalTo("protocolId"));
        get(TESS, "/api/v1/plans?patientId=" + patient.id()).statusCode(200).body("", hasSize(0));
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(TESS, planId, List.of(item(UUID.randomUUID().toString(), "sets", 2, "reps", 8)))
                .statusCode(400)
                .body("violations[0].field", equalTo("items[0].exerciseId"));
    }

    @Test
    void aPatientNotOnTheCaseloadIsNotFound() {
        Fixtures.createPlan(TESS, UUID.randomUUID(), Fixtures.SCIATICA)
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:not-found"));
    }

    @Test
    void badQueryParametersAreNamed() {
        get(TESS, "/api/v1/plans?patientId=nope").statusCode(400).body("violations[0].field", equalTo("patientId"));
        get(TESS, "/api/v1/plans").statusCode(400).body("violations[0].field", equalTo("patientId"));
        TestPatient patient = patient();
        String planId = Fixtures.publishedPlan(TESS, patient, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        get(patient.person(), "/api/v1/plans/mine/today?date=tomorrow")
                .statusCode(400)
                .body("violations[0].field", equalTo("date"));
        get(TESS, "/api/v1/plans/" + planId + "/handout.pdf?version=first")
                .statusCode(400)
                .body("violations[0].field", equalTo("version"));
        get(TESS, "/api/v1/plans/" + planId + "/progression?date=2025-13-01")
                .statusCode(400)
                .body("violations[0].field", equalTo("date"));
        get(TESS, "/api/v1/plans/" + planId + "/versions/9").statusCode(404);
        get(TESS, "/api/v1/plans/not-a-uuid").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAnswerWithoutAWeekIsBadInput() {
        TestPatient patient = patient();
        String planId = Fixtures.publishedPlan(
                TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 8, "loadKg", 3)));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/plans/" + planId + "/progression/dismiss")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("weekStart"));
    }

    @Test
    void badLoadIncreaseReasonsAreNamedAndNothingIsPublished() {
        TestPatient patient = patient();
        String planId = Fixtures.publishedPlan(
                TESS, patient, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 8, "loadKg", 4)));
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 8, "loadKg", 5)))
                .statusCode(200);
        String path = "/api/v1/plans/" + planId + "/draft/publish";
        // unknown keys, out of range, blank, overlong, wrong types, malformed JSON
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("item 0", "why")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("loadIncreaseReasons"));
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("items[1]", "why")))
                .statusCode(400)
                .body("violations[0].field", equalTo("loadIncreaseReasons"));
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("items[0]", "   ")))
                .statusCode(400)
                .body("violations[0].field", equalTo("loadIncreaseReasons.items[0]"));
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("items[0]", "x".repeat(501))))
                .statusCode(400)
                .body("violations[0].field", equalTo("loadIncreaseReasons.items[0]"));
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", List.of("why")))
                .statusCode(400)
                .contentType("application/problem+json");
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("items[0]", Map.of("text", "why"))))
                .statusCode(400);
        Fixtures.publish(TESS, planId, Map.of("reasons", Map.of("items[0]", "why")))
                .statusCode(400);
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"loadIncreaseReasons\": {")
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"loadIncreaseReasons\": {\"items[0]\": null}}")
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("loadIncreaseReasons.items[0]"));
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("activeVersion", equalTo(1))
                .body("draftVersion", equalTo(2));
        // 500 characters is the limit, and it publishes
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("items[0]", "x".repeat(500))))
                .statusCode(200)
                .body("version", equalTo(2))
                .body("items[0].loadIncreaseReason.length()", equalTo(500));
        Fixtures.publish(TESS, planId, Map.of("loadIncreaseReasons", Map.of("items[0]", "again")))
                .statusCode(409);
    }

    @Test
    void patientServiceDownIsServiceUnavailableNotAServerError() {
        Tokens.Person stranger = Tokens.therapist("Tilly Therapist");
        PatientServiceStub.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v1/patients/.*"))
                        .atPriority(1)
                        .withHeader(
                                "Authorization",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + stranger.token()))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withStatus(500)));
        Fixtures.createPlan(stranger, UUID.randomUUID(), null)
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:upstream-unavailable"));
    }
}
