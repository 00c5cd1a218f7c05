package org.motus.patient.prom;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PromResourceTest {

    private static final String PROMS = "/api/v1/patients/{id}/proms";

    static Map<String, Object> item(String name, Object value) {
        Map<String, Object> item = new HashMap<>();
        item.put("item", name);
        item.put("value", value);
        return item;
    }

    static Map<String, Object> psfs(Object... values) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            items.add(item("activity " + (i + 1), values[i]));
        }
        return Map.of("instrument", "PSFS", "items", items);
    }

    static Map<String, Object> peg(Object pain, Object enjoyment, Object activity) {
        return Map.of(
                "instrument",
                "PEG_3",
                "items",
                List.of(item("pain", pain), item("enjoyment", enjoyment), item("activity", activity)));
    }

    private static long responses(UUID patientId) {
        return Fixtures.count("select count(*) from prom_response where patient_id = ?1", patientId);
    }

    @Test
    void aPsfsIsScoredAsTheMeanOfItsActivitiesAndStoredWithItsAnswers() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Psfs"));
        as(pat.person())
                .body(Map.of(
                        "instrument",
                        "PSFS",
                        "items",
                        List.of(item("Climb stairs", 3), item("Walk 30 minutes", 5), item("Lift a child", 4))))
                .post(PROMS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("instrument", equalTo("PSFS"))
                .body("score", equalTo(4.0f))
                .body("items", hasSize(3))
                .body("items[1].item", equalTo("Walk 30 minutes"))
                .body("items[1].value", equalTo(5));
        as(pat.person())
                .get(PROMS, pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].score", equalTo(4.0f));
    }

    @Test
    void anUnansweredItemIsRefusedWith422AndNothingIsStored() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Missing"));
        as(pat.person())
                .body(peg(5, null, 6))
                .post(PROMS, pat.id())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", startsWith("'enjoyment' is unanswered"));
        as(pat.person()).body(psfs(4, 4)).post(PROMS, pat.id()).then().statusCode(422);
        assertEquals(0, responses(pat.id()));
    }

    @Test
    void malformedInputIsRefusedWith400() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Malformed"));
        as(pat.person()).body(peg(11, 0, 0)).post(PROMS, pat.id()).then().statusCode(400);
        as(pat.person())
                .body(Map.of("instrument", "PROMIS_PI_4A", "items", List.of(item("x", 1))))
                .post(PROMS, pat.id())
                .then()
                .statusCode(400);
        as(pat.person())
                .body(Map.of("instrument", "PSFS", "items", List.of()))
                .post(PROMS, pat.id())
                .then()
                .statusCode(400);
        as(pat.person())
                .body(Map.of(
                        "instrument",
                        "PEG_3",
                        "items",
                        List.of(item("pain", 1), item("enjoyment", 1), item("activity", 1)),
                        "answeredAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post(PROMS, pat.id())
                .then()
                .statusCode(400);
        assertEquals(0, responses(pat.id()));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresOneResponseAndADifferentBodyIsAConflict() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Retry Prom"));
        String key = UUID.randomUUID().toString();
        String first = as(pat.person())
                .header("Idempotency-Key", key)
                .body(peg(6, 7, 5))
                .post(PROMS, pat.id())
                .then()
                .statusCode(201)
                .body("score", equalTo(6.0f))
                .extract()
                .path("id");
        as(pat.person())
                .header("Idempotency-Key", key)
                .body(peg(6, 7, 5))
                .post(PROMS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as(pat.person())
                .header("Idempotency-Key", key)
                .body(peg(1, 1, 1))
                .post(PROMS, pat.id())
                .then()
                .statusCode(409);
        assertEquals(1, responses(pat.id()));
    }

    @Test
    void bothInstrumentsAreDueAtBaselineAndAnAnsweredOneIsNotDueForTwoWeeks() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Due"));
        as(pat.person())
                .get(PROMS + "/due", pat.id())
                .then()
                .statusCode(200)
                .body("instrument", equalTo(List.of("PSFS", "PEG_3")))
                .body("reason", equalTo(List.of("BASELINE", "BASELINE")));
        as(pat.person()).body(peg(6, 7, 5)).post(PROMS, pat.id()).then().statusCode(201);
        as(pat.person())
                .get(PROMS + "/due", pat.id())
                .then()
                .statusCode(200)
                .body("instrument", equalTo(List.of("PSFS")));
    }

    @Test
    void aPegAnsweredFifteenDaysAgoIsDueAgainAsAFollowUp() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Follow Up Prom"));
        Instant fifteenDaysAgo = Instant.now().minus(15, ChronoUnit.DAYS);
        Fixtures.sql(
                "insert into prom_response (id, patient_id, instrument, score, answered_at) values (?1, ?2, 'PEG_3', 5, ?3)",
                UUID.randomUUID(),
                pat.id(),
                fifteenDaysAgo);
        as(pat.person())
                .get(PROMS + "/due", pat.id())
                .then()
                .statusCode(200)
                .body("find { it.instrument == 'PEG_3' }.reason", equalTo("FOLLOW_UP"));
    }

    @Test
    void theSummaryGivesBaselineLatestAndWhetherTheChangeReachesTheMcid() {
        Clinic clinic = Fixtures.clinic();
        Enrolled pat = clinic.pat();
        Instant threeWeeksAgo = Instant.now().minus(21, ChronoUnit.DAYS);
        Fixtures.sql(
                "insert into prom_response (id, patient_id, instrument, score, answered_at) values (?1, ?2, 'PSFS', 3, ?3)",
                UUID.randomUUID(),
                pat.id(),
                threeWeeksAgo);
        as(pat.person()).body(psfs(5, 6, 5)).post(PROMS, pat.id()).then().statusCode(201);
        as(clinic.tess())
                .get(PROMS + "/summary", pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].instrument", equalTo("PSFS"))
                .body("[0].baseline", equalTo(3.0f))
                .body("[0].latest", equalTo(5.33f))
                .body("[0].change", equalTo(2.33f))
                .body("[0].mcid", equalTo(2))
                .body("[0].meaning", equalTo("IMPROVED"))
                .body("[0].responses", equalTo(2));
        as(clinic.tess())
                .queryParam("instrument", "PSFS")
                .get(PROMS, pat.id())
                .then()
                .statusCode(200)
                .body("score", equalTo(List.of(3.0f, 5.33f)));
    }

    @Test
    void anotherPatientAndATherapistOutsideTheCaseloadGet404AndAreAuditedAsDenied() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        as(clinic.paula().person()).body(peg(1, 1, 1)).post(PROMS, pat).then().statusCode(404);
        as(clinic.paula().person()).get(PROMS, pat).then().statusCode(404);
        as(clinic.stranger()).get(PROMS + "/summary", pat).then().statusCode(404);
        as(clinic.tess()).body(peg(1, 1, 1)).post(PROMS, pat).then().statusCode(403);
        as(clinic.admin()).get(PROMS, pat).then().statusCode(403);
        assertEquals(0, responses(pat));
        assertEquals(1, Fixtures.auditRows(pat, clinic.paula().person().subject(), "RECORD_PROM", "DENIED"));
    }
}
