package org.motus.therapist.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
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

/**
 * Values of the wrong type are refused, not coerced (issue 16 item 9): a boolean is not the text
 * "false", null is not "absent" for a field that must have a value, and "" is not "no id". Each
 * answers 400 naming the field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class MalformedInputTest {

    static final Tokens.Person TESS = Tokens.TESS;

    static Map<String, Object> exercise(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Seated towel calf stretch");
        body.put("pillar", "STRETCHING");
        body.put("regions", List.of("calf"));
        body.put("instructions", List.of("Pull gently; hold 30 seconds."));
        body.put("defaultDosage", Map.of("sets", 2, "holdSeconds", 30, "daysPerWeek", 7));
        body.put("illustration", "calf-stretch");
        return body;
    }

    @Test
    void aBooleanSlugIsAWrongTypeNotTheTextFalse() {
        Map<String, Object> body = exercise("ignored");
        body.put("slug", false);
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("slug"));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("q", "false")
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("findAll { it.slug == 'false' }.size()", equalTo(0));
    }

    @Test
    void nullForAFieldThatMustHaveAValueIsRefused() {
        for (String field : List.of("name", "pillar", "regions", "instructions", "defaultDosage")) {
            Map<String, Object> body =
                    exercise("null-" + UUID.randomUUID().toString().substring(0, 8));
            body.put(field, null);
            given().auth()
                    .oauth2(TESS.token())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/exercises")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem(field));
        }
    }

    @Test
    void anEmptyStringWhereAnIdIsExpectedIsRefused() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1980, 5, 5), TESS);
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(Map.of("patientId", patient.id().toString(), "title", "Back plan", "protocolId", ""))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("protocolId"));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(Map.of("patientId", "", "title", "Back plan"))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("patientId"));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("patientId", "")
                .get("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("patientId"));
        // Nothing was created by the refused requests.
        given().auth()
                .oauth2(TESS.token())
                .queryParam("patientId", patient.id().toString())
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"items\":[{\"exerciseId\":\"\",\"dosage\":{\"sets\":2,\"reps\":8}}]}")
                .put("/api/v1/plans/" + planId + "/draft")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anEmptyDateIsRefused() {
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body("{\"weekStart\":\"\"}")
                .post("/api/v1/plans/" + UUID.randomUUID() + "/progression/dismiss")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("weekStart"));
    }
}
