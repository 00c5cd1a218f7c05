package org.motus.therapist.progression;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.therapist.testing.Fixtures.get;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
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
 * Progression from patient-service's session logs (stubbed from the contract samples): all three
 * outcomes, accepting (a new version) and dismissing (no change). clinical-rules.md §3-5.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class ProgressionResourceTest {

    static final Tokens.Person TESS = Tokens.TESS;
    /** Week of the session samples (a Monday); any day of the next week asks about it. */
    static final LocalDate WEEK = LocalDate.of(2025, 3, 3);

    static final String NEXT_WEEK = "2025-03-12";

    record Setup(TestPatient patient, String planId) {}

    /** A published plan: a loaded strength item, a body-weight one and a stretch; last week's sessions as named. */
    static Setup planWithSessions(String sessionsSample) {
        return planWithSessions(
                PatientServiceContract.patient(List.of("KNEE_OA"), LocalDate.of(1958, 9, 2), TESS), sessionsSample);
    }

    static Setup planWithSessions(TestPatient patient, String sessionsSample) {
        String planId = Fixtures.publishedPlan(
                TESS,
                patient,
                List.of(
                        item(
                                Fixtures.SIT_TO_STAND,
                                "sets",
                                2,
                                "reps",
                                10,
                                "loadKg",
                                4.00,
                                "daysPerWeek",
                                3,
                                "restSeconds",
                                60),
                        item(Fixtures.GLUTE_BRIDGE, "sets", 2, "reps", 10, "daysPerWeek", 3),
                        item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30)));
        PatientServiceContract.sessions(patient, TESS, WEEK, sessionsSample);
        return new Setup(patient, planId);
    }

    static ValidatableResponse suggestion(String planId) {
        return given().auth()
                .oauth2(TESS.token())
                .queryParam("date", NEXT_WEEK)
                .get("/api/v1/plans/" + planId + "/progression")
                .then();
    }

    static ValidatableResponse answer(String planId, String verb, Map<String, Object> body) {
        return given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans/" + planId + "/progression/" + verb)
                .then();
    }

    @Test
    void aWeekPatientServiceAnswersInTwoPagesIsReadWhole() {
        TestPatient patient = PatientServiceContract.patient(List.of("KNEE_OA"), LocalDate.of(1958, 9, 2), TESS);
        Setup s = planWithSessions(patient, "sessions.allMet");
        PatientServiceContract.sessionsInTwoPages(patient, TESS, WEEK, "sessions.allMet", 2);
        suggestion(s.planId())
                .statusCode(200)
                .body("sessions.sessions", equalTo(3))
                .body("sessions.metBoth", equalTo(3));
    }

    @Test
    void everySessionWithinTheRulesSuggestsMoreLoadAndAcceptingPublishesIt() {
        Setup s = planWithSessions("sessions.allMet");
        suggestion(s.planId())
                .statusCode(200)
                .body("weekStart", equalTo("2025-03-03"))
                .body("weekEnd", equalTo("2025-03-09"))
                .body("outcome", equalTo("INCREASE"))
                .body("percent", equalTo(10))
                .body("sessions.sessions", equalTo(3))
                .body("sessions.metBoth", equalTo(3))
                .body("reason", containsString("back to baseline within 2 hours"))
                .body("items", hasSize(2))
                .body("items[0].currentLoadKg", equalTo(4.0f))
                .body("items[0].suggestedLoadKg", equalTo(4.4f))
                .body("items[1].suggestedLoadKg", nullValue())
                .body("items[1].note", containsString("No load"));

        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03", "percent", 5))
                .statusCode(200)
                .body("decision.decision", equalTo("ACCEPTED"))
                .body("decision.resultingVersion", equalTo(2))
                .body("decision.loadChangePercent", equalTo(5));
        get(TESS, "/api/v1/plans/" + s.planId() + "/active")
                .statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("PUBLISHED"))
                .body("changeNote", containsString("+5 %"))
                .body("items[0].dosage.loadKg", equalTo(4.2f))
                .body("items[2].dosage.holdSeconds", equalTo(30));
        get(TESS, "/api/v1/plans/" + s.planId() + "/versions/1")
                .statusCode(200)
                .body("items[0].dosage.loadKg", equalTo(4.0f));
        get(s.patient().person(), "/api/v1/plans/mine/active").statusCode(200).body("version", equalTo(2));

        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03"))
                .statusCode(409)
                .body("detail", containsString("already accepted"));
        suggestion(s.planId())
                .statusCode(200)
                .body("basedOnVersion", equalTo(1))
                .body("decision.decision", equalTo("ACCEPTED"));
    }

    @Test
    void aSmallRiseThatSettledSuggestsTheSmallerStep() {
        Setup s = planWithSessions("sessions.allMetWithRise");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("INCREASE"))
                .body("percent", equalTo(5))
                .body("items[0].suggestedLoadKg", equalTo(4.2f));
    }

    @Test
    void painNotBackWithinTwoHoursStepsBackAndAcceptingLowersTheLoad() {
        Setup s = planWithSessions("sessions.oneNotBack");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("STEP_BACK"))
                .body("percent", equalTo(-10))
                .body("sessions.notBackWithinTwoHours", equalTo(1))
                .body("reason", containsString("2 hours"))
                .body("reason", containsString("not how often"))
                .body("items[0].suggestedLoadKg", equalTo(3.6f));
        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03"))
                .statusCode(200)
                .body("decision.loadChangePercent", equalTo(-10));
        get(TESS, "/api/v1/plans/" + s.planId() + "/active")
                .statusCode(200)
                .body("version", equalTo(2))
                .body("items[0].dosage.loadKg", equalTo(3.6f))
                .body("items[0].dosage.daysPerWeek", equalTo(3));
    }

    @Test
    void painAboveTheCeilingStepsBack() {
        Setup s = planWithSessions("sessions.ceilingAbove");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("STEP_BACK"))
                .body("sessions.aboveCeiling", equalTo(1))
                .body("reason", containsString("pain ceiling"));
    }

    @Test
    void aMissingFollowUpHoldsAndCanOnlyBeDismissed() {
        Setup s = planWithSessions("sessions.followUpMissing");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("HOLD"))
                .body("percent", equalTo(0))
                .body("sessions.unconfirmed", equalTo(1))
                .body("reason", containsString("follow-up"))
                .body("items[0].suggestedLoadKg", equalTo(4.0f));
        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03"))
                .statusCode(409)
                .body("detail", containsString("hold"));
        answer(s.planId(), "dismiss", Map.of("weekStart", "2025-03-03", "reason", "Ask about the follow-up first"))
                .statusCode(200)
                .body("decision.decision", equalTo("DISMISSED"))
                .body("decision.reason", equalTo("Ask about the follow-up first"));
        get(TESS, "/api/v1/plans/" + s.planId())
                .statusCode(200)
                .body("activeVersion", equalTo(1))
                .body("versions.version", contains(1));
        answer(s.planId(), "dismiss", Map.of("weekStart", "2025-03-03")).statusCode(409);
    }

    @Test
    void aLateFollowUpIsNeverMetAndHolds() {
        Setup s = planWithSessions("sessions.lateFollowUp");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("HOLD"))
                .body("sessions.unconfirmed", equalTo(1))
                .body("items[0].outcome", equalTo("HOLD"))
                .body("items[0].reason", containsString("late"))
                .body("items[0].sessions.sessions", equalTo(3))
                .body("items[0].sessions.metBoth", equalTo(2));
    }

    @Test
    void eachItemCountsOnlyItsOwnSessionsAndNeedsHalfItsPrescribedSessions() {
        // sit-to-stand (3 a week) was done once, the glute bridge (3 a week) twice: only the bridge may progress.
        Setup s = planWithSessions("sessions.belowHalfFrequency");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("HOLD"))
                .body("sessions.sessions", equalTo(3))
                .body("items[0].exerciseName", equalTo("Sit to stand"))
                .body("items[0].outcome", equalTo("HOLD"))
                .body("items[0].reason", containsString("Only 1 of the 3"))
                .body("items[0].sessions.sessions", equalTo(1))
                .body("items[0].sessions.prescribed", equalTo(3))
                .body("items[0].suggestedLoadKg", equalTo(4.0f))
                .body("items[1].outcome", equalTo("INCREASE"))
                .body("items[1].sessions.sessions", equalTo(2));
    }

    @Test
    void aHeartRateAboveTheCapThatWeekHoldsAndSaysSo() {
        Setup s = planWithSessions("sessions.heartRateAboveCap");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("HOLD"))
                .body("percent", equalTo(0))
                .body("reason", containsString("heart-rate cap"))
                .body("sessions.heartRateAboveCap", equalTo(1))
                .body("items[0].outcome", equalTo("HOLD"))
                .body("items[0].suggestedLoadKg", equalTo(4.0f));
        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03")).statusCode(409);
    }

    @Test
    void theWeekIsThePatientsOwnInTheirTimeZone() {
        // Berlin is UTC+1 in March: the week of 3 March starts at 2025-03-02T23:00:00Z (the stub answers only that
        // question).
        TestPatient berlin = PatientServiceContract.patientInZone(
                "Europe/Berlin", List.of("KNEE_OA"), LocalDate.of(1958, 9, 2), TESS);
        Setup s = planWithSessions(berlin, "sessions.allMet");
        suggestion(s.planId())
                .statusCode(200)
                .body("weekStart", equalTo("2025-03-03"))
                .body("outcome", equalTo("INCREASE"));
    }

    @Test
    void noSessionsHold() {
        Setup s = planWithSessions("sessions.none");
        suggestion(s.planId())
                .statusCode(200)
                .body("outcome", equalTo("HOLD"))
                .body("reason", containsString("No sessions"));
    }

    @Test
    void anIncreaseOutsideFiveToTenPercentIsARuleViolation() {
        Setup s = planWithSessions("sessions.allMet");
        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03", "percent", 12))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("percent"));
        get(TESS, "/api/v1/plans/" + s.planId()).statusCode(200).body("activeVersion", equalTo(1));
    }

    @Test
    void acceptingWaitsForAnOpenDraft() {
        Setup s = planWithSessions("sessions.allMet");
        Fixtures.putDraft(TESS, s.planId(), List.of(item(Fixtures.SIT_TO_STAND, "sets", 3, "reps", 10, "loadKg", 4.00)))
                .statusCode(200);
        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-03"))
                .statusCode(409)
                .body("detail", containsString("draft"));
    }

    /** The document gives every JSON body a 415; the answer's methods name no @Consumes, so this is what holds it. */
    @Test
    void anAnswerThatIsNotJsonIsRefusedAsAnUnsupportedMediaType() {
        Setup s = planWithSessions("sessions.allMet");
        for (String verb : List.of("accept", "dismiss")) {
            given().auth()
                    .oauth2(TESS.token())
                    .contentType(ContentType.TEXT)
                    .body("weekStart=2025-03-03")
                    .post("/api/v1/plans/" + s.planId() + "/progression/" + verb)
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:motus:problem:unsupported-media-type"));
        }
    }

    @Test
    void theWeekMustBeAPastMonday() {
        Setup s = planWithSessions("sessions.allMet");
        answer(s.planId(), "accept", Map.of("weekStart", "2025-03-04"))
                .statusCode(400)
                .body("violations[0].field", equalTo("weekStart"));
        answer(
                        s.planId(),
                        "dismiss",
                        Map.of(
                                "weekStart",
                                LocalDate.now()
                                        .plusWeeks(2)
                                        .with(java.time.DayOfWeek.MONDAY)
                                        .toString()))
                .statusCode(400)
                .body("violations[0].message", containsString("not over"));
    }
}
