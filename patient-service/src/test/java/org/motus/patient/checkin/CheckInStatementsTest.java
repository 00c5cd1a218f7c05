package org.motus.patient.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

/**
 * What storing one check-in costs the database (issue 18: the ingest benchmark, 200 patients each
 * posting a new check-in). Counted with Hibernate's statistics, with the background jobs off so only
 * the request's own statements count; a count that grows back fails here, not in the benchmark.
 */
@QuarkusTest
@TestProfile(CheckInStatementsTest.Counted.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CheckInStatementsTest {

    private static final String CHECK_INS = "/api/v1/patients/{id}/check-ins";

    public static class Counted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.hibernate-orm.statistics", "true",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    private static Statistics statistics() {
        return Panache.getEntityManager()
                .getEntityManagerFactory()
                .unwrap(SessionFactory.class)
                .getStatistics();
    }

    /** A patient some weeks into the programme, with a baseline and resting readings this week. */
    private static Enrolled patientWithHistory(String name) {
        Enrolled pat = Fixtures.enrol(Tokens.patient(name));
        Fixtures.setBaselineAndFrequency(pat.id(), 5, 3);
        Instant now = Instant.now();
        Fixtures.pastCheckIn(pat.id(), "DAILY", 5, now.minusSeconds(30 * 24 * 3600));
        for (int day = 1; day <= 5; day++) {
            Fixtures.pastCheckIn(pat.id(), "DAILY", 4, now.minusSeconds(day * 24 * 3600L));
        }
        return pat;
    }

    private static long statementsFor(Enrolled pat, Map<String, Object> body, int status) {
        Statistics statistics = statistics();
        statistics.clear();
        as(pat.person())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(status);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aNewDailyCheckInCostsItsStatementsAndNoMore() {
        Enrolled warm = patientWithHistory("Counted Warm");
        statementsFor(warm, checkIn("DAILY", 4), 201); // the first call prepares more
        Enrolled pat = patientWithHistory("Counted Daily");

        long statements = statementsFor(pat, checkIn("DAILY", 4), 201);
        // The patient; its lock; the earlier check-in under the key or with the same content; the insert; the
        // resting pain of the last 7 days and this week with the first data (rule 17's flags); the audit row.
        // Issue 18: 12 before (each look twice, the week's check-ins, the first data in two queries, this week's
        // check-ins once more).
        assertEquals(6, statements, "statements for one new DAILY check-in");
    }

    @Test
    void aNewFollowUpCostsItsStatementsAndNoMore() {
        Enrolled warm = patientWithHistory("Counted Warm Follow-up");
        statementsFor(warm, checkIn("FOLLOW_UP", 3, Fixtures.logSessionReadyForFollowUp(warm, 3, 4, 4)), 201);
        Enrolled pat = patientWithHistory("Counted Follow-up");
        UUID session = Fixtures.logSessionReadyForFollowUp(pat, 3, 4, 4);

        long statements = statementsFor(pat, checkIn("FOLLOW_UP", 3, session), 201);
        // The patient; its lock; the earlier check-in; the session with its items; whether it has a follow-up; the
        // insert; its reminders cancelled; the session's readings; the ceiling flag (pain during 4/10); the audit row.
        // Issue 18: 15 before (each look twice, the session read twice, its items in a query of their own).
        assertEquals(10, statements, "statements for one new FOLLOW_UP check-in");
    }
}
