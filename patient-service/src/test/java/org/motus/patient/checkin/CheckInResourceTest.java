package org.motus.patient.checkin;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.checkIn;
import static org.motus.patient.testing.Fixtures.rows;
import static org.motus.patient.testing.Fixtures.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CheckInResourceTest {

    private static final String CHECK_INS = "/api/v1/patients/{id}/check-ins";

    @Test
    void aDailyCheckInIsStoredAtServerTime() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Daily"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        as(pat.person())
                .body(with(checkIn("DAILY", 4), "note", "Slept badly."))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("kind", equalTo("DAILY"))
                .body("pain", equalTo(4))
                .body("note", equalTo("Slept badly."))
                .body("patientId", equalTo(pat.idText()))
                .body("occurredAt", notNullValue());
        as(pat.person())
                .queryParam("from", before.minusSeconds(5).toString())
                .get(CHECK_INS, pat.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].pain", equalTo(4));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresOneRowAndRepeatsTheFirstResult() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Retry"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = checkIn("DAILY", 5);
        String first = as(pat.person())
                .header("Idempotency-Key", key)
                .body(body)
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .extract()
                .path("id");
        String second = as(pat.person())
                .header("Idempotency-Key", key)
                .body(body)
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");
        assertEquals(first, second);
        assertEquals(1, rows("check_in", pat.id()));
    }

    @Test
    void theSameKeyForADifferentCheckInIsAConflict() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Reuse"));
        String key = UUID.randomUUID().toString();
        as(pat.person())
                .header("Idempotency-Key", key)
                .body(checkIn("DAILY", 5))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201);
        as(pat.person())
                .header("Idempotency-Key", key)
                .body(checkIn("DAILY", 6))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:conflict"));
        assertEquals(1, rows("check_in", pat.id()));
    }

    @Test
    void keysAreUniquePerPatientNotAcrossPatients() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Key"));
        Enrolled paula = Fixtures.enrol(Tokens.patient("Paula Key"));
        String key = UUID.randomUUID().toString();
        as(pat.person())
                .header("Idempotency-Key", key)
                .body(checkIn("DAILY", 2))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201);
        as(paula.person())
                .header("Idempotency-Key", key)
                .body(checkIn("DAILY", 2))
                .post(CHECK_INS, paula.id())
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false");
    }

    @Test
    void twoThreadsPostingCheckInsAtOnceLoseNothing() throws Exception {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Two Tabs"));
        int perThread = 10;
        List<Callable<List<String>>> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 2; t++) {
            int thread = t;
            threads.add(() -> {
                start.await(10, TimeUnit.SECONDS);
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    ids.add(as(pat.person())
                            .header("Idempotency-Key", "thread-" + thread + "-" + i)
                            // Each one different: identical check-ins within a minute are one (issue 19).
                            .body(Fixtures.with(
                                    checkIn("DAILY", (thread + i) % 11), "note", "thread " + thread + " #" + i))
                            .post(CHECK_INS, pat.id())
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
                }
                return ids;
            });
        }
        Set<String> ids = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (Callable<List<String>> thread : threads) {
                results.add(pool.submit(thread));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                ids.addAll(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2 * perThread, ids.size());
        assertEquals(2L * perThread, rows("check_in", pat.id()));
    }

    @Test
    void twoThreadsRetryingTheSameKeyAtOnceStoreOneRow() throws Exception {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Double Tap"));
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> post = () -> {
            start.await(10, TimeUnit.SECONDS);
            return as(pat.person())
                    .header("Idempotency-Key", key)
                    .body(checkIn("DAILY", 3))
                    .post(CHECK_INS, pat.id())
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(post));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<String> result : results) {
                ids.add(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows("check_in", pat.id()));
    }

    @Test
    void anOfflineCheckInKeepsTheTimeItHappened() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Offline"));
        Instant sixDaysAgo = Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        as(pat.person())
                .body(with(checkIn("DAILY", 6), "occurredAt", sixDaysAgo.toString()))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201)
                .body("occurredAt", equalTo(sixDaysAgo.toString()));
    }

    @Test
    void aTimeInTheFutureOrOlderThanSevenDaysIsRefusedAndNothingStored() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Clock"));
        for (Instant at :
                List.of(Instant.now().plus(1, ChronoUnit.HOURS), Instant.now().minus(8, ChronoUnit.DAYS))) {
            as(pat.person())
                    .body(with(checkIn("DAILY", 6), "occurredAt", at.toString()))
                    .post(CHECK_INS, pat.id())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("occurredAt"));
        }
        assertEquals(0, rows("check_in", pat.id()));
    }

    @Test
    void aSecondFollowUpForTheSameSessionIsAConflict() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Twice"));
        UUID session = Fixtures.logSessionReadyForFollowUp(pat, 3, 3, 3);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(201);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 2, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(4, rows("check_in", pat.id()));
    }

    @Test
    void racingIdenticalFollowUpsForOneSessionStoreOneAndAnswerTheRestWithIt() throws Exception {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Racing"));
        UUID session = Fixtures.logSessionReadyForFollowUp(pat, 3, 3, 3);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> post = () -> {
            start.await(10, TimeUnit.SECONDS);
            return as(pat.person())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(checkIn("FOLLOW_UP", 3, session))
                    .post(CHECK_INS, pat.id())
                    .statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // Sent again under new keys, the same follow-up is the first one (issue 19: 200, Duplicate-Of).
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(
                1,
                Fixtures.count("select count(*) from check_in where session_id = ?1 and kind = 'FOLLOW_UP'", session));
        // Another answer for the same session's follow-up is still a conflict.
        as(pat.person())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(checkIn("FOLLOW_UP", 5, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(409);
    }

    @Test
    void aCheckInForSomeoneElsesSessionIsNotFound() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Own"));
        Enrolled paula = Fixtures.enrol(Tokens.patient("Paula Own"));
        UUID paulasSession = Fixtures.logSession(paula, 2, 2, 2);
        as(pat.person())
                .body(checkIn("FOLLOW_UP", 3, paulasSession))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, rows("check_in", pat.id()));
    }

    @Test
    void aDailyCheckInBelongsToNoSession() {
        Enrolled pat = Fixtures.enrol(Tokens.patient("Pat Daily Session"));
        UUID session = Fixtures.logSession(pat, 3, 3, 3);
        as(pat.person())
                .body(checkIn("DAILY", 3, session))
                .post(CHECK_INS, pat.id())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dailyWithoutSession"));
    }

    @Test
    void aTherapistDoesNotRecordCheckInsForTheirPatient() {
        Fixtures.Clinic clinic = Fixtures.clinic();
        as(clinic.tess())
                .body(checkIn("DAILY", 3))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, rows("check_in", clinic.pat().id()));
    }
}
