package org.motus.patient.safety;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.rows;
import static org.motus.patient.testing.Fixtures.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

/** Issue 12 end to end: red flags, the two-hour window, ceilings, heart rate, severity and the caseload. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ClinicalSafetyTest {

    private static final String P = "/api/v1/patients/{id}";
    private static final String CHECK_INS = P + "/check-ins";
    private static final String SESSIONS = P + "/sessions";
    private static final String FLAGS = P + "/flags";

    // ---- rule 16, red flags

    @Test
    void regressionSaddleNumbnessAndBladderAtTenIsUrgentWithTheEmergencyNumberNotAThankYou() {
        Clinic clinic = Fixtures.clinic();
        Enrolled pat = clinic.pat();
        String checkIn = as(pat.person())
                .body(with(checkIn("DAILY", 10), "redFlags", List.of("SADDLE_NUMBNESS_BLADDER_BOWEL")))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("redFlags", contains("SADDLE_NUMBNESS_BLADDER_BOWEL"))
                .body("advice.code", contains("CALL_EMERGENCY"))
                .body("advice[0].text", containsString("call the emergency number 112"))
                .extract()
                .path("id");
        as(clinic.tess())
                .get(FLAGS, pat.id())
                .then()
                .statusCode(200)
                .body("kind", hasItem("RED_FLAG"))
                .body("find { it.kind == 'RED_FLAG' }.severity", equalTo("URGENT"))
                .body("find { it.kind == 'RED_FLAG' }.checkInId", equalTo(checkIn))
                .body("find { it.kind == 'RED_FLAG' }.sessionId", nullValue())
                .body("find { it.kind == 'RED_FLAG' }.redFlags", contains("SADDLE_NUMBNESS_BLADDER_BOWEL"))
                .body("find { it.kind == 'HIGH_DAILY_PAIN' }.severity", equalTo("HIGH"));
        as(clinic.tess())
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("[0].patientId", equalTo(pat.idText()))
                .body("[0].severity", equalTo("URGENT"))
                .body("[0].redFlags", contains("SADDLE_NUMBNESS_BLADDER_BOWEL"))
                .body(
                        "[0].reasons[0]",
                        equalTo("URGENT: red flag - numbness between the legs or new bladder or bowel trouble"));
    }

    @Test
    void aNoteIsScreenedTooButANegatedMentionIsNot() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Note"));
        as(pat.person())
                .body(with(with(checkIn("DAILY", 3), "redFlags", List.of()), "note", "Sudden chest pain on the stairs"))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("redFlags", contains("CHEST_SYMPTOMS"))
                .body("advice.code", contains("CALL_EMERGENCY"));
        as(pat.person())
                .body(with(with(checkIn("DAILY", 3), "redFlags", List.of()), "note", "No chest pain, no fever."))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("redFlags", hasSize(0))
                .body("advice", hasSize(0));
        as(pat.person())
                .body(checkIn("DAILY", 3))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("redFlags", nullValue())
                .body("advice", hasSize(0));
        assertEquals(
                1, Fixtures.count("select count(*) from flag where patient_id = ?1 and kind = 'RED_FLAG'", pat.id()));
    }

    @Test
    void aRedFlagAtASessionSendsToUrgentCareFirstAndFlagsTheSession() {
        Clinic clinic = Fixtures.clinic();
        String session = as(clinic.pat().person())
                .body(with(Fixtures.session(3, 3, 3), "redFlags", List.of("FALL_OR_INJURY")))
                .post(SESSIONS, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("redFlags", contains("FALL_OR_INJURY"))
                .body("advice[0].code", equalTo("SEEK_URGENT_CARE"))
                .body("advice.code", not(hasItem("CONTINUE")))
                .extract()
                .path("id");
        as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("find { it.kind == 'RED_FLAG' }.sessionId", equalTo(session))
                .body("find { it.kind == 'RED_FLAG' }.severity", equalTo("URGENT"));
    }

    @Test
    void listedCheckInsCarryTheSameAdvice() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Lister"));
        as(pat.person())
                .body(with(checkIn("DAILY", 4), "redFlags", List.of("FEVER_UNWELL")))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201);
        UUID session = Fixtures.logSessionReadyForFollowUp(pat, 3, 6, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201);
        as(pat.person())
                .queryParam("from", Instant.now().minus(1, ChronoUnit.DAYS).toString())
                .get(CHECK_INS, pat.id())
                .then()
                .statusCode(200)
                .body("find { it.kind == 'DAILY' }.advice.code", contains("SEEK_URGENT_CARE"))
                .body("find { it.kind == 'FOLLOW_UP' }.advice.code", contains("REDUCE_INTENSITY"))
                .body("find { it.kind == 'BEFORE' }.advice.code", contains("REDUCE_INTENSITY"));
    }

    // ---- rule 12, the two-hour window

    @Test
    void aFollowUpBeforeTheWindowIsRefusedSayingWhenAndStoresNothing() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Early"));
        UUID session = Fixtures.logSessionEnded(pat, 30, 3, 3, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:rule-violation"))
                .body("detail", containsString("The follow-up opens at "))
                .body("detail", containsString("(in 60 minutes)"))
                .body("windowOpensAt", notNullValue())
                .body("violations[0].field", equalTo("occurredAt"));
        as(pat.person())
                .body(with(
                        checkIn("FOLLOW_UP", 3, session),
                        "occurredAt",
                        Instant.now().minus(2, ChronoUnit.HOURS).toString()))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(422)
                .body("detail", containsString("before the session ended"));
        assertEquals(3, rows("check_in", pat.id()));
    }

    @Test
    void regressionAFollowUpThreeDaysLateIsNotAssessedNotBackToBaseline() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Late"));
        UUID session = Fixtures.logSessionEnded(pat, 3 * 24 * 60, 3, 3, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 2, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("late", equalTo(true))
                .body("advice.code", contains("FOLLOW_UP_LATE"));
        as(pat.person())
                .get(SESSIONS + "/{sessionId}", pat.id(), session)
                .then()
                .statusCode(200)
                .body("twoHourRule", equalTo("NOT_ASSESSED_LATE"))
                .body("followUp.late", equalTo(true))
                .body("advice.code", contains("FOLLOW_UP_LATE"));
    }

    @Test
    void aFollowUpAtTheDueTimeIsOnTime() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat On Time"));
        UUID session = Fixtures.logSessionReadyForFollowUp(pat, 3, 3, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("late", equalTo(false))
                .body("advice.code", contains("CONTINUE"));
        as(pat.person())
                .get(SESSIONS + "/{sessionId}", pat.id(), session)
                .then()
                .body("twoHourRule", equalTo("BACK_TO_BASELINE"))
                .body("followUp.late", equalTo(false));
    }

    @Test
    void pendingFollowUpsAreServerStateSoonestFirst() {
        Clinic clinic = Fixtures.clinic();
        Enrolled pat = clinic.pat();
        UUID upcoming = Fixtures.logSessionEnded(pat, 10, 3, 3, 3);
        UUID open = Fixtures.logSessionEnded(pat, 120, 3, 3, 3);
        Fixtures.logSessionEnded(pat, 300, 3, 3, 3); // window closed: no longer pending
        UUID answered = Fixtures.logSessionEnded(pat, 100, 3, 3, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, answered))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201);
        for (var caller : List.of(pat.person(), clinic.tess())) {
            as(caller)
                    .get(P + "/follow-ups", pat.id())
                    .then()
                    .statusCode(200)
                    .body("sessionId", contains(open.toString(), upcoming.toString()))
                    .body("status", contains("OPEN", "UPCOMING"))
                    .body("[0].windowOpensAt", notNullValue())
                    .body("[0].dueAt", notNullValue())
                    .body("[0].windowClosesAt", notNullValue())
                    .body("[0].sessionEndedAt", notNullValue());
        }
        assertEquals(
                2,
                Fixtures.auditRows(pat.id(), clinic.tess().subject(), "READ_FOLLOW_UPS", "SUCCESS")
                        + Fixtures.auditRows(pat.id(), pat.person().subject(), "READ_FOLLOW_UPS", "SUCCESS"));
    }

    @Test
    void twoSessionsNotBackWithinSevenDaysAreHigh() {
        Clinic clinic = Fixtures.clinic();
        UUID first = Fixtures.logSessionEnded(clinic.pat(), 130, 2, 2, 2);
        UUID second = Fixtures.logSessionEnded(clinic.pat(), 110, 2, 2, 2);
        as(clinic.pat().person())
                .body(checkIn("FOLLOW_UP", 4, first))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.tess()).get(FLAGS, clinic.pat().id()).then().body("kind", not(hasItem("TWO_HOUR_RULE_MISSED_TWICE")));
        as(clinic.pat().person())
                .body(checkIn("FOLLOW_UP", 4, second))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("advice.code", contains("REDUCE_INTENSITY"));
        as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("findAll { it.kind == 'PAIN_NOT_BACK_TO_BASELINE' }.severity", contains("ROUTINE", "ROUTINE"))
                .body("find { it.kind == 'TWO_HOUR_RULE_MISSED_TWICE' }.severity", equalTo("HIGH"));
    }

    // ---- rule 13, the ceiling

    @Test
    void regressionCeilingBrokenButBackToBaselineTellsThePatientToReduceIntensity() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Broke Ceiling"));
        UUID session = Fixtures.logSessionReadyForFollowUp(pat, 3, 6, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("advice.code", contains("REDUCE_INTENSITY"))
                .body("advice[0].text", containsString("above your ceiling of 3/10"));
        as(pat.person())
                .get(SESSIONS + "/{sessionId}", pat.id(), session)
                .then()
                .body("twoHourRule", equalTo("BACK_TO_BASELINE"))
                .body("ceiling", equalTo("ABOVE"))
                .body("worstActivityPain", equalTo(6))
                .body("advice.code", contains("REDUCE_INTENSITY"));
    }

    @Test
    void theTreatingTherapistSetsACeilingWithAReasonAndEachSessionKeepsTheOneUsed() {
        Clinic clinic = Fixtures.clinic();
        Enrolled pat = clinic.pat();
        as(pat.person())
                .get(P, pat.id())
                .then()
                .body("activityCeiling.painCeiling", equalTo(3))
                .body("activityCeiling.default", equalTo(true))
                .body("activityCeiling.reason", nullValue());
        as(clinic.tess())
                .body(Map.of("painCeiling", 6, "reason", "Resting baseline 6/10."))
                .put(P + "/activity-ceiling", pat.id())
                .then()
                .statusCode(200)
                .body("activityCeiling.painCeiling", equalTo(6))
                .body("activityCeiling.default", equalTo(false))
                .body("activityCeiling.reason", equalTo("Resting baseline 6/10."))
                .body("activityCeiling.setBy", equalTo(clinic.tess().subject()))
                .body("activityCeiling.setAt", notNullValue());
        String within = as(pat.person())
                .body(Fixtures.session(5, 6, 6))
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(201)
                .body("ceiling", equalTo("WITHIN"))
                .body("ceilingUsed", equalTo(6))
                .extract()
                .path("id");
        as(pat.person())
                .body(Fixtures.session(5, 7, 6))
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(201)
                .body("ceiling", equalTo("ABOVE"))
                .body("advice[0].text", containsString("above your ceiling of 6/10"));
        as(clinic.tess())
                .get(FLAGS, pat.id())
                .then()
                .body(
                        "find { it.kind == 'ACTIVITY_CEILING_EXCEEDED' }.detail",
                        containsString("activity ceiling of 6/10"));
        as(clinic.tess())
                .delete(P + "/activity-ceiling", pat.id())
                .then()
                .statusCode(200)
                .body("activityCeiling.painCeiling", equalTo(3))
                .body("activityCeiling.default", equalTo(true))
                .body("activityCeiling.setBy", nullValue());
        as(pat.person())
                .get(SESSIONS + "/{sessionId}", pat.id(), within)
                .then()
                .body("ceilingUsed", equalTo(6))
                .body("ceiling", equalTo("WITHIN"));
        as(pat.person())
                .body(Map.of("painCeiling", 9, "reason", "mine"))
                .put(P + "/activity-ceiling", pat.id())
                .then()
                .statusCode(403);
        assertEquals(2, Fixtures.auditRows(pat.id(), clinic.tess().subject(), "SET_ACTIVITY_CEILING", "SUCCESS"));
    }

    // ---- rule 14, heart rate

    @Test
    void regressionFibromyalgiaAt172BpmWithCap140IsAHighFlag() {
        Clinic clinic = Fixtures.clinic();
        LocalDate birth = LocalDate.now(ZoneOffset.UTC).minusYears(47).minusDays(1); // 47: max 175, cap 140
        as(clinic.tess())
                .body(Map.of("dateOfBirth", birth.toString(), "conditions", List.of("FIBROMYALGIA")))
                .put(P + "/clinical", clinic.pat().id())
                .then()
                .statusCode(200);
        as(clinic.pat().person())
                .body(with(with(Fixtures.session(3, 3, 3), "averageHeartRateBpm", 150), "peakHeartRateBpm", 172))
                .post(SESSIONS, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("heartRate.outcome", equalTo("ABOVE_CAP"))
                .body("heartRate.maxHeartRateBpm", equalTo(175))
                .body("heartRate.capBpm", equalTo(140))
                .body("advice[0].code", equalTo("HEART_RATE_ABOVE_CAP"))
                .body("advice[0].text", containsString("140 bpm"));
        as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("find { it.kind == 'HEART_RATE_ABOVE_CAP' }.severity", equalTo("HIGH"))
                .body("find { it.kind == 'HEART_RATE_ABOVE_CAP' }.detail", containsString("172 bpm"));
    }

    @Test
    void aboveTheItemsZoneIsAdviceOnly() {
        Clinic clinic = Fixtures.clinic();
        LocalDate birth = LocalDate.now(ZoneOffset.UTC).minusYears(47).minusDays(1);
        as(clinic.tess())
                .body(Map.of("dateOfBirth", birth.toString(), "conditions", List.of("KNEE_OA")))
                .put(P + "/clinical", clinic.pat().id())
                .then()
                .statusCode(200);
        Map<String, Object> body = with(
                with(with(Fixtures.session(3, 3, 3), "averageHeartRateBpm", 130), "peakHeartRateBpm", 135),
                "items",
                List.of(Map.of(
                        "exerciseId",
                        "0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
                        "durationMinutes",
                        20,
                        "targetZoneLowPercent",
                        50,
                        "targetZoneHighPercent",
                        70)));
        as(clinic.pat().person())
                .body(body)
                .post(SESSIONS, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("heartRate.outcome", equalTo("ABOVE_ZONE"))
                .body("heartRate.zoneHighBpm", equalTo(123))
                .body("items[0].targetZoneHighPercent", equalTo(70))
                .body("advice.code", hasItem("SLOW_DOWN_HEART_RATE"));
        as(clinic.tess()).get(FLAGS, clinic.pat().id()).then().body("$", hasSize(0));
    }

    // ---- rule 17, severity and trends

    @Test
    void highAndWorseningRestingPainAreHighOneOpenPerKindAndNeverCalledAboveTheCeiling() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.setBaselineAndFrequency(clinic.pat().id(), 3, 3);
        as(clinic.pat().person())
                .body(checkIn("DAILY", 5))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("kind", contains("WORSENING_TREND")) // mean 5 = baseline 3 + 2; 5 is not 3 above
                .body("[0].severity", equalTo("HIGH"));
        as(clinic.pat().person())
                .body(checkIn("DAILY", 6))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.pat().person())
                .body(checkIn("DAILY", 8))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("kind", hasSize(2))
                .body("findAll { it.kind == 'HIGH_DAILY_PAIN' }", hasSize(1))
                .body("findAll { it.kind == 'WORSENING_TREND' }", hasSize(1));
        as(clinic.tess())
                .get("/api/v1/caseload")
                .then()
                .body("[0].severity", equalTo("HIGH"))
                .body("[0].reasons", everyItem(not(containsString("ceiling"))))
                .body("[0].redFlags", hasSize(0));
    }

    @Test
    void theWorseningMeanCountsTheRestingReadingsOfTheLastSevenDaysOnly() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.setBaselineAndFrequency(clinic.pat().id(), 3, 3);
        Instant now = Instant.now();
        // Eight days ago: with it the mean would be (9 + 4) / 2, well above baseline 3 + 2.
        Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 9, now.minus(8, ChronoUnit.DAYS));
        as(clinic.pat().person())
                .body(checkIn("DAILY", 4))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.tess()).get(FLAGS, clinic.pat().id()).then().body("$", hasSize(0));
        // Six days ago counts: (7 + 4 + 4) / 3 = 5 = baseline 3 + 2.
        Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 7, now.minus(6, ChronoUnit.DAYS));
        // Pain during and right after a session is activity pain, not resting: with them the mean would be 6.8.
        Fixtures.pastCheckIn(clinic.pat().id(), "DURING", 10, now.minus(5, ChronoUnit.DAYS));
        Fixtures.pastCheckIn(clinic.pat().id(), "AFTER", 9, now.minus(5, ChronoUnit.DAYS));
        as(clinic.pat().person())
                .body(with(checkIn("DAILY", 4), "note", "The same again."))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.tess())
                .get(FLAGS, clinic.pat().id())
                .then()
                .body("kind", contains("WORSENING_TREND"))
                .body("[0].detail", containsString("5.0/10"));
    }

    @Test
    void noImprovementFromWeekFourIsBehindTheExpectedCourse() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.setBaselineAndFrequency(clinic.pat().id(), 5, 3);
        Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 5, Instant.now().minus(35, ChronoUnit.DAYS));
        dailyAtBaselineThenFlags(clinic)
                .body("kind", contains("BEHIND_EXPECTED_COURSE"))
                .body("[0].severity", equalTo("HIGH"))
                .body("[0].sessionId", nullValue())
                .body("[0].checkInId", nullValue());
    }

    /** Programme weeks count from the first data, a session too: here one without a check-in of its own. */
    @Test
    void aProgrammeThatBeganWithASessionCountsItsWeeksFromThatSession() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.setBaselineAndFrequency(clinic.pat().id(), 5, 3);
        Instant began = Instant.now().minus(35, ChronoUnit.DAYS);
        Fixtures.sql(
                "insert into exercise_session (id, patient_id, started_at, ended_at) values (?1, ?2, ?3, ?4)",
                UUID.randomUUID(),
                clinic.pat().id(),
                began,
                began.plusSeconds(900));
        dailyAtBaselineThenFlags(clinic)
                .body("kind", contains("BEHIND_EXPECTED_COURSE"))
                .body("[0].detail", containsString("Programme week "));
    }

    /** pat (baseline 5) posts a DAILY 5, no improvement; her therapist's view of her flags after it. */
    private static ValidatableResponse dailyAtBaselineThenFlags(Clinic clinic) {
        as(clinic.pat().person())
                .body(checkIn("DAILY", 5))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201);
        return as(clinic.tess()).get(FLAGS, clinic.pat().id()).then();
    }

    @Test
    void aRetriedRedFlagCheckInAnswersTheSameAdviceAndRaisesOneFlag() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Retry Flag"));
        Map<String, Object> body = with(checkIn("DAILY", 2), "redFlags", List.of("CHEST_SYMPTOMS"));
        for (String replayed : List.of("false", "true")) {
            as(pat.person())
                    .header("Idempotency-Key", "red-flag-1")
                    .body(body)
                    .post(CHECK_INS, pat.id())
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", replayed)
                    .body("advice.code", contains("CALL_EMERGENCY"));
        }
        assertEquals(1, rows("flag", pat.id()));
        assertEquals(1, rows("check_in", pat.id()));
    }

    @Test
    void theCaseloadComesMostSevereFirstThenOldestFlagThenName() {
        Clinic clinic = Fixtures.clinic();
        Enrolled aaron = Fixtures.enrol(Tokens.patient("Aaron Calm"));
        Enrolled bea = Fixtures.enrol(Tokens.patient("Bea Routine"));
        Fixtures.assign(aaron.id(), clinic.tess());
        Fixtures.assign(bea.id(), clinic.tess());
        Fixtures.logSession(bea, 2, 5, 5); // ROUTINE ceiling flag
        as(clinic.pat().person())
                .body(with(checkIn("DAILY", 2), "redFlags", List.of("NIGHT_PAIN")))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("advice.code", contains("SEEK_URGENT_CARE"));
        as(clinic.tess())
                .get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("displayName", contains("Pat Patient", "Bea Routine", "Aaron Calm"))
                .body("severity", contains("URGENT", "ROUTINE", null))
                .body(
                        "[1].reasons",
                        contains("ROUTINE: pain during or right after a session above the activity ceiling"))
                .body("[2].reasons", hasSize(0))
                .body("[0].timeZone", equalTo("UTC"));
    }

    // ---- rule 18, the patient's time zone

    @Test
    void thePatientsZoneCountsDaysAndWeeksForEveryViewer() {
        Clinic clinic = Fixtures.clinic();
        Enrolled pat = clinic.pat();
        as(pat.person())
                .get(P, pat.id())
                .then()
                .body("timeZone", equalTo("UTC"))
                .body("timeZoneSetAt", nullValue());
        as(pat.person())
                .body(Map.of("timeZone", "Pacific/Kiritimati"))
                .put(P + "/time-zone", pat.id())
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Pacific/Kiritimati"))
                .body("timeZoneSetAt", notNullValue());
        as(clinic.tess())
                .body(Map.of("timeZone", "Pacific/Kiritimati"))
                .put(P + "/time-zone", pat.id())
                .then()
                .statusCode(200);
        as(clinic.admin())
                .body(Map.of("timeZone", "UTC"))
                .put(P + "/time-zone", pat.id())
                .then()
                .statusCode(403);
        // a session late on a UTC day is already the next day in Kiritimati (UTC+14)
        Instant at = LocalDate.now(ZoneOffset.UTC).minusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC);
        Fixtures.pastSession(pat.id(), at, 3);
        LocalDate kiritimatiDay = LocalDate.ofInstant(at, java.time.ZoneId.of("Pacific/Kiritimati"));
        for (var viewer : List.of(pat.person(), clinic.tess())) {
            as(viewer)
                    .get(P + "/adherence", pat.id())
                    .then()
                    .statusCode(200)
                    .body("zone", equalTo("Pacific/Kiritimati"))
                    .body(
                            "last30Days.to",
                            equalTo(LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"))
                                    .toString()));
            as(viewer)
                    .get(P + "/progress", pat.id())
                    .then()
                    .statusCode(200)
                    .body("zone", equalTo("Pacific/Kiritimati"))
                    .body("programmeStart", equalTo(kiritimatiDay.toString()));
        }
        as(clinic.tess()).get("/api/v1/caseload").then().body("[0].timeZone", equalTo("Pacific/Kiritimati"));
        as(pat.person())
                .queryParam("zone", "UTC")
                .get(P + "/progress", pat.id())
                .then()
                .statusCode(200)
                .body("zone", equalTo("Pacific/Kiritimati"));
    }
}
