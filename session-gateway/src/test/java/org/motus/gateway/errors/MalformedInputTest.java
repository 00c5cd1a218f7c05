package org.motus.gateway.errors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Bad input to the gateway's own endpoints answers 400 problem details naming the field, and writes
 * nothing: null where a value is required, "" for an id, a time or an enum, a number, boolean or text
 * of the wrong type, an unknown field. A method a path does not have answers 405 with Allow, and
 * OPTIONS lists the path's own methods (RFC 9110).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class MalformedInputTest {

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void signIn() {
        visits = new Visits(oidc);
    }

    private String booking(String patientId, String start, String duration, String reason) {
        return "{\"patientId\":" + patientId + ",\"start\":" + start + ",\"durationMinutes\":" + duration
                + ",\"reason\":" + reason + "}";
    }

    private String tomorrow() {
        return "\"" + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS) + "\"";
    }

    private void refusedBooking(String body, String field) {
        int before = upcoming();
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/visits")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
        org.junit.jupiter.api.Assertions.assertEquals(before, upcoming(), "a refused booking wrote a visit");
    }

    private int upcoming() {
        return as(visits.tessBrowser)
                .get("/api/v1/visits")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("upcoming")
                .size();
    }

    @Test
    void aBookingWithNullWhereAValueIsRequiredIsRefused() {
        String patient = "\"" + visits.patId + "\"";
        refusedBooking(booking("null", tomorrow(), "30", "\"Follow-up\""), "patientId");
        refusedBooking(booking(patient, "null", "30", "\"Follow-up\""), "start");
        refusedBooking(booking(patient, tomorrow(), "null", "\"Follow-up\""), "durationMinutes");
        refusedBooking(booking(patient, tomorrow(), "30", "null"), "reason");
    }

    @Test
    void anEmptyStringIsNotAnIdNorATime() {
        String patient = "\"" + visits.patId + "\"";
        refusedBooking(booking("\"\"", tomorrow(), "30", "\"Follow-up\""), "patientId");
        refusedBooking(booking("\"   \"", tomorrow(), "30", "\"Follow-up\""), "patientId");
        refusedBooking(booking(patient, "\"\"", "30", "\"Follow-up\""), "start");
    }

    @Test
    void numbersBooleansAndTextOfTheWrongTypeAreRefused() {
        String patient = "\"" + visits.patId + "\"";
        refusedBooking(booking(patient, tomorrow(), "\"30\"", "\"Follow-up\""), "durationMinutes");
        refusedBooking(booking(patient, tomorrow(), "30.5", "\"Follow-up\""), "durationMinutes");
        refusedBooking(booking(patient, tomorrow(), "true", "\"Follow-up\""), "durationMinutes");
        refusedBooking(booking(patient, tomorrow(), "30", "false"), "reason");
        refusedBooking(booking(patient, tomorrow(), "30", "42"), "reason");
        refusedBooking(booking("42", tomorrow(), "30", "\"Follow-up\""), "patientId");
    }

    @Test
    void aMoveWithoutAFutureStartOrWithAWrongLengthIsRefusedAndTheVisitStaysWhereItWas() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        String start = as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit)
                .then()
                .extract()
                .path("start");
        Map<String, String> bodies = Map.of(
                "{}",
                "start",
                "{\"start\":null}",
                "start",
                "{\"start\":\"\"}",
                "start",
                "{\"start\":42}",
                "start",
                "{\"start\":\"2020-01-01T00:00:00Z\"}",
                "start",
                "{\"start\":" + tomorrow() + ",\"durationMinutes\":4}",
                "durationMinutes",
                "{\"start\":" + tomorrow() + ",\"durationMinutes\":\"30\"}",
                "durationMinutes",
                "{\"start\":" + tomorrow() + ",\"reason\":\"\"}",
                "reason");
        bodies.forEach((body, field) -> as(visits.tessBrowser)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/visits/" + visit + "/reschedule")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field)));
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit)
                .then()
                .statusCode(200)
                .body("start", org.hamcrest.Matchers.equalTo(start));
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanDropped() {
        String body = booking("\"" + visits.patId + "\"", tomorrow(), "30", "\"Follow-up\"")
                .replace("}", ",\"durationMinutez\":45}");
        refusedBooking(body, "durationMinutez");
    }

    @Test
    void aNoteOfNullOrOfTheWrongTypeIsRefusedAndTheNoteStaysAsItWas() {
        UUID visit = visits.book(Duration.ofHours(2), 30);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body("{\"text\":\"Knee better\"}")
                .put("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(200);
        for (String body : new String[] {"{\"text\":null}", "{\"text\":false}", "{\"text\":7}", "{}", "null"}) {
            as(visits.tessBrowser)
                    .contentType("application/json")
                    .body(body)
                    .put("/api/v1/visits/" + visit + "/note")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(200)
                .body("text", equalTo("Knee better"));
    }

    @Test
    void aQueryParameterThatIsNoIdOrNumberIsABadRequest() {
        for (String query : new String[] {"patientId=nope", "visitId=42", "limit=many", "limit=0", "limit=201"}) {
            as(visits.adamBrowser)
                    .get("/api/v1/visits/audit?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aMethodThePathDoesNotHaveAnswers405WithAllow() {
        UUID visit = visits.book(Duration.ofHours(2), 30);
        as(visits.tessBrowser)
                .delete("/api/v1/visits/" + visit)
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS");
        as(visits.tessBrowser)
                .patch("/api/v1/visits")
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS, POST");
        as(visits.tessBrowser)
                .delete("/api/v1/visits/" + visit + "/ice-servers")
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS");
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit + "/cancel")
                .then()
                .statusCode(405)
                .header("Allow", "OPTIONS, POST");
    }

    @Test
    void optionsListsThePathsOwnMethods() {
        UUID visit = visits.book(Duration.ofHours(2), 30);
        as(visits.tessBrowser)
                .options("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(200)
                .header("Allow", "GET, HEAD, OPTIONS, PUT");
        as(visits.tessBrowser)
                .options("/api/v1/visits/audit")
                .then()
                .statusCode(200)
                .header("Allow", "GET, HEAD, OPTIONS");
        as(visits.tessBrowser).options("/api/v1/me").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
    }
}
