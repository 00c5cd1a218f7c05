package org.motus.patient.discharge;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DischargeSummaryResourceTest {

    private static final String SUMMARY = "/api/v1/patients/{id}/discharge-summary";

    private static Instant daysAgoAtNoon(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void theSummaryJudgesTheLastWeekOfRestingPainAgainstTheBaselineAndCountsTheEpisode() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        Fixtures.setBaselineAndFrequency(pat, 6, 3);
        Fixtures.sql("update patient set goals = 'Walk the dog' where id = ?1", pat);
        for (int day = 21; day >= 9; day--) {
            Fixtures.pastCheckIn(pat, "DAILY", 6, daysAgoAtNoon(day));
        }
        // The last 7 days with data (days 7 to 1 ago): seven 2s and the two sessions' before-readings of 3.
        for (int day = 7; day >= 1; day--) {
            Fixtures.pastCheckIn(pat, "DAILY", 2, daysAgoAtNoon(day).minusSeconds(3600));
        }
        Fixtures.pastCheckIn(pat, "AFTER", 9, daysAgoAtNoon(1)); // not resting: never in the pain outcome
        Fixtures.pastSession(pat, daysAgoAtNoon(3), 3); // its BEFORE reading (3) is resting and counts
        Fixtures.pastSession(pat, daysAgoAtNoon(2), 3);

        as(clinic.tess())
                .get(SUMMARY, pat)
                .then()
                .statusCode(200)
                .body("interim", equalTo(true))
                .body("goals", equalTo("Walk the dog"))
                .body("careEnded", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("pain.baselinePain", equalTo(6))
                .body("pain.endReadings", equalTo(9))
                .body("pain.endMeanPain", equalTo(2.2f))
                .body("pain.meaning", equalTo("TARGET_REACHED"))
                .body("adherence.sessions", equalTo(2))
                .body("adherence.prescribedSessionsPerWeek", equalTo(3))
                .body("flags.raised", hasSize(0))
                .body("dischargedAt", nullValue());
    }

    @Test
    void afterDischargeTheSummaryEndsOnTheDischargeDayAndListsTheEpisodesFlags() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        Fixtures.setBaselineAndFrequency(pat, 4, null);
        Fixtures.pastCheckIn(pat, "DAILY", 7, daysAgoAtNoon(2));
        Fixtures.sql(
                "insert into flag (id, patient_id, severity, red_flags, kind, detail, raised_at) values (?1, ?2, 'URGENT', 'CHEST_SYMPTOMS', 'RED_FLAG', 'Chest pain.', ?3)",
                UUID.randomUUID(),
                pat,
                daysAgoAtNoon(2));
        as(clinic.tess())
                .body(Map.of("note", "Moved away."))
                .post("/api/v1/patients/{id}/discharge", pat)
                .then()
                .statusCode(200);

        as(clinic.pat().person())
                .get(SUMMARY, pat)
                .then()
                .statusCode(200)
                .body("interim", equalTo(false))
                .body("dischargeNote", equalTo("Moved away."))
                .body("pain.meaning", equalTo("WORSENED"))
                .body("pain.changePoints", equalTo(3.0f))
                .body("adherence.weeksPrescriptionMet", nullValue())
                .body("flags.urgent", equalTo(1))
                .body("flags.stillOpen", equalTo(1))
                .body("flags.raised[0].kind", equalTo("RED_FLAG"));
    }

    @Test
    void onlyThePatientAndTheTreatingTherapistReadItAndEachReadIsAudited() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();

        as(clinic.paula().person()).get(SUMMARY, pat).then().statusCode(404);
        as(clinic.stranger()).get(SUMMARY, pat).then().statusCode(404);
        as(clinic.admin()).get(SUMMARY, pat).then().statusCode(403).contentType("application/problem+json");
        as(clinic.paula().person()).get(SUMMARY, UUID.randomUUID()).then().statusCode(404);
        as(clinic.pat().person())
                .get("/api/v1/patients/not-a-uuid/discharge-summary")
                .then()
                .statusCode(404);

        as(clinic.pat().person()).get(SUMMARY, pat).then().statusCode(200);
        assertEquals(1, Fixtures.auditRows(pat, clinic.pat().person().subject(), "READ_DISCHARGE_SUMMARY", "SUCCESS"));
        assertEquals(1, Fixtures.auditRows(pat, clinic.paula().person().subject(), "READ_DISCHARGE_SUMMARY", "DENIED"));
    }
}
