package org.motus.therapist.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.therapist.testing.Fixtures.get;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class PlanVersioningTest {

    static final Tokens.Person TESS = Tokens.TESS;

    @Inject
    EntityManager entityManager;

    static TestPatient lowBackPatient() {
        return PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), TESS);
    }

    @Test
    void publishingFreezesAVersionAndEditingMakesTheNextOne() {
        TestPatient patient = lowBackPatient();
        String planId = Fixtures.createPlan(TESS, patient.id(), Fixtures.LOW_BACK)
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("active", equalTo(false))
                .body("changeNote", containsString("Low back pain"))
                .extract()
                .path("planId");
        Fixtures.publish(TESS, planId)
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("active", equalTo(true))
                .body("publishedAt", org.hamcrest.Matchers.notNullValue());
        Map<String, Object> v1 = get(TESS, "/api/v1/plans/" + planId + "/versions/1")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        List<Map<String, Object>> edited = List.of(
                item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 45, "daysPerWeek", 7),
                item(
                        Fixtures.BRISK_WALK,
                        "durationMinutes",
                        30,
                        "daysPerWeek",
                        5,
                        "targetZoneLowPercent",
                        65,
                        "targetZoneHighPercent",
                        75));
        Fixtures.putDraft(TESS, planId, edited)
                .statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("items", hasSize(2));

        // the published version is exactly as it was, and is still what the patient sees
        Map<String, Object> v1Again = get(TESS, "/api/v1/plans/" + planId + "/versions/1")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(v1Again.get("items")).isEqualTo(v1.get("items"));
        assertThat(v1Again.get("status")).isEqualTo("PUBLISHED");
        get(patient.person(), "/api/v1/plans/mine/active")
                .statusCode(200)
                .body("version", equalTo(1))
                .body("items", hasSize(6));

        Fixtures.publish(TESS, planId)
                .statusCode(200)
                .body("version", equalTo(2))
                .body("active", equalTo(true));
        get(TESS, "/api/v1/plans/" + planId + "/versions/1")
                .statusCode(200)
                .body("active", equalTo(false))
                .body("items", equalTo(v1.get("items")));
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("activeVersion", equalTo(2))
                .body("draftVersion", nullValue())
                .body("versions.version", contains(1, 2))
                .body("versions.status", contains("PUBLISHED", "PUBLISHED"));
        get(patient.person(), "/api/v1/plans/mine/active")
                .statusCode(200)
                .body("version", equalTo(2))
                .body("items[0].dosage.holdSeconds", equalTo(45));
        get(patient.person(), "/api/v1/plans/mine/history").statusCode(200).body("versions.version", contains(1, 2));
    }

    @Test
    void patientsNeverSeeDraftsOrWarnings() {
        TestPatient patient = lowBackPatient();
        String planId = Fixtures.draftPlan(
                TESS, patient, List.of(item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 25)));
        get(patient.person(), "/api/v1/plans/mine/active").statusCode(404).contentType("application/problem+json");
        Fixtures.publish(TESS, planId).statusCode(200);
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 40)))
                .statusCode(200);

        get(patient.person(), "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("draftVersion", nullValue())
                .body("versions.version", contains(1));
        get(patient.person(), "/api/v1/plans/" + planId + "/versions/2").statusCode(404);
        get(patient.person(), "/api/v1/plans/" + planId + "/versions")
                .statusCode(200)
                .body("status", contains("PUBLISHED"));
        get(patient.person(), "/api/v1/plans/" + planId + "/active")
                .statusCode(200)
                .body("version", equalTo(1))
                .body("warnings", nullValue())
                .body("items[0].dosage.holdSeconds", equalTo(25));
        get(TESS, "/api/v1/plans/" + planId + "/active")
                .statusCode(200)
                .body("warnings[0].code", equalTo("HOLD_OUT_OF_RANGE"));
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedVersion() {
        TestPatient patient = lowBackPatient();
        String planId = Fixtures.publishedPlan(
                TESS, patient, List.of(item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30)));
        UUID id = UUID.fromString(planId);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(
                                        "update plan_item set hold_seconds = 50 where version_id = (select v.id from plan_version v where v.plan_id = ?1 and v.version = 1)")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("cannot change");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(
                                        "update plan_version set change_note = 'rewritten' where plan_id = ?1 and version = 1")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("cannot change");
        get(TESS, "/api/v1/plans/" + planId + "/versions/1")
                .statusCode(200)
                .body("items[0].dosage.holdSeconds", equalTo(30));
    }

    @Test
    void discardingADraftKeepsTheActiveVersion() {
        TestPatient patient = lowBackPatient();
        String planId = Fixtures.publishedPlan(TESS, patient, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.BIRD_DOG, "sets", 3, "reps", 8)))
                .statusCode(200);
        org.motus.therapist.testing.Fixtures.get(TESS, "/api/v1/plans/" + planId + "/draft")
                .statusCode(200)
                .body("version", equalTo(2));
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TESS.token())
                .delete("/api/v1/plans/" + planId + "/draft")
                .then()
                .statusCode(204);
        get(TESS, "/api/v1/plans/" + planId + "/draft").statusCode(404);
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("activeVersion", equalTo(1))
                .body("versions", hasSize(1));
    }

    @Test
    void aPatientHasOnePlan() {
        TestPatient patient = lowBackPatient();
        Fixtures.createPlan(TESS, patient.id(), null).statusCode(201);
        Fixtures.createPlan(TESS, patient.id(), Fixtures.LOW_BACK)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:conflict"));
        get(TESS, "/api/v1/plans?patientId=" + patient.id()).statusCode(200).body("", hasSize(1));
    }

    @Test
    void publishingNeedsADraftWithItems() {
        TestPatient patient = lowBackPatient();
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.publish(TESS, planId).statusCode(409).body("detail", containsString("empty"));
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)))
                .statusCode(200);
        Fixtures.publish(TESS, planId).statusCode(200);
        Fixtures.publish(TESS, planId).statusCode(409).body("detail", containsString("no draft"));
    }
}
