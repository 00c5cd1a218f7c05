package org.motus.patient.exerciselog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.rows;
import static org.motus.patient.testing.Fixtures.session;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseLogResourceTest {

    private static final String SESSIONS = "/api/v1/patients/{id}/sessions";
    private static final String CHECK_INS = "/api/v1/patients/{id}/check-ins";

    /**
     * clinical-rules.md §3 and 4 end to end, at their boundaries: pain 3 vs 4 during; follow-up
     * exactly at the pain before, one above, or missing. Flags follow the broken rules.
     */
    @ParameterizedTest(name = "before {0}, during {1}, follow-up {2} -> {3}, {4}, {5}, flags {6}")
    @CsvSource(
            nullValues = "missing",
            value = {
                "3, 3, 3,       BACK_TO_BASELINE,  WITHIN, CONTINUE,         0",
                "3, 4, 3,       BACK_TO_BASELINE,  ABOVE,  REDUCE_INTENSITY, 1",
                "3, 3, 4,       NOT_BACK,          WITHIN, REDUCE_INTENSITY, 1",
                "3, 3, missing, FOLLOW_UP_MISSING, WITHIN, RECORD_FOLLOW_UP, 0",
                "3, 4, 4,       NOT_BACK,          ABOVE,  REDUCE_INTENSITY, 2",
                "5, 3, 4,       BACK_TO_BASELINE,  WITHIN, CONTINUE,         0"
            })
    void eachRuleOutcomeAtItsBoundary(
            int before, int during, Integer followUp, String twoHourRule, String ceiling, String advice, int flags) {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Boundary"));
        UUID session = followUp == null
                ? Fixtures.logSession(pat, before, during, during)
                : Fixtures.logSessionReadyForFollowUp(pat, before, during, during);
        if (followUp != null) {
            as(pat.person())
                    .body(checkIn("FOLLOW_UP", followUp, session))
                    .post(CHECK_INS, pat.id())
                    .then()
                    .statusCode(201);
        }
        as(pat.person())
                .get(SESSIONS + "/{sessionId}", pat.id(), session)
                .then()
                .statusCode(200)
                .body("painBefore", equalTo(before))
                .body("painDuringPeak", equalTo(during))
                .body("painFollowUp", equalTo(followUp))
                .body("twoHourRule", equalTo(twoHourRule))
                .body("ceiling", equalTo(ceiling))
                .body("advice[0].code", equalTo(advice));
        assertEquals(flags, rows("flag", pat.id()));
    }

    @Test
    void aLoggedSessionCarriesItsPlanItemsPainsAndRules() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Logger"));
        Map<String, Object> body = session(3, 2, 3);
        ValidatableResponse created = as(pat.person())
                .body(body)
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/sessions/"))
                .body("planId", equalTo("9a1a0000-0000-4000-8000-000000000001"))
                .body("planVersion", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].position", equalTo(1))
                .body("items[0].durationMinutes", equalTo(20))
                .body("items[1].holdSeconds", equalTo(45))
                .body("averageHeartRateBpm", equalTo(110))
                .body("painBefore", equalTo(3))
                .body("painDuringPeak", equalTo(2))
                .body("painAfter", equalTo(3))
                .body("painFollowUp", nullValue())
                .body("twoHourRule", equalTo("FOLLOW_UP_MISSING"))
                .body("ceiling", equalTo("WITHIN"))
                .body("advice.code", org.hamcrest.Matchers.contains("RECORD_FOLLOW_UP"))
                .body("ceilingUsed", equalTo(3))
                .body("worstActivityPain", equalTo(3))
                .body("followUp.late", nullValue())
                .body("redFlags", nullValue())
                .body("heartRate.outcome", equalTo("NO_DATE_OF_BIRTH"));
        String id = created.extract().path("id");
        assertEquals(3, rows("check_in", pat.id()), "before, during and after are stored as check-ins");

        as(pat.person())
                .queryParam("from", Instant.now().minusSeconds(3600).toString())
                .queryParam("to", Instant.now().toString())
                .get(SESSIONS, pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(id));
        as(pat.person())
                .queryParam("to", Instant.now().minusSeconds(7200).toString())
                .get(SESSIONS, pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aTwoMinuteSessionWithoutAPlanCounts() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Micro"));
        Instant[] twoMinutes = Fixtures.earlierToday(120);
        Map<String, Object> micro = Map.of(
                "startedAt",
                twoMinutes[0].toString(),
                "endedAt",
                twoMinutes[1].toString(),
                "items",
                java.util.List.of(Map.of("exerciseId", "0b6f1c1e-3f0a-4c1e-9d1a-000000000004", "durationMinutes", 2)),
                "painBefore",
                2);
        as(pat.person())
                .body(micro)
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(201)
                .body("planId", nullValue())
                .body("ceiling", nullValue());
        as(pat.person())
                .get("/api/v1/patients/{id}/adherence", pat.id())
                .then()
                .statusCode(200)
                .body("weeks[-1].sessions", equalTo(1));
    }

    @Test
    void aRetriedSessionLogIsStoredOnce() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Session Retry"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = session(3, 3, 3);
        String first = as(pat.person())
                .header("Idempotency-Key", key)
                .body(body)
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .extract()
                .path("id");
        String again = as(pat.person())
                .header("Idempotency-Key", key)
                .body(body)
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");
        assertEquals(first, again);
        assertEquals(1, rows("exercise_session", pat.id()));
        assertEquals(3, rows("check_in", pat.id()));
        as(pat.person())
                .header("Idempotency-Key", key)
                .body(session(4, 3, 3))
                .post(SESSIONS, pat.id())
                .then()
                .statusCode(409);
    }

    @Test
    void theTreatingTherapistReadsSessionsButDoesNotLogThem() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 3, 3);
        as(clinic.tess())
                .get(SESSIONS, clinic.pat().id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        as(clinic.tess())
                .body(session(3, 3, 3))
                .post(SESSIONS, clinic.pat().id())
                .then()
                .statusCode(403);
        as(clinic.admin()).get(SESSIONS, clinic.pat().id()).then().statusCode(403);
        assertEquals(1, rows("exercise_session", clinic.pat().id()));
    }

    @Test
    void aRangeIncludesItsStartAndExcludesItsEndSoWeeksNeverShareASession() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Weeks"));
        Instant monday = Instant.parse("2026-11-23T00:00:00Z");
        Instant at = Instant.now().minusSeconds(2 * 86400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Fixtures.pastSession(pat.id(), at, 3);
        as(pat.person())
                .queryParam("from", at.toString())
                .queryParam("to", at.plusSeconds(3600).toString())
                .get(SESSIONS, pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        as(pat.person())
                .queryParam("from", at.minusSeconds(3600).toString())
                .queryParam("to", at.toString())
                .get(SESSIONS, pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(pat.person())
                .queryParam("from", monday.toString())
                .queryParam("to", monday.minusSeconds(1).toString())
                .get(SESSIONS, pat.id())
                .then()
                .statusCode(400);
    }

    @Test
    void anUnknownSessionIsNotFound() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Unknown Session"));
        as(pat.person())
                .get(SESSIONS + "/{sessionId}", pat.id(), UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
