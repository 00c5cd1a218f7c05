package org.motus.patient.checkin;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.TestClock;

/** Issue 19 item 2: the same check-in sent again within a minute is the first one, whatever its key. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CheckInDuplicatesTest {

    private static final String CHECK_INS = "/api/v1/patients/{id}/check-ins";

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static Response send(Enrolled patient, Map<String, Object> checkIn, String key) {
        var request = as(patient.person()).body(checkIn);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(CHECK_INS, patient.id());
    }

    @Test
    void aRedFlagCheckInSentTwiceIsStoredOnceWithOneFlag() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> checkIn =
                Fixtures.with(Fixtures.checkIn("DAILY", 7), "redFlags", java.util.List.of("CHEST_SYMPTOMS"));
        String first = send(clinic.pat(), checkIn, "phone")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        send(clinic.pat(), checkIn, "laptop")
                .then()
                .statusCode(200)
                .header("Duplicate-Of", first)
                .body("id", equalTo(first))
                .body("advice[0].code", equalTo("CALL_EMERGENCY"));
        send(clinic.pat(), checkIn, null).then().statusCode(200).header("Duplicate-Of", first);

        assertEquals(1, Fixtures.rows("check_in", clinic.pat().id()));
        assertEquals(1, Fixtures.rows("flag", clinic.pat().id()));
    }

    @Test
    void anotherPainOrTheSamePainAMinuteLaterIsANewCheckIn() {
        Clinic clinic = Fixtures.clinic();
        send(clinic.pat(), Fixtures.checkIn("DAILY", 4), null).then().statusCode(201);
        send(clinic.pat(), Fixtures.checkIn("DAILY", 5), null).then().statusCode(201);
        TestClock.advance(Duration.ofSeconds(61));
        send(clinic.pat(), Fixtures.checkIn("DAILY", 4), null).then().statusCode(201);
        send(clinic.paula(), Fixtures.checkIn("DAILY", 4), null).then().statusCode(201);

        assertEquals(3, Fixtures.rows("check_in", clinic.pat().id()));
        send(clinic.paula(), Fixtures.checkIn("DAILY", 4), null).then().statusCode(200); // paula's own duplicate
        as(clinic.paula().person())
                .body(Fixtures.checkIn("DAILY", 4))
                .post(CHECK_INS, clinic.pat().id())
                .then()
                .statusCode(404);
    }

    @Test
    void identicalDailyCheckInsRacingUnderTheirOwnKeysStoreOneAndAnswerTheRestWithIt() throws Exception {
        // No unique index backs this (unlike one follow-up per session): only the patient's lock and the
        // second look under it do, and an answer found without the lock must name a committed check-in.
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> checkIn = Fixtures.checkIn("DAILY", 6);
        int senders = 6;
        CountDownLatch start = new CountDownLatch(1);
        Callable<Response> post = () -> {
            start.await(10, TimeUnit.SECONDS);
            return send(clinic.pat(), checkIn, UUID.randomUUID().toString());
        };
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                results.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Response> result : results) {
                answers.add(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(
                senders - 1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        Set<String> ids = new HashSet<>();
        answers.forEach(answer -> ids.add(answer.path("id")));
        assertEquals(1, ids.size(), ids.toString());
        String stored = ids.iterator().next();
        answers.stream()
                .filter(answer -> answer.statusCode() == 200)
                .forEach(answer -> assertEquals(stored, answer.header("Duplicate-Of")));
        assertEquals(1, Fixtures.rows("check_in", clinic.pat().id()));
    }

    @Test
    void aRetryUnderItsKeyIsRepeatedAndADifferentCheckInUnderItIsAConflict() {
        Clinic clinic = Fixtures.clinic();
        String first = send(clinic.pat(), Fixtures.checkIn("DAILY", 3), "retry-key")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // After the duplicate window too: the key, not the content, decides.
        TestClock.advance(Duration.ofMinutes(5));
        send(clinic.pat(), Fixtures.checkIn("DAILY", 3), "retry-key")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        send(clinic.pat(), Fixtures.checkIn("DAILY", 4), "retry-key").then().statusCode(409);
        assertEquals(1, Fixtures.rows("check_in", clinic.pat().id()));
    }
}
