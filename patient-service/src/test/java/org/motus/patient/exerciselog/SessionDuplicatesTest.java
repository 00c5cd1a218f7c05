package org.motus.patient.exerciselog;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Fixtures.Enrolled;
import org.motus.patient.testing.TestClock;

/** Issue 19 item 2: the same session saved again within a minute is the first one, whatever its key. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SessionDuplicatesTest {

    private static final String SESSIONS = "/api/v1/patients/{id}/sessions";

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static Response save(Enrolled patient, Map<String, Object> session, String key) {
        var request = as(patient.person()).body(session);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(SESSIONS, patient.id());
    }

    @Test
    void theSameSessionSavedAgainUnderANewKeyIsAnsweredWithTheFirstAndNothingIsStored() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> session = Fixtures.session(3, 5, 4);
        String first = save(clinic.pat(), session, "tab-1")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        save(clinic.pat(), session, "tab-2")
                .then()
                .statusCode(200)
                .header("Duplicate-Of", first)
                .header("Location", org.hamcrest.Matchers.endsWith("/sessions/" + first))
                .body("id", equalTo(first));
        save(clinic.pat(), session, null).then().statusCode(200).header("Duplicate-Of", first);

        assertEquals(1, Fixtures.rows("exercise_session", clinic.pat().id()));
        // One ceiling flag (5 > 3), not one per save.
        assertEquals(1, Fixtures.rows("flag", clinic.pat().id()));
        // A retry with the first key is still the idempotent replay it always was.
        save(clinic.pat(), session, "tab-1")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Duplicate-Of", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void otherContentOrTheSameContentAMinuteLaterIsANewSession() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> session = Fixtures.session(3, 3, 3);
        save(clinic.pat(), session, null).then().statusCode(201);

        Map<String, Object> otherPains = new java.util.LinkedHashMap<>(session);
        otherPains.put("painAfter", 2);
        save(clinic.pat(), otherPains, null).then().statusCode(201);

        TestClock.advance(Duration.ofSeconds(61));
        save(clinic.pat(), session, null).then().statusCode(201);

        assertEquals(3, Fixtures.rows("exercise_session", clinic.pat().id()));
    }

    @Test
    void anotherPatientsIdenticalSessionIsTheirsAndOutOfReachStaysNotFound() {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> session = Fixtures.session(2, 2, 2);
        save(clinic.pat(), session, null).then().statusCode(201);
        save(clinic.paula(), session, null).then().statusCode(201);
        as(clinic.paula().person())
                .body(session)
                .post(SESSIONS, clinic.pat().id())
                .then()
                .statusCode(404);
        assertEquals(1, Fixtures.rows("exercise_session", clinic.pat().id()));
    }

    @Test
    void identicalSavesAtTheSameMomentMakeOneSession() throws Exception {
        Clinic clinic = Fixtures.clinic();
        Map<String, Object> session = Fixtures.session(3, 3, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String key = "device-" + i;
                saves.add(() -> save(clinic.pat(), session, key).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(saves)) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Fixtures.rows("exercise_session", clinic.pat().id()));
    }
}
