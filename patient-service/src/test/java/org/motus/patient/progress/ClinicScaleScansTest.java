package org.motus.patient.progress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens.Person;

/**
 * A clinic's volume of data (issue 18 item 3): bench/data.sql's 200 patients with a year of daily
 * check-ins and sessions each and one with two years (about 158,000 check-ins and 42,000 sessions),
 * all on one therapist's caseload. Reading the caseload, and the progress, adherence, check-ins and
 * sessions of the two-year patient, and storing check-ins for that patient, must not scan a large
 * table from end to end: PostgreSQL's own counters ({@code pg_stat_user_tables.seq_scan}) are
 * compared before and after. A plan that falls
 * back to a sequential scan (a missing index, a query that defeats one) fails here, long before a
 * clinic feels it. The timings are for bench/, not for a test.
 */
@QuarkusTest
@TestProfile(ClinicScaleScansTest.Quiet.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ClinicScaleScansTest {

    /** No background jobs: only the reads under test touch the tables. */
    public static class Quiet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    /** The therapist bench/data.sql puts every generated patient with (the demo's tess). */
    static final Person TESS = new Person("7e5a0c1e-0000-4000-8000-000000000001", "Tess Therapist", "therapist");

    /** Longer than PostgreSQL's 10 s idle interval for reporting table counters. */
    static final Duration SETTLED = Duration.ofSeconds(11);

    static final List<String> LARGE_TABLES = List.of("check_in", "exercise_session", "session_item");

    @Inject
    DataSource database;

    @Test
    void aCaseloadOf200AndTwoYearsOfOnePatientAreReadWithoutScanningALargeTable() throws Exception {
        load();
        try {
            readWithoutScans();
        } finally {
            run(Files.readString(Path.of("..", "bench", "clean.sql"))); // the other tests share the database
        }
    }

    private void readWithoutScans() throws SQLException {
        UUID twoYears = UUID.fromString(single("select id::text from patient where subject = 'bench-patient-2y'"));
        assertTrue(
                Long.parseLong(single("select count(*) from check_in")) > 100_000,
                "bench/data.sql made a clinic's volume");
        Map<String, Long> before = settledScans();

        as(TESS).get("/api/v1/caseload").then().statusCode(200);
        for (String read : List.of("progress", "adherence", "check-ins", "sessions")) {
            as(TESS).get("/api/v1/patients/{id}/" + read, twoYears).then().statusCode(200);
        }
        // Storing check-ins reads too (the duplicate look-up, the flag rules' week and first data). A connection of
        // the pool prepares a statement on the server from its 5th run, and PostgreSQL may then run a cached generic
        // plan: enough of them that both kinds of plan are used.
        Person twoYearPatient = new Person("bench-patient-2y", "Bench Two Years", "patient");
        Instant first = Instant.now().minus(Duration.ofHours(1));
        for (int n = 0; n < 40; n++) {
            as(twoYearPatient)
                    .header("Idempotency-Key", "scans-" + n)
                    .body(Fixtures.with(
                            Fixtures.checkIn("DAILY", n % 4),
                            "occurredAt",
                            first.plusSeconds(n).toString()))
                    .post("/api/v1/patients/{id}/check-ins", twoYears)
                    .then()
                    .statusCode(201);
        }

        Map<String, Long> after = settledScans();
        Map<String, Long> scans = new TreeMap<>();
        LARGE_TABLES.forEach(table -> scans.put(table, after.get(table) - before.get(table)));
        System.out.printf("[scans] sequential scans during the reads: %s%n", scans);
        assertEquals(
                LARGE_TABLES.stream().collect(Collectors.toMap(t -> t, t -> 0L, (a, b) -> a, TreeMap::new)),
                scans,
                "sequential scans of large tables while reading (see EXPLAIN of the reads' queries)");
    }

    /** bench/data.sql as psql would run it, without its psql commands (the clean-up it includes runs first). */
    private void load() throws IOException, SQLException {
        Path bench = Path.of("..", "bench");
        run(Files.readString(bench.resolve("clean.sql")));
        run(Files.readString(bench.resolve("data.sql"))
                .lines()
                .filter(line -> !line.startsWith("\\"))
                .collect(Collectors.joining("\n")));
    }

    /** Runs SQL of the test's own and has its counters reported at once, apart from the reads'. */
    private void run(String script) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(script);
            statement.execute("select pg_stat_force_next_flush()");
        }
    }

    private String single(String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            String value;
            try (ResultSet row = statement.executeQuery(query)) {
                row.next();
                value = row.getString(1);
            }
            statement.execute("select pg_stat_force_next_flush()");
            return value;
        }
    }

    /**
     * The tables' sequential-scan counters once every backend has reported. A backend that reported
     * less than a second ago holds its counts back for up to 10 s of idleness (PostgreSQL's
     * PGSTAT_IDLE_INTERVAL), so the counters are read until they have not moved for 11 s.
     */
    private Map<String, Long> settledScans() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        AtomicLong stableSince = new AtomicLong(System.nanoTime());
        await().pollInterval(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(90))
                .until(() -> {
                    Map<String, Long> now = scans();
                    if (!now.equals(last.getAndSet(now))) {
                        stableSince.set(System.nanoTime());
                    }
                    return System.nanoTime() - stableSince.get() >= SETTLED.toNanos();
                });
        return last.get();
    }

    private Map<String, Long> scans() throws SQLException {
        Map<String, Long> scans = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rows = statement.executeQuery(
                    "select relname, seq_scan from pg_stat_user_tables where relname in ('check_in',"
                            + " 'exercise_session', 'session_item')")) {
                while (rows.next()) {
                    scans.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return scans;
    }
}
