package org.motus.gateway.visit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Who reaches what, as a sweep over every visit endpoint x every caller who is not a participant
 * (a new endpoint is covered by adding a row), and the visit note's stricter rule with its audit.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class VisitAccessTest {

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    private record Endpoint(String method, String path) {
        io.restassured.response.Response call(RequestSpecification request) {
            RequestSpecification withBody = method.equals("PUT")
                    ? request.contentType("application/json").body(Map.of("text", "x"))
                    : path.endsWith("/reschedule")
                            ? request.contentType("application/json")
                                    .body(Map.of(
                                            "start",
                                            java.time.Instant.now()
                                                    .plus(java.time.Duration.ofDays(3))
                                                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                                    .toString(),
                                            "reason",
                                            "Plans changed"))
                            : path.endsWith("/cancel")
                                    ? request.contentType("application/json").body(Map.of("reason", "Plans changed"))
                                    : request;
            return withBody.request(method, path);
        }
    }

    private static List<Endpoint> endpointsOf(UUID visit) {
        String base = "/api/v1/visits/" + visit;
        return List.of(
                new Endpoint("GET", base),
                new Endpoint("POST", base + "/cancel"),
                new Endpoint("POST", base + "/reschedule"),
                new Endpoint("POST", base + "/confirm"),
                new Endpoint("POST", base + "/end"),
                new Endpoint("GET", base + "/calendar.ics"),
                new Endpoint("GET", base + "/record"),
                new Endpoint("GET", base + "/note"),
                new Endpoint("PUT", base + "/note"),
                new Endpoint("GET", base + "/ice-servers"));
    }

    @Test
    void outsidersGetNotFoundOnEveryVisitEndpoint() {
        UUID visit = visits.joinable();
        Map<String, BrowserSession> outsiders = Map.of(
                "the other patient",
                visits.paulaBrowser,
                "a therapist who does not treat the patient",
                visits.theoBrowser,
                "an admin",
                visits.adamBrowser);
        for (Endpoint endpoint : endpointsOf(visit)) {
            for (Map.Entry<String, BrowserSession> outsider : outsiders.entrySet()) {
                int status = endpoint.call(as(outsider.getValue())).statusCode();
                assertThat(outsider.getKey() + " on " + endpoint, status, equalTo(404));
            }
            assertThat(
                    "no session on " + endpoint,
                    endpoint.call(given().header("X-Requested-By", "motus-web")).statusCode(),
                    equalTo(401));
        }
        // Nothing changed for the participants.
        as(visits.patBrowser)
                .get("/api/v1/visits/" + visit)
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));
    }

    @Test
    void aNonexistentVisitIsNotFoundForEveryone() {
        UUID nowhere = UUID.randomUUID();
        for (Endpoint endpoint : endpointsOf(nowhere)) {
            assertThat(
                    endpoint.toString(), endpoint.call(as(visits.tessBrowser)).statusCode(), equalTo(404));
        }
    }

    @Test
    void onlyTheTreatingTherapistReadsAndWritesTheNoteAndEveryAttemptIsAudited() {
        UUID visit = visits.joinable();
        String note = as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("text", "Knee flexion 110°, less pain on stairs."))
                .put("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(200)
                .extract()
                .path("text");
        assertThat(note, equalTo("Knee flexion 110°, less pain on stairs."));
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(200)
                .body("text", equalTo(note))
                .body("updatedAt", org.hamcrest.Matchers.notNullValue());

        // The patient is in the visit but the note is the therapist's clinical record; admins never read it.
        as(visits.patBrowser).get("/api/v1/visits/" + visit + "/note").then().statusCode(404);
        as(visits.adamBrowser).get("/api/v1/visits/" + visit + "/note").then().statusCode(404);
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("text", "forged"))
                .put("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(404);

        // Once pat leaves tess's caseload, tess no longer reads it either.
        FakePatients.stopsTreating(visits.tess, visits.patId);
        as(visits.tessBrowser).get("/api/v1/visits/" + visit + "/note").then().statusCode(404);
        FakePatients.treats(visits.tess, visits.patId);

        List<Map<String, Object>> events = as(visits.adamBrowser)
                .queryParam("visitId", visit.toString())
                .queryParam("action", "VISIT_NOTE_READ")
                .get("/api/v1/visits/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        events = new java.util.ArrayList<>(events);
        events.addAll(as(visits.adamBrowser)
                .queryParam("visitId", visit.toString())
                .queryParam("action", "VISIT_NOTE_WRITE")
                .get("/api/v1/visits/audit")
                .then()
                .statusCode(200)
                .extract()
                .<List<Map<String, Object>>>path("items"));
        Function<Map<String, Object>, String> row = e -> e.get("action") + " " + e.get("outcome") + " "
                + (e.get("actorSubject").equals(visits.tess.subject())
                        ? "tess"
                        : e.get("actorSubject").equals(visits.pat.subject()) ? "pat" : "adam");
        assertThat(
                events.stream().map(row).toList(),
                containsInAnyOrder(
                        "VISIT_NOTE_WRITE SUCCESS tess",
                        "VISIT_NOTE_READ SUCCESS tess",
                        "VISIT_NOTE_READ DENIED pat",
                        "VISIT_NOTE_READ DENIED adam",
                        "VISIT_NOTE_WRITE DENIED pat",
                        "VISIT_NOTE_READ DENIED tess"));
        assertThat(events.stream().map(e -> e.get("patientId")).toList(), everyItem(equalTo(visits.patId.toString())));

        // The note never shows up in what the patient or the record sees.
        as(visits.patBrowser)
                .get("/api/v1/visits/" + visit + "/record")
                .then()
                .statusCode(200)
                .body("note", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void onlyAdminsReadTheAuditTrail() {
        as(visits.tessBrowser).get("/api/v1/visits/audit").then().statusCode(403);
        as(visits.patBrowser).get("/api/v1/visits/audit").then().statusCode(403);
    }
}
