package org.motus.therapist.routine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.therapist.testing.Fixtures.get;
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

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class TodayRoutineTest {

    static final Tokens.Person TESS = Tokens.TESS;

    /** Stretch daily, strength Mon/Wed/Fri, 2-minute band sessions 3x a day on weekdays, a walk Tue/Fri. */
    static TestPatient patientWithPlan() {
        TestPatient patient = PatientServiceContract.patient(List.of("NECK_SHOULDER"), LocalDate.of(1985, 6, 1), TESS);
        Fixtures.publishedPlan(
                TESS,
                patient,
                List.of(
                        item(
                                Fixtures.HAMSTRING_STRETCH,
                                "sets",
                                2,
                                "holdSeconds",
                                30,
                                "daysPerWeek",
                                7,
                                "restSeconds",
                                15),
                        item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "daysPerWeek", 3, "restSeconds", 60),
                        item(
                                Fixtures.BAND_LATERAL_RAISE,
                                "sets",
                                2,
                                "reps",
                                10,
                                "durationMinutes",
                                2,
                                "sessionsPerDay",
                                3,
                                "daysPerWeek",
                                5),
                        item(
                                Fixtures.BRISK_WALK,
                                "durationMinutes",
                                30,
                                "daysPerWeek",
                                2,
                                "targetZoneLowPercent",
                                65,
                                "targetZoneHighPercent",
                                75)));
        return patient;
    }

    @Test
    void mondaysRoutineIsTheDueItemsInOrderWithTimers() {
        TestPatient patient = patientWithPlan();
        get(patient.person(), "/api/v1/plans/mine/today?date=2025-03-10")
                .statusCode(200)
                .body("date", equalTo("2025-03-10"))
                .body("weekday", equalTo("MONDAY"))
                .body("items.name", contains("Hamstring stretch", "Sit to stand", "Band lateral raise"))
                .body("items.position", contains(1, 2, 3))
                .body("items[0].timer.holdSeconds", equalTo(30))
                .body("items[0].timer.breathing.inhaleCounts", equalTo(3))
                .body("items[0].timer.breathing.holdCounts", equalTo(2))
                .body("items[0].timer.breathing.exhaleCounts", equalTo(4))
                .body("items[0].timer.breathing.holdLabel", equalTo("hold"))
                .body("items[1].timer.breathing", nullValue())
                .body("items[1].timer.restSeconds", equalTo(60))
                .body("items[2].timer.microSession", equalTo(true))
                .body("items[2].timer.durationSeconds", equalTo(120))
                .body("items[2].timer.sessionsToday", equalTo(3))
                .body("items[0].instructions", hasItem("Lie on your back and loop a towel around one foot."))
                .body("items[0].illustrationUrl", equalTo("/api/v1/illustrations/supine-leg.svg"));
    }

    @Test
    void aReaderInSpanishOrGermanGetsTheLibrarysTextsInTheirLanguageAndTheSameTimers() {
        TestPatient patient = patientWithPlan();
        given().auth()
                .oauth2(patient.person().token())
                .header("Accept-Language", "es-ES,es;q=0.9")
                .get("/api/v1/plans/mine/today?date=2025-03-10")
                .then()
                .statusCode(200)
                .body(
                        "items.name",
                        contains(
                                "Estiramiento de isquiotibiales",
                                "Sentarse y levantarse",
                                "Elevación lateral con banda"))
                .body("items[0].instructions", hasItem("Túmbese boca arriba y pase una toalla alrededor de un pie."))
                .body("items[0].commonMistakes", hasItem("Rebotar al final del estiramiento."))
                // The breathing cue is a rule on the English text: the same in every language.
                .body("items[0].timer.breathing.holdLabel", equalTo("hold"));
        given().auth()
                .oauth2(patient.person().token())
                .header("Accept-Language", "de")
                .get("/api/v1/plans/mine/today?date=2025-03-10")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo("Dehnung der hinteren Oberschenkel"));
        given().auth()
                .oauth2(patient.person().token())
                .header("Accept-Language", "fr-FR, en;q=0.5")
                .get("/api/v1/plans/mine/today?date=2025-03-10")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo("Hamstring stretch"));
    }

    @Test
    void tuesdayHasTheWalkAndNoStrengthAndSaturdayOnlyTheStretch() {
        TestPatient patient = patientWithPlan();
        get(patient.person(), "/api/v1/plans/mine/today?date=2025-03-11")
                .statusCode(200)
                .body("items.name", contains("Hamstring stretch", "Band lateral raise", "Brisk walk"))
                .body("items[2].timer.durationSeconds", equalTo(1800))
                .body("items[2].targetHeartRateBpm.low", org.hamcrest.Matchers.notNullValue());
        get(patient.person(), "/api/v1/plans/mine/today?date=2025-03-15")
                .statusCode(200)
                .body("items.name", contains("Hamstring stretch"));
    }

    @Test
    void aDraftDoesNotChangeTodayUntilPublished() {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), null, TESS);
        String planId = Fixtures.draftPlan(TESS, patient, List.of(item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8)));
        get(patient.person(), "/api/v1/plans/mine/today?date=2025-03-10").statusCode(404);
        Fixtures.publish(TESS, planId).statusCode(200);
        Fixtures.putDraft(TESS, planId, List.of(item(Fixtures.GLUTE_BRIDGE, "sets", 2, "reps", 10)))
                .statusCode(200);
        get(patient.person(), "/api/v1/plans/mine/today?date=2025-03-10")
                .statusCode(200)
                .body("items.name", contains("Bird-dog"));
        get(TESS, "/api/v1/plans/" + planId + "/today?date=2025-03-10")
                .statusCode(200)
                .body("items.name", contains("Bird-dog"));
    }

    @Test
    void theBreathingPacerSaysPauseWhereTheExerciseSaysNotToHoldTheBreath() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("SCIATICA"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        Fixtures.publishedPlan(
                Tokens.TESS,
                patient,
                List.of(
                        item(Fixtures.PIRIFORMIS_STRETCH, "sets", 2, "holdSeconds", 30),
                        item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30)));
        get(patient.person(), "/api/v1/plans/mine/today?date=2025-03-10")
                .statusCode(200)
                .body("items[0].timer.breathing.holdLabel", equalTo("pause"))
                .body("items[0].timer.breathing.holdCounts", equalTo(2))
                .body("items[1].timer.breathing.holdLabel", equalTo("hold"));
    }
}
