package org.motus.patient.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Tokens.Person;

/** The launcher's demo data (MOTUS_DEMO_DATA=true) applies to a fresh database and gives the charts data. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motus.demo-data", "true");
        }
    }

    // The demo users of the Keycloak realm (patient-service's README).
    static final Person TESS = new Person("7e5a0c1e-0000-4000-8000-000000000001", "Tess Therapist", "therapist");
    static final Person PAT = new Person("7e5a0c1e-0000-4000-8000-000000000002", "Pat Patient", "patient");
    static final Person PAULA = new Person("7e5a0c1e-0000-4000-8000-000000000003", "Paula Patient", "patient");
    static final Person ADAM = new Person("7e5a0c1e-0000-4000-8000-000000000004", "Adam Admin", "admin");
    static final String PAT_ID = "0a7e0000-0000-4000-8000-000000000002";
    static final String PAULA_ID = "0a7e0000-0000-4000-8000-000000000003";

    @Test
    void patSignsInToTheDemoRecord() {
        as(PAT).get("/api/v1/patients/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(PAT_ID))
                .body("conditions", hasItems("LOW_BACK", "SCIATICA"))
                .body("baselinePain", equalTo(6))
                .body("prescribedSessionsPerWeek", equalTo(4));
        as(PAULA).get("/api/v1/patients/me").then().statusCode(200).body("id", equalTo(PAULA_ID));
    }

    /** The demo patients go straight to their screens: both consents accepted on the texts in force, hashes and all. */
    @Test
    void patAndPaulaHaveAcceptedTheConsentTextsInForce() {
        List<String> hashes =
                as(PAT).get("/api/v1/consent-texts").then().extract().path("sha256");
        for (var patient : List.of(Map.entry(PAT, PAT_ID), Map.entry(PAULA, PAULA_ID))) {
            as(patient.getKey())
                    .get("/api/v1/patients/{id}/consents", patient.getValue())
                    .then()
                    .statusCode(200)
                    .body("decisionNeeded", equalTo(false))
                    .body("consents.granted", equalTo(List.of(true, true)))
                    .body("history.textSha256", hasItems(hashes.toArray(new String[0])));
        }
    }

    @Test
    void tessTreatsPatAndNotPaula() {
        as(TESS).get("/api/v1/caseload")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].patientId", equalTo(PAT_ID))
                .body("[0].openFlags", equalTo(1))
                .body("[0].adherence.daysWithDataLast30", greaterThanOrEqualTo(16))
                .body("[0].adherence.reachesRemoteMonitoringThreshold", equalTo(true));
        as(TESS).get("/api/v1/patients/{id}", PAULA_ID).then().statusCode(404);
        as(PAULA).get("/api/v1/patients/{id}", PAT_ID).then().statusCode(404);
        as(ADAM).get("/api/v1/patients/directory").then().statusCode(200).body("items.id", hasItems(PAT_ID, PAULA_ID));
    }

    @Test
    void patsHistoryFillsTheCharts() {
        List<Float> means = as(PAT).get("/api/v1/patients/{id}/progress", PAT_ID)
                .then()
                .statusCode(200)
                .body("weeks.size()", greaterThanOrEqualTo(5))
                .extract()
                .path("weeks.meanPain");
        List<Float> weeksWithData =
                means.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(weeksWithData.get(0), greaterThanOrEqualTo(5.0f));
        assertThat(weeksWithData.get(weeksWithData.size() - 1), lessThan(4.5f));
        as(PAT).get("/api/v1/patients/{id}/adherence", PAT_ID)
                .then()
                .statusCode(200)
                .body("weeks[-2].sessions", greaterThanOrEqualTo(3));
        List<String> outcomes = as(TESS).queryParam(
                        "from", java.time.Instant.now().minusSeconds(40 * 86400).toString())
                .get("/api/v1/patients/{id}/sessions", PAT_ID)
                .then()
                .statusCode(200)
                .body("$.size()", greaterThanOrEqualTo(15))
                .extract()
                .path("twoHourRule");
        org.junit.jupiter.api.Assertions.assertTrue(
                outcomes.containsAll(List.of("BACK_TO_BASELINE", "NOT_BACK", "FOLLOW_UP_MISSING")),
                outcomes.toString());
    }
}
