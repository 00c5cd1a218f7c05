package org.motus.patient.checkin;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
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
}
