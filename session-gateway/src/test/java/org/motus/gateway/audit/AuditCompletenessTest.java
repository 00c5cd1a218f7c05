package org.motus.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.motus.gateway.testing.Visits.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Every operation of the gateway's OpenAPI document that touches a patient's data (visits, their
 * notes, records, calendar files, ICE servers) leaves an audit event for every caller it answers:
 * the participants (200), the other patient, a therapist who does not treat the patient and an
 * admin (404), and a participant refused for the visit's status (409) or their role (403). A new
 * operation that is neither in {@link #calls} nor listed in {@link #NOT_ABOUT_A_PATIENT} fails the
 * first test; one that forgets the trail fails the second.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class AuditCompletenessTest {

    /** Operations that hold no patient's data, each with the reason. */
    private static final Map<String, String> NOT_ABOUT_A_PATIENT = Map.of(
            "GET /api/v1/me", "the caller's own name and roles, from their own token",
            "GET /api/v1/visits/hours", "the calling therapist's own weekly hours",
            "PUT /api/v1/visits/hours", "the calling therapist's own weekly hours",
            "GET /api/v1/visits/open-slots",
                    "free times of the calling patient's own therapists; nobody's visit is shown, only the gaps");

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    /** One answered call: who, what, the status it gets. {id} is a visit of tess with pat. */
    record Call(String who, String method, String path, Object body, int status) {}

    private static List<Call> calls() {
        String later = Instant.now()
                .plus(Duration.ofDays(5))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Map<String, Object> booking =
                Map.of("patientId", "{pat}", "start", later, "durationMinutes", 30, "reason", "Check the knee");
        // Not onto the visit booked just before (no double booking).
        // Seven seconds past a minute: never one of the therapist's free slots, which the patient may move to.
        String moved = Instant.now()
                .plus(Duration.ofDays(6))
                .truncatedTo(ChronoUnit.MINUTES)
                .plusSeconds(7)
                .toString();
        Map<String, Object> move = Map.of("start", moved, "reason", "A clinic meeting moved");
        Map<String, Object> cancel = Map.of("reason", "Plans changed");
        Map<String, Object> request = Map.of("therapistSubject", "{tess}", "start", later, "reason", "Knee");
        Map<String, Object> note = Map.of("text", "Less pain on the stairs");
        String visit = "/api/v1/visits/{id}";
        return List.of(
                new Call("tess", "GET", "/api/v1/visits", null, 200),
                new Call("pat", "GET", "/api/v1/visits", null, 200),
                new Call("paula", "GET", "/api/v1/visits", null, 200),
                new Call("tess", "POST", "/api/v1/visits", booking, 201),
                new Call("theo", "POST", "/api/v1/visits", booking, 404),
                new Call("tess", "GET", visit, null, 200),
                new Call("pat", "GET", visit, null, 200),
                new Call("paula", "GET", visit, null, 404),
                new Call("theo", "GET", visit, null, 404),
                new Call("adam", "GET", visit, null, 404),
                new Call("tess", "GET", "/api/v1/visits/" + UUID.randomUUID(), null, 404),
                new Call("tess", "POST", visit + "/reschedule", move, 200),
                new Call("pat", "POST", visit + "/reschedule", move, 409),
                new Call("paula", "POST", visit + "/reschedule", move, 404),
                new Call("tess", "POST", visit + "/confirm", null, 409),
                new Call("pat", "POST", visit + "/confirm", null, 403),
                new Call("paula", "POST", visit + "/confirm", null, 404),
                new Call("pat", "POST", "/api/v1/visits/requests", request, 404),
                new Call("paula", "POST", "/api/v1/visits/requests", request, 404),
                new Call("tess", "POST", visit + "/end", null, 409),
                new Call("pat", "POST", visit + "/end", null, 403),
                new Call("theo", "POST", visit + "/end", null, 404),
                new Call("pat", "GET", visit + "/calendar.ics", null, 200),
                new Call("adam", "GET", visit + "/calendar.ics", null, 404),
                new Call("tess", "GET", visit + "/record", null, 200),
                new Call("pat", "GET", visit + "/record", null, 200),
                new Call("paula", "GET", visit + "/record", null, 404),
                new Call("tess", "PUT", visit + "/note", note, 200),
                new Call("tess", "GET", visit + "/note", null, 200),
                new Call("pat", "GET", visit + "/note", null, 404),
                new Call("adam", "PUT", visit + "/note", note, 404),
                new Call("pat", "GET", visit + "/ice-servers", null, 200),
                new Call("theo", "GET", visit + "/ice-servers", null, 404),
                // FHIR R4 Appointments (fhir.FhirAppointments): the same reads, not in the OpenAPI document.
                new Call("tess", "GET", "/fhir/R4/Appointment/{id}", null, 200),
                new Call("pat", "GET", "/fhir/R4/Appointment/{id}", null, 200),
                new Call("paula", "GET", "/fhir/R4/Appointment/{id}", null, 404),
                new Call("theo", "GET", "/fhir/R4/Appointment/{id}", null, 404),
                new Call("adam", "GET", "/fhir/R4/Appointment/{id}", null, 404),
                new Call("tess", "GET", "/fhir/R4/Appointment", null, 200),
                new Call("pat", "GET", "/fhir/R4/Appointment?status=booked", null, 200),
                new Call("paula", "GET", "/fhir/R4/Appointment", null, 200),
                new Call("adam", "GET", "/fhir/R4/Appointment", null, 200),
                new Call("adam", "GET", "/api/v1/visits/audit", null, 200),
                // Last: the visit is gone from here on.
                new Call("paula", "POST", visit + "/cancel", cancel, 404),
                new Call("pat", "POST", visit + "/cancel", cancel, 200),
                new Call("tess", "POST", visit + "/cancel", cancel, 409));
    }

    @Test
    void everyOperationIsEitherCalledHereForItsAuditEventsOrSaysWhyItHoldsNoPatientData() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .asString());
        List<String> uncovered = new ArrayList<>();
        int covered = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                if (method.equals("PARAMETERS")) {
                    continue;
                }
                String operation = method + " /api" + path.getKey().replaceFirst("^/api", "");
                if (NOT_ABOUT_A_PATIENT.containsKey(operation)) {
                    continue;
                }
                Pattern template = Pattern.compile(
                        "/api" + path.getKey().replaceFirst("^/api", "").replaceAll("\\{[^}]+}", "[^/]+"));
                boolean called = calls().stream()
                        .anyMatch(call -> call.method().equals(method)
                                && template.matcher(call.path()
                                                .replace(
                                                        "{id}",
                                                        UUID.randomUUID().toString()))
                                        .matches());
                if (called) {
                    covered++;
                } else {
                    uncovered.add(operation);
                }
            }
        }
        assertThat("operations with no call here and not listed as holding no patient data", uncovered, empty());
        assertThat("operations on patients' data", covered, greaterThanOrEqualTo(11));
    }

    @Test
    void everyAnsweredCallLeavesAnAuditEventForItsCaller() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        List<String> silent = new ArrayList<>();
        for (Call call : calls()) {
            Person person = person(call.who());
            long before = eventsBy(person);
            int status = request(browser(call.who()), call.body())
                    .request(call.method(), call.path().replace("{id}", visit.toString()))
                    .then()
                    .extract()
                    .statusCode();
            assertThat(call.toString(), status, equalTo(call.status()));
            if (eventsBy(person) <= before) {
                silent.add(call.who() + " " + call.method() + " " + call.path() + " (" + status + ")");
            }
        }
        assertThat("answered calls that left no audit event for their caller", silent, empty());
    }

    @Test
    void eachOutcomeIsRecordedWithItsPatient() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        as(visits.paulaBrowser).get("/api/v1/visits/" + visit).then().statusCode(404);
        as(visits.tessBrowser).post("/api/v1/visits/" + visit + "/end").then().statusCode(409);
        as(visits.patBrowser).get("/api/v1/visits/" + visit).then().statusCode(200);

        Function<Person, List<String>> trail = person -> QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>list(
                                "visitId = ?1 and actorSubject = ?2 order by occurredAt", visit, person.subject())
                        .stream()
                        .map(e -> e.action + " " + e.outcome + " " + visits.patId.equals(e.patientId))
                        .toList());
        assertThat(trail.apply(visits.paula), equalTo(List.of("VISIT_READ DENIED true")));
        assertThat(
                "a change refused after the access check is FAILED, not SUCCESS",
                trail.apply(visits.tess),
                equalTo(List.of("VISIT_SCHEDULED SUCCESS true", "VISIT_ENDED FAILED true")));
        assertThat(trail.apply(visits.pat), equalTo(List.of("VISIT_READ SUCCESS true")));
    }

    @Test
    void adminsFilterTheTrailByActorActionAndTimeAndReadingItIsRecorded() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        Instant from = Instant.now().minusSeconds(60);
        as(visits.patBrowser).get("/api/v1/visits/" + visit + "/record").then().statusCode(200);

        List<Map<String, Object>> rows = as(visits.adamBrowser)
                .queryParam("actor", visits.pat.subject())
                .queryParam("action", "VISIT_RECORD_READ")
                .queryParam("from", from.toString())
                .get("/api/v1/visits/audit")
                .then()
                .statusCode(200)
                .body("next", nullValue())
                .extract()
                .path("items");
        assertThat(rows.size(), equalTo(1));
        assertThat(rows.get(0).get("visitId"), equalTo(visit.toString()));
        assertThat(rows.get(0).get("actorRoles"), equalTo("patient"));
        assertThat(
                as(visits.adamBrowser)
                        .queryParam("actor", visits.pat.subject())
                        .queryParam("to", from.toString())
                        .get("/api/v1/visits/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<Object>>path("items"),
                empty());
        long reads = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "actorSubject = ?1 and action = ?2", visits.adam.subject(), "AUDIT_TRAIL_READ"));
        assertThat(reads, equalTo(2L));
        for (String bad : List.of(
                "action=NOPE",
                "from=yesterday",
                "from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                "cursor=bm9wZQ",
                "actor=a%20b")) {
            as(visits.adamBrowser).get("/api/v1/visits/audit?" + bad).then().statusCode(400);
        }
    }

    @Test
    void pagesFollowTheirCursorNewestFirstWithoutRepeatingAnEvent() {
        UUID visit = visits.book(Duration.ofDays(3), 30);
        Instant from = Instant.now().minusSeconds(60);
        for (int i = 0; i < 5; i++) {
            as(visits.patBrowser)
                    .get("/api/v1/visits/" + visit + "/record")
                    .then()
                    .statusCode(200);
        }
        List<String> all = as(visits.adamBrowser)
                .queryParam("visitId", visit.toString())
                .queryParam("actor", visits.pat.subject())
                .get("/api/v1/visits/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(all.size(), greaterThanOrEqualTo(5));

        List<String> seen = new java.util.ArrayList<>();
        List<Instant> times = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(visits.adamBrowser)
                    .queryParam("visitId", visit.toString())
                    .queryParam("actor", visits.pat.subject())
                    .queryParam("from", from.toString())
                    .queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/v1/visits/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            page.getList("items.occurredAt", String.class).forEach(t -> times.add(Instant.parse(t)));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(seen, equalTo(all));
        assertThat(pages, equalTo((all.size() + 1) / 2));
        List<Instant> newestFirst = new java.util.ArrayList<>(times);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertThat(times, equalTo(newestFirst));
    }

    @Test
    void theTrailIsAppendOnly() {
        visits.book(Duration.ofDays(2), 30);
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> AuditEvent.getEntityManager()
                                .createNativeQuery("update audit_event set detail = 'edited'")
                                .executeUpdate()));
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> AuditEvent.getEntityManager()
                                .createNativeQuery("delete from audit_event")
                                .executeUpdate()));
    }

    private RequestSpecification request(BrowserSession browser, Object body) {
        RequestSpecification request = as(browser);
        if (body == null) {
            return request;
        }
        Map<String, Object> filled = new java.util.LinkedHashMap<>();
        ((Map<?, ?>) body)
                .forEach((k, v) -> filled.put(
                        (String) k,
                        "{pat}".equals(v) ? visits.patId.toString() : "{tess}".equals(v) ? visits.tess.subject() : v));
        return request.contentType("application/json").body(filled);
    }

    private Person person(String who) {
        return switch (who) {
            case "tess" -> visits.tess;
            case "pat" -> visits.pat;
            case "paula" -> visits.paula;
            case "theo" -> visits.theo;
            case "adam" -> visits.adam;
            default -> throw new IllegalArgumentException(who);
        };
    }

    private BrowserSession browser(String who) {
        return switch (who) {
            case "tess" -> visits.tessBrowser;
            case "pat" -> visits.patBrowser;
            case "paula" -> visits.paulaBrowser;
            case "theo" -> visits.theoBrowser;
            case "adam" -> visits.adamBrowser;
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static long eventsBy(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actorSubject", person.subject()));
    }
}
