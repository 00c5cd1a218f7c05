package org.motus.patient.progress;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.rules.Weeks;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProgressResourceTest {

    private static final String ADHERENCE = "/api/v1/patients/{id}/adherence";
    private static final String PROGRESS = "/api/v1/patients/{id}/progress";

    private static Instant thisMonday() {
        return Weeks.startOf(LocalDate.now(ZoneOffset.UTC))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }

    private static Instant daysAgoAtNoon(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void sixteenDaysWithDataInThirtyReachTheRemoteMonitoringThreshold() {
        Enrolled sixteen = Fixtures.enrol(Tokens.patient("Pat Sixteen"));
        Enrolled fifteen = Fixtures.enrol(Tokens.patient("Pat Fifteen"));
        Fixtures.remoteMonitoringConsentSince(sixteen.id(), daysAgoAtNoon(40));
        Fixtures.remoteMonitoringConsentSince(fifteen.id(), daysAgoAtNoon(40));
        for (int day = 1; day <= 16; day++) {
            Fixtures.pastCheckIn(sixteen.id(), "DAILY", 4, daysAgoAtNoon(day));
            Fixtures.pastCheckIn(sixteen.id(), "DAILY", 5, daysAgoAtNoon(day).plusSeconds(60)); // same day counts once
            if (day <= 15) {
                Fixtures.pastCheckIn(fifteen.id(), "DAILY", 4, daysAgoAtNoon(day));
            }
        }
        Fixtures.pastCheckIn(fifteen.id(), "DAILY", 4, daysAgoAtNoon(30)); // just outside the window

        as(sixteen.person())
                .get(ADHERENCE, sixteen.id())
                .then()
                .statusCode(200)
                .body("last30Days.daysWithData", equalTo(16))
                .body("last30Days.thresholdDays", equalTo(16))
                .body("last30Days.reachesThreshold", equalTo(true));
        as(fifteen.person())
                .get(ADHERENCE, fifteen.id())
                .then()
                .statusCode(200)
                .body("last30Days.daysWithData", equalTo(15))
                .body("last30Days.reachesThreshold", equalTo(false));
    }

    @Test
    void daysRecordedWithoutRemoteMonitoringConsentDoNotCount() {
        Enrolled none = Fixtures.enrol(Tokens.patient("Pat No Consent"));
        Enrolled late = Fixtures.enrol(Tokens.patient("Pat Late Consent"));
        for (int day = 1; day <= 20; day++) {
            Fixtures.pastCheckIn(none.id(), "DAILY", 4, daysAgoAtNoon(day));
            Fixtures.pastCheckIn(late.id(), "DAILY", 4, daysAgoAtNoon(day));
        }
        Fixtures.remoteMonitoringConsentSince(late.id(), daysAgoAtNoon(10)); // days 10 to 1 count

        as(none.person())
                .get(ADHERENCE, none.id())
                .then()
                .statusCode(200)
                .body("last30Days.daysWithData", equalTo(0))
                .body("last30Days.reachesThreshold", equalTo(false));
        as(late.person())
                .get(ADHERENCE, late.id())
                .then()
                .statusCode(200)
                .body("last30Days.daysWithData", equalTo(10))
                .body("last30Days.reachesThreshold", equalTo(false));

        // Withdrawn through the API: what is recorded afterwards no longer counts.
        as(late.person())
                .body(Fixtures.consent("REMOTE_MONITORING", false))
                .post("/api/v1/patients/{id}/consents", late.id())
                .then()
                .statusCode(201);
        Fixtures.pastCheckIn(late.id(), "DAILY", 4, java.time.Instant.now());
        as(late.person()).get(ADHERENCE, late.id()).then().body("last30Days.daysWithData", equalTo(10));
    }

    @Test
    void weeklySessionsAreComparedWithThePrescribedFrequency() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Adherent"));
        Fixtures.setBaselineAndFrequency(pat.id(), 6, 3);
        Instant lastMonday = thisMonday().minusSeconds(7 * 86400);
        for (int day : new int[] {0, 2, 4}) {
            Fixtures.pastSession(pat.id(), lastMonday.plusSeconds(day * 86400L + 3600), 4);
        }
        Fixtures.pastSession(pat.id(), thisMonday(), 4);

        as(pat.person())
                .queryParam("weeks", 3)
                .get(ADHERENCE, pat.id())
                .then()
                .statusCode(200)
                .body("prescribedSessionsPerWeek", equalTo(3))
                .body("weeks", hasSize(3))
                .body("weeks.sessions", contains(0, 3, 1))
                .body("weeks.met", contains(false, true, false))
                .body("weeks.percent", contains(0, 100, 33))
                .body(
                        "weeks[1].weekStart",
                        equalTo(LocalDate.ofInstant(lastMonday, ZoneOffset.UTC).toString()));
    }

    @Test
    void weeklyMeanRestingPainIsComparedWithTheBaselineAndTheExpectedCourse() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Improving"));
        Fixtures.setBaselineAndFrequency(pat.id(), 6, 3);
        Instant week1 = thisMonday().minusSeconds(14 * 86400L);
        Instant week2 = thisMonday().minusSeconds(7 * 86400L);
        Fixtures.pastCheckIn(pat.id(), "DAILY", 6, week1.plusSeconds(3600));
        Fixtures.pastCheckIn(pat.id(), "BEFORE", 6, week1.plusSeconds(86400));
        Fixtures.pastCheckIn(pat.id(), "DAILY", 5, week2.plusSeconds(3600));
        Fixtures.pastCheckIn(pat.id(), "DAILY", 4, week2.plusSeconds(2 * 86400));
        Fixtures.pastCheckIn(pat.id(), "DURING", 9, week2.plusSeconds(2 * 86400)); // activity pain is not resting pain
        Fixtures.pastCheckIn(pat.id(), "DAILY", 3, thisMonday());

        as(pat.person())
                .get(PROGRESS, pat.id())
                .then()
                .statusCode(200)
                .body("baselinePain", equalTo(6))
                .body(
                        "programmeStart",
                        equalTo(LocalDate.ofInstant(week1, ZoneOffset.UTC).toString()))
                .body("weeks.weekNumber", contains(1, 2, 3))
                .body("weeks.meanPain", contains(6.0f, 4.5f, 3.0f))
                .body("weeks.reductionPercent", contains(0.0f, 25.0f, 50.0f))
                .body("weeks.course", contains("TOO_EARLY", "ON_TRACK", "ON_TRACK"))
                .body("expectedCourse.firstImprovementFromWeek", equalTo(2))
                .body("expectedCourse.firstImprovementByWeek", equalTo(4))
                .body("expectedCourse.targetReductionLowPercent", equalTo(50))
                .body("expectedCourse.targetReductionHighPercent", equalTo(75))
                .body("expectedCourse.targetByWeek", equalTo(8));
    }

    @Test
    void aPatientWithoutDataHasEmptySeries() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat New"));
        as(pat.person()).get(PROGRESS, pat.id()).then().statusCode(200).body("weeks", hasSize(0));
        as(pat.person())
                .get(ADHERENCE, pat.id())
                .then()
                .statusCode(200)
                .body("weeks", hasSize(8))
                .body("last30Days.daysWithData", equalTo(0))
                .body("prescribedSessionsPerWeek", equalTo(null));
    }
}
