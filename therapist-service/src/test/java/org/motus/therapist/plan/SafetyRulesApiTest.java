package org.motus.therapist.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.therapist.testing.Fixtures.get;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/**
 * Issue 12 on the plan API: load rises between versions need a reason (clinical-rules.md §15), the
 * fibromyalgia zone blocks publishing (rule 14), the active version is re-checked when the
 * patient's facts change, heart-rate targets without a birth date and contraindications (rule 20).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class SafetyRulesApiTest {

    static final Tokens.Person TESS = Tokens.TESS;
    static final LocalDate BORN = LocalDate.of(1970, 5, 14);

    static Map<String, Object> sitToStand(double loadKg) {
        return item(
                Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", loadKg, "daysPerWeek", 3, "restSeconds", 60);
    }

    static Map<String, Object> reasons(String key, String reason) {
        Map<String, String> map = new HashMap<>();
        map.put(key, reason);
        return Map.of("loadIncreaseReasons", map);
    }

    @Test
    void aLoadMoreThanTenPercentAboveThePreviousVersionNeedsAReasonThatHistoryKeeps() {
        TestPatient patient = PatientServiceContract.patient(List.of("KNEE_OA"), BORN, TESS);
        String planId = Fixtures.publishedPlan(
                TESS, patient, List.of(sitToStand(4.00), item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8), sitToStand(4.41)))
                .statusCode(200)
                .body("warnings.code", hasItem("LOAD_INCREASE_NEEDS_REASON"))
                .body(
                        "warnings.find { it.code == 'LOAD_INCREASE_NEEDS_REASON' }.field",
                        equalTo("items[1].dosage.loadKg"))
                .body(
                        "warnings.find { it.code == 'LOAD_INCREASE_NEEDS_REASON' }.message",
                        containsString("from 4 kg to 4.41 kg"));
        get(TESS, "/api/v1/plans/" + planId + "/draft")
                .statusCode(200)
                .body("warnings.code", hasItem("LOAD_INCREASE_NEEDS_REASON"));

        Fixtures.publish(TESS, planId)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:rule-violation"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("items[1].dosage.loadKg"))
                .body("violations[0].code", equalTo("LOAD_INCREASE_NEEDS_REASON"))
                .body("violations[0].message", containsString("the load rises"));
        Fixtures.publish(TESS, planId, reasons("items[0]", "Not the item that rose"))
                .statusCode(422);
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("activeVersion", equalTo(1))
                .body("draftVersion", equalTo(2));

        Fixtures.publish(TESS, planId, reasons("items[1]", "  10 easy repetitions for two weeks, pain 1/10  "))
                .statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("PUBLISHED"))
                .body("items[1].loadIncreaseReason", equalTo("10 easy repetitions for two weeks, pain 1/10"))
                .body("warnings.code", not(hasItem("LOAD_INCREASE_NEEDS_REASON")));
        get(TESS, "/api/v1/plans/" + planId + "/versions")
                .statusCode(200)
                .body(
                        "find { it.version == 2 }.loadIncreaseReasons['items[1]']",
                        equalTo("10 easy repetitions for two weeks, pain 1/10"))
                .body("find { it.version == 1 }.loadIncreaseReasons.size()", equalTo(0));
        get(patient.person(), "/api/v1/plans/" + planId + "/versions/2")
                .statusCode(200)
                .body("items[1].loadIncreaseReason", nullValue())
                .body("warnings", nullValue());
        get(patient.person(), "/api/v1/plans/" + planId + "/versions")
                .statusCode(200)
                .body("find { it.version == 2 }.loadIncreaseReasons", nullValue());
    }

    @Test
    void exactlyTenPercentMorePublishesWithoutAReason() {
        TestPatient patient = PatientServiceContract.patient(List.of("KNEE_OA"), BORN, TESS);
        String planId = Fixtures.publishedPlan(TESS, patient, List.of(sitToStand(4.00)));
        Fixtures.putDraft(TESS, planId, List.of(sitToStand(4.40)))
                .statusCode(200)
                .body("warnings.code", not(hasItem("LOAD_INCREASE_NEEDS_REASON")));
        Fixtures.publish(TESS, planId).statusCode(200).body("version", equalTo(2));
    }

    @Test
    void anAerobicItemForFibromyalgiaWithoutAZoneCannotBePublished() {
        TestPatient patient = PatientServiceContract.patient(List.of("FIBROMYALGIA"), BORN, TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(
                        TESS,
                        planId,
                        List.of(item(
                                Fixtures.BRISK_WALK, "durationMinutes", 10, "sessionsPerDay", 2, "daysPerWeek", 5)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("items[0].dosage.targetZoneHighPercent"))
                .body("violations[0].message", containsString("at or below 80 %"));

        // A draft saved before the diagnosis is refused at publish once patient-service names it.
        TestPatient before = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        String other = Fixtures.draftPlan(
                TESS, before, List.of(item(Fixtures.BRISK_WALK, "durationMinutes", 30, "daysPerWeek", 5)));
        PatientServiceContract.patientWithId(before, List.of("FIBROMYALGIA"), BORN, TESS);
        Fixtures.publish(TESS, other)
                .statusCode(422)
                .body("violations[0].field", equalTo("items[0].dosage.targetZoneHighPercent"));
        get(TESS, "/api/v1/plans/" + other).statusCode(200).body("activeVersion", nullValue());
    }

    @Test
    void whenTheConditionsChangeThePlanViewsShowWhatNoLongerHolds() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        String planId = Fixtures.publishedPlan(
                TESS,
                patient,
                List.of(item(
                        Fixtures.BRISK_WALK,
                        "durationMinutes",
                        30,
                        "daysPerWeek",
                        5,
                        "targetZoneLowPercent",
                        70,
                        "targetZoneHighPercent",
                        85)));
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("heartRateTargets.computable", equalTo(true))
                .body("activeVersionFindings.code", equalTo(List.of("ZONE_OUT_OF_RANGE")));

        PatientServiceContract.patientWithId(patient, List.of("LOW_BACK", "FIBROMYALGIA"), BORN, TESS);
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body(
                        "activeVersionFindings.find { it.code == 'FIBROMYALGIA_INTENSITY_CAP' }.severity",
                        equalTo("CONTRAINDICATED"))
                .body(
                        "activeVersionFindings.find { it.code == 'FIBROMYALGIA_INTENSITY_CAP' }.field",
                        equalTo("items[0].dosage.targetZoneHighPercent"));
        get(TESS, "/api/v1/plans/" + planId + "/active")
                .statusCode(200)
                .body("activeVersionFindings.code", hasItem("FIBROMYALGIA_INTENSITY_CAP"));
        get(TESS, "/api/v1/plans?patientId=" + patient.id())
                .statusCode(200)
                .body("[0].activeVersionFindings.code", hasItem("FIBROMYALGIA_INTENSITY_CAP"));
        get(patient.person(), "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("activeVersionFindings", nullValue())
                .body("heartRateTargets", nullValue());

        // The birth date removed: targets cannot be computed, said in the same words everywhere.
        PatientServiceContract.patientWithId(patient, List.of("LOW_BACK", "FIBROMYALGIA"), null, TESS);
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("heartRateTargets.computable", equalTo(false))
                .body(
                        "heartRateTargets.reason",
                        equalTo("No date of birth on the record: heart-rate targets cannot be computed."));
        get(TESS, "/api/v1/plans/" + planId + "/active")
                .statusCode(200)
                .body("heartRateTargets.computable", equalTo(false))
                .body("maxHeartRate", nullValue())
                .body("items[0].targetHeartRateBpm", nullValue());
    }

    @Test
    void beforeTheFirstPublishThereAreNoActiveVersionFindings() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        String planId = Fixtures.draftPlan(TESS, patient, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        get(TESS, "/api/v1/plans/" + planId)
                .statusCode(200)
                .body("activeVersionFindings", nullValue())
                .body("heartRateTargets.computable", equalTo(true));
        get(TESS, "/api/v1/plans/" + planId + "/draft")
                .statusCode(200)
                .body("activeVersionFindings", nullValue())
                .body("warnings", empty());
    }

    @Test
    void anExerciseContraindicatedForOneOfThePatientsConditionsIsAWarningWhenAdded() {
        TestPatient patient = PatientServiceContract.patient(List.of("SCIATICA"), BORN, TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(
                        TESS,
                        planId,
                        List.of(
                                item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8),
                                item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30)))
                .statusCode(200)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("CONTRAINDICATED_FOR_CONDITION"))
                .body("warnings[0].severity", equalTo("WARNING"))
                .body("warnings[0].field", equalTo("items[1].exerciseId"))
                .body("warnings[0].message", containsString("SCIATICA"))
                .body("warnings[0].message", containsString("Sharp or shooting pain down the leg"));
        Fixtures.publish(TESS, planId).statusCode(200); // a warning: the therapist may still prescribe it
        get(TESS, "/api/v1/exercises/" + Fixtures.HAMSTRING_STRETCH)
                .statusCode(200)
                .body("contraindicatedConditions", equalTo(List.of("SCIATICA")));
        get(TESS, "/api/v1/exercises/" + Fixtures.BIRD_DOG).statusCode(200).body("contraindicatedConditions", empty());
    }

    @Test
    void therapistsSetContraindicatedConditionsOnClinicExercises() {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "towel-calf-stretch-oa");
        body.put("name", "Seated towel calf stretch");
        body.put("pillar", "STRETCHING");
        body.put("regions", List.of("calf", "knee"));
        body.put("instructions", List.of("Sit with one leg straight and a towel around the ball of the foot."));
        body.put("contraindications", List.of("Knee osteoarthritis that flares when the knee is held straight."));
        body.put("contraindicatedConditions", List.of("KNEE_OA", "HIP_OA"));
        body.put("defaultDosage", Map.of("sets", 2, "holdSeconds", 30, "daysPerWeek", 7));
        body.put("illustration", "calf-stretch");
        String id = given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(201)
                .body("contraindicatedConditions", equalTo(List.of("KNEE_OA", "HIP_OA")))
                .extract()
                .path("id");

        TestPatient patient = PatientServiceContract.patient(List.of("HIP_OA"), BORN, TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(TESS, planId, List.of(item(id, "sets", 2, "holdSeconds", 30)))
                .statusCode(200)
                .body("warnings.code", equalTo(List.of("CONTRAINDICATED_FOR_CONDITION")))
                .body("warnings[0].message", containsString("HIP_OA"));

        body.put("slug", "towel-calf-stretch-gout");
        body.put("contraindicatedConditions", List.of("GOUT"));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        body.put("contraindicatedConditions", List.of("OTHER"));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("contraindicatedConditions"));
        body.put("contraindicatedConditions", List.of("KNEE_OA", "KNEE_OA"));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("contraindicatedConditions"));
        body.put("contraindicatedConditions", List.of("KNEE_OA"));
        body.remove("contraindications");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("contraindications"));
    }
}
