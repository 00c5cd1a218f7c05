package org.motus.gateway.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
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

/** Booking, listing, cancelling and ending visits, the .ics download, and 409 on illegal steps. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class VisitResourceTest {

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    private static Map<String, Object> booking(UUID patientId, Instant start, int minutes, String reason) {
        return Map.of(
                "patientId",
                patientId.toString(),
                "start",
                start.toString(),
                "durationMinutes",
                minutes,
                "reason",
                reason);
    }

    @Test
    void aTherapistBooksAVisitWithAPatientOnTheirCaseload() {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Response booked = as(visits.tessBrowser)
                .contentType("application/json")
                .body(booking(visits.patId, start, 45, "  Review the knee programme  "))
                .when()
                .post("/api/v1/visits");
        booked.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/visits/"))
                .body("therapistName", equalTo("Tess Therapist"))
                .body("patientId", equalTo(visits.patId.toString()))
                .body("patientName", equalTo("Pat Patient"))
                .body("start", equalTo(start.toString()))
                .body("end", equalTo(start.plus(Duration.ofMinutes(45)).toString()))
                .body("reason", equalTo("Review the knee programme"))
                .body("status", equalTo("SCHEDULED"))
                .body("yourRole", equalTo("therapist"))
                .body(
                        "joinableFrom",
                        equalTo(start.minus(Duration.ofMinutes(10)).toString()))
                .body("joinableNow", is(false));
        String id = booked.path("id");
        assertThat(booked.header("Location"), endsWith("/api/v1/visits/" + id));

        // The patient sees it too, as theirs.
        as(visits.patBrowser)
                .get("/api/v1/visits/" + id)
                .then()
                .statusCode(200)
                .body("yourRole", equalTo("patient"))
                .body("therapistName", equalTo("Tess Therapist"));
    }

    @Test
    void aPatientOffTheCaseloadCannotBeBookedAndNothingIsStored() {
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(booking(visits.paulaId, Instant.now().plus(Duration.ofDays(1)), 30, "Hello"))
                .when()
                .post("/api/v1/visits")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(visits.paulaBrowser)
                .get("/api/v1/visits")
                .then()
                .statusCode(200)
                .body("upcoming.size()", equalTo(0))
                .body("past.size()", equalTo(0));
    }

    @Test
    void onlyTherapistsBook() {
        as(visits.patBrowser)
                .contentType("application/json")
                .body(booking(visits.patId, Instant.now().plus(Duration.ofDays(1)), 30, "Self-booked"))
                .when()
                .post("/api/v1/visits")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBookingIsValidated() {
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(booking(visits.patId, Instant.now().minus(Duration.ofHours(1)), 0, " "))
                .when()
                .post("/api/v1/visits")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:validation"))
                .body("violations.field", hasItem("start"))
                .body("violations.field", hasItem("durationMinutes"))
                .body("violations.field", hasItem("reason"));
    }

    @Test
    void bookingNeedsTheCsrfHeader() {
        given().header("Cookie", visits.tessBrowser.cookieHeader())
                .contentType("application/json")
                .body(booking(visits.patId, Instant.now().plus(Duration.ofDays(1)), 30, "x"))
                .when()
                .post("/api/v1/visits")
                .then()
                .statusCode(403);
    }

    @Test
    void bothSeeUpcomingAndPastVisitsAndOnlyTheirOwn() {
        UUID soon = visits.book(Duration.ofHours(1), 30);
        UUID later = visits.book(Duration.ofDays(3), 30);
        UUID cancelled = visits.book(Duration.ofDays(1), 30);
        as(visits.patBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        for (var browser : new org.motus.gateway.testing.BrowserSession[] {visits.tessBrowser, visits.patBrowser}) {
            as(browser)
                    .get("/api/v1/visits")
                    .then()
                    .statusCode(200)
                    .body("upcoming.id", equalTo(java.util.List.of(soon.toString(), later.toString())))
                    .body("past.id", equalTo(java.util.List.of(cancelled.toString())))
                    .body("past[0].status", equalTo("CANCELLED"))
                    .body("past[0].cancelledBy", equalTo("patient"));
        }
        as(visits.paulaBrowser).get("/api/v1/visits").then().statusCode(200).body("upcoming.size()", equalTo(0));
        as(visits.theoBrowser).get("/api/v1/visits").then().statusCode(200).body("upcoming.size()", equalTo(0));
    }

    @Test
    void theListShowsTheLatestHundredPastVisitsAndTheOverdueOnes() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 1; i <= 105; i++) {
            closedVisit(now.minus(Duration.ofDays(i)), i % 7 == 0 ? VisitStatus.CANCELLED : VisitStatus.ENDED);
        }
        UUID overdue = closedVisit(now.minus(Duration.ofHours(3)), VisitStatus.SCHEDULED); // nobody came, not ended yet
        UUID upcoming = visits.book(Duration.ofDays(1), 30);
        Response list = as(visits.tessBrowser).get("/api/v1/visits");
        list.then()
                .statusCode(200)
                .body("upcoming.id", equalTo(java.util.List.of(upcoming.toString())))
                .body("past.size()", equalTo(100))
                .body("past[0].id", equalTo(overdue.toString()));
        java.util.List<String> starts = list.jsonPath().getList("past.start", String.class);
        assertThat(starts.get(99), equalTo(now.minus(Duration.ofDays(99)).toString()));
    }

    /** A visit of tess with pat stored as it would be after its slot, straight in the table. */
    private UUID closedVisit(Instant start, VisitStatus status) {
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.therapistSubject = visits.tess.subject();
        visit.therapistName = "Tess Therapist";
        visit.patientId = visits.patId;
        visit.patientName = "Pat Patient";
        visit.scheduledStart = start;
        visit.durationMinutes = 30;
        visit.reason = "Review";
        visit.status = status;
        visit.createdAt = start.minus(Duration.ofDays(2));
        if (status == VisitStatus.CANCELLED) {
            visit.cancelledAt = start.minus(Duration.ofDays(1));
            visit.cancelledBy = ParticipantRole.THERAPIST;
        }
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(visit::persist);
        return visit.id;
    }

    @Test
    void illegalStepsAreConflicts() {
        UUID visit = visits.book(Duration.ofDays(1), 30);
        as(visits.tessBrowser)
                .post("/api/v1/visits/" + visit + "/end")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:conflict"))
                .body("detail", containsString("cancel it instead"));
        as(visits.tessBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + visit + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("therapist"));
        as(visits.patBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + visit + "/cancel")
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));
        as(visits.tessBrowser).post("/api/v1/visits/" + visit + "/end").then().statusCode(409);
    }

    @Test
    void onlyTheTherapistEndsAVisit() {
        UUID visit = visits.joinable();
        as(visits.patBrowser)
                .post("/api/v1/visits/" + visit + "/end")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theCalendarFileIsAnRfc5545EventInUtc() {
        Instant start = Instant.parse("2030-01-15T08:30:00Z");
        String id = as(visits.tessBrowser)
                .contentType("application/json")
                .body(booking(visits.patId, start, 30, "Private: sciatica flare"))
                .post("/api/v1/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Response ics = as(visits.patBrowser).get("/api/v1/visits/" + id + "/calendar.ics");
        ics.then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString(".ics"));
        String body = ics.asString();
        assertThat(body, startsWith("BEGIN:VCALENDAR\r\n"));
        assertThat(body, containsString("\r\nDTSTART:20300115T083000Z\r\n"));
        assertThat(body, containsString("\r\nDTEND:20300115T090000Z\r\n"));
        assertThat(body, containsString("\r\nUID:" + id + "@motus\r\n"));
        assertThat(body, containsString("SUMMARY:Motus video visit with Tess Therapist"));
        assertThat(body, containsString("/visits/" + id));
        assertThat(body, not(containsString("sciatica")));
    }

    @Test
    void theRecordOfAVisitNobodyJoinedIsEmpty() {
        UUID visit = visits.book(Duration.ofDays(1), 30);
        as(visits.patBrowser)
                .get("/api/v1/visits/" + visit + "/record")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("actualStart", nullValue())
                .body("durationSeconds", nullValue())
                .body("attendance.size()", equalTo(0))
                .body("reconnects.therapist", equalTo(0));
    }

    @Test
    void malformedVisitIdsAreNotFound() {
        as(visits.tessBrowser)
                .get("/api/v1/visits/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
