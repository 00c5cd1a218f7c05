package org.motus.patient.careteam;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * The caseload's database work does not grow with its patients beyond their audit rows (issue 18:
 * a caseload of 200). Counted with Hibernate's statistics, with the background jobs off so only the
 * caseload's own statements count.
 */
@QuarkusTest
@TestProfile(CaseloadQueriesTest.Counted.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CaseloadQueriesTest {

    public static class Counted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true", "quarkus.scheduler.enabled", "false");
        }
    }

    private static Person therapistWith(int patients) {
        Person therapist = Tokens.therapist("Counted " + patients);
        for (int i = 0; i < patients; i++) {
            Enrolled patient = Fixtures.enrol(Tokens.patient("Counted Patient " + patients + "-" + i));
            Fixtures.assign(patient.id(), therapist);
            Fixtures.remoteMonitoringConsentSince(patient.id(), Instant.now().minusSeconds(3 * 24 * 3600));
            Fixtures.pastCheckIn(patient.id(), "DAILY", 4, Instant.now().minusSeconds(3600));
            Fixtures.logSession(patient, 3, 5, 4); // a session, its readings and a ceiling flag
        }
        return therapist;
    }

    private static long statementsFor(Person therapist, int patients) {
        Statistics statistics = Panache.getEntityManager()
                .getEntityManagerFactory()
                .unwrap(SessionFactory.class)
                .getStatistics();
        as(therapist).get("/api/v1/caseload").then().statusCode(200); // warm: the first call prepares more
        statistics.clear();
        as(therapist).get("/api/v1/caseload").then().statusCode(200).body("$", hasSize(patients));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void tenMorePatientsCostTheirAuditRowsAndNoMoreQueries() {
        Person small = therapistWith(5);
        Person large = therapistWith(15);

        long five = statementsFor(small, 5);
        long fifteen = statementsFor(large, 15);
        double perPatient = (fifteen - five) / 10.0;
        System.out.printf(
                "[caseload] statements: 5 patients %d, 15 patients %d, %.1f per extra patient%n",
                five, fifteen, perPatient);
        // One audit row per shown patient is the only per-patient statement left.
        assertTrue(perPatient <= 1.0, () -> "per extra patient: " + perPatient + " (" + five + " -> " + fifteen + ")");
        assertTrue(five <= 5 + 12, () -> "statements for 5 patients: " + five);
    }
}
