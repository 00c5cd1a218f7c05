package org.motus.therapist.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.motus.therapist.testing.Fixtures.get;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.dosage.MaxHeartRate;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** Dosage rules through the API, against real PostgreSQL and patient-service's facts (clinical-rules.md §6, "The three pillars"). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class DosageValidationApiTest {

    static final Tokens.Person TESS = Tokens.TESS;
    static final LocalDate BORN = LocalDate.of(1978, 1, 15);

    static Map<String, Object> walk(int low, int high) {
        return item(
                Fixtures.BRISK_WALK,
                "durationMinutes",
                30,
                "daysPerWeek",
                5,
                "targetZoneLowPercent",
                low,
                "targetZoneHighPercent",
                high);
    }

    static Map<String, Object> stretch(int holdSeconds) {
        return item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", holdSeconds, "daysPerWeek", 7);
    }

    @Test
    void holdsOfTwentyNineAndSixtyOneSecondsWarnWhileThirtyAndSixtyDoNot() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(TESS, planId, List.of(stretch(29), stretch(30), stretch(60), stretch(61)))
                .statusCode(200)
                .body("warnings.field", contains("items[0].dosage.holdSeconds", "items[3].dosage.holdSeconds"))
                .body("warnings.code", contains("HOLD_OUT_OF_RANGE", "HOLD_OUT_OF_RANGE"))
                .body("warnings.severity", contains("WARNING", "WARNING"))
                .body("items.dosage.holdSeconds", contains(29, 30, 60, 61));
        Fixtures.publish(TESS, planId).statusCode(200);
    }

    @Test
    void withFibromyalgiaEightyPercentIsAllowedAndEightyOneIsBlockedStoringNothing() {
        TestPatient patient = PatientServiceContract.patient(List.of("FIBROMYALGIA"), BORN, TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(TESS, planId, List.of(walk(70, 80)))
                .statusCode(200)
                .body("warnings.code", contains("ZONE_OUT_OF_RANGE"));
        Fixtures.putDraft(TESS, planId, List.of(stretch(30), walk(70, 81)))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:rule-violation"))
                .body("violations.field", contains("items[1].dosage.targetZoneHighPercent"))
                .body("violations[0].message", containsString("fibromyalgia"));
        get(TESS, "/api/v1/plans/" + planId + "/draft")
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].dosage.targetZoneHighPercent", equalTo(80));
    }

    @Test
    void withoutFibromyalgiaEightyOnePercentIsOnlyAWarning() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK", "KNEE_OA"), BORN, TESS);
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(TESS, planId, List.of(walk(70, 81)))
                .statusCode(200)
                .body("warnings.code", contains("ZONE_OUT_OF_RANGE"))
                .body("items[0].dosage.targetZoneHighPercent", equalTo(81));
    }

    @Test
    void aDraftThatBecameContraindicatedCannotBePublished() {
        TestPatient before = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        String planId = Fixtures.draftPlan(TESS, before, List.of(walk(70, 85)));
        // patient-service now reports fibromyalgia for the same patient
        PatientServiceContract.patientWithId(before, List.of("FIBROMYALGIA"), BORN, TESS);
        Fixtures.publish(TESS, planId).statusCode(422).body("type", equalTo("urn:motus:problem:rule-violation"));
        get(TESS, "/api/v1/plans/" + planId + "/draft")
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("warnings.severity", hasItems("CONTRAINDICATED"));
    }

    @Test
    void theMaxHeartRateFormulaIsStatedAndTheZoneShownInBeatsPerMinute() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        int age = Period.between(BORN, LocalDate.now(java.time.ZoneOffset.UTC)).getYears();
        String planId = Fixtures.createPlan(TESS, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        Fixtures.putDraft(TESS, planId, List.of(walk(65, 75)))
                .statusCode(200)
                .body("warnings", empty())
                .body("maxHeartRate.formula", containsString("208 - 0.7 x age"))
                .body("maxHeartRate.ageYears", equalTo(age))
                .body("maxHeartRate.bpm", equalTo(MaxHeartRate.bpm(age)))
                .body("items[0].targetHeartRateBpm.low", equalTo(MaxHeartRate.bpmAt(65, age)))
                .body("items[0].targetHeartRateBpm.high", equalTo(MaxHeartRate.bpmAt(75, age)));
    }

    @Test
    void impossibleValuesAreRejectedWithEveryFieldAndNothingIsStored() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), BORN, TESS);
        String planId = Fixtures.draftPlan(TESS, patient, List.of(stretch(30)));
        Fixtures.putDraft(
                        TESS,
                        planId,
                        List.of(
                                item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", -30),
                                item(Fixtures.SIT_TO_STAND, "sets", 0, "reps", 10, "loadKg", 2.125),
                                walk(90, 70)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:validation"))
                .body(
                        "violations.field",
                        hasItems(
                                "items[0].dosage.holdSeconds",
                                "items[1].dosage.sets",
                                "items[1].dosage.loadKg",
                                "items[2].dosage.targetZoneLowPercent"));
        get(TESS, "/api/v1/plans/" + planId + "/draft")
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].dosage.holdSeconds", equalTo(30));
    }
}
