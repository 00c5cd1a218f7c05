package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.problem.VisitProblems;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.TranslatedProblemTexts;

/**
 * Issue 19 item 4: a therapist sets weekly hours, a patient of theirs asks for a free slot, the
 * therapist confirms; either moves or cancels with a reason; nobody else reaches any of it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
class SchedulingTest {

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    private static List<Map<String, String>> everyDay(String from, String to) {
        List<Map<String, String>> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(Map.of("day", day.name(), "from", from, "to", to));
        }
        return windows;
    }

    private void tessSetsHours() {
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("timeZone", "Europe/Berlin", "windows", everyDay("07:00", "20:00")))
                .put("/api/v1/visits/hours")
                .then()
                .statusCode(200);
    }

    private List<String> slotsOf(BrowserSession patient) {
        List<String> slots = as(patient)
                .get("/api/v1/visits/open-slots?days=7")
                .then()
                .statusCode(200)
                .body("visitLengthMinutes", equalTo(30))
                .extract()
                .path("therapists.find { it.therapistName == 'Tess Therapist' }.slots");
        return slots == null ? List.of() : slots;
    }

    private Response ask(BrowserSession patient, String start) {
        return as(patient)
                .contentType("application/json")
                .body(Map.of("therapistSubject", visits.tess.subject(), "start", start, "reason", "Knee worse"))
                .post("/api/v1/visits/requests");
    }

    private String requested(String start) {
        return ask(visits.patBrowser, start)
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("requestedBy", equalTo("patient"))
                .body("therapistName", equalTo("Tess Therapist"))
                .body("durationMinutes", equalTo(30))
                .body("joinableNow", equalTo(false))
                .extract()
                .path("id");
    }

    @Test
    void aTherapistSetsWeeklyHoursInTheirTimeZoneAndReadsThemBack() {
        as(visits.tessBrowser)
                .get("/api/v1/visits/hours")
                .then()
                .statusCode(200)
                .body("timeZone", nullValue())
                .body("windows", empty())
                .body("visitLengthMinutes", equalTo(30))
                .body("bufferMinutes", equalTo(10));
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of(
                        "timeZone",
                        "America/Argentina/Buenos_Aires",
                        "windows",
                        List.of(
                                Map.of("day", "THURSDAY", "from", "14:00", "to", "17:30"),
                                Map.of("day", "MONDAY", "from", "09:00", "to", "12:00"))))
                .put("/api/v1/visits/hours")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/Argentina/Buenos_Aires"))
                .body("windows.day", equalTo(List.of("MONDAY", "THURSDAY")))
                .body("windows[1].to", equalTo("17:30"))
                .body("updatedAt", not(nullValue()));
        as(visits.tessBrowser).get("/api/v1/visits/hours").then().body("windows.size()", equalTo(2));
        // Another therapist's hours are their own.
        as(visits.theoBrowser)
                .get("/api/v1/visits/hours")
                .then()
                .statusCode(200)
                .body("windows", empty());
    }

    @Test
    void hoursThatCannotBeUsedAreRefusedAndNothingOfThemIsKept() {
        tessSetsHours();
        Map<Object, String> bad = Map.of(
                Map.of("timeZone", "Mars/Olympus", "windows", List.of()), "time zone",
                Map.of(
                                "timeZone",
                                "Europe/Berlin",
                                "windows",
                                List.of(
                                        Map.of("day", "MONDAY", "from", "09:00", "to", "12:00"),
                                        Map.of("day", "MONDAY", "from", "11:30", "to", "13:00"))),
                        "overlap",
                Map.of(
                                "timeZone",
                                "Europe/Berlin",
                                "windows",
                                List.of(Map.of("day", "MONDAY", "from", "12:00", "to", "09:00"))),
                        "before they start",
                Map.of(
                                "timeZone",
                                "Europe/Berlin",
                                "windows",
                                List.of(Map.of("day", "MONDAY", "from", "24:00", "to", "25:00"))),
                        "",
                Map.of(
                                "timeZone",
                                "Europe/Berlin",
                                "windows",
                                List.of(Map.of("day", "MOONDAY", "from", "09:00", "to", "10:00"))),
                        "",
                Map.of("timeZone", "Europe/Berlin", "windows", everyDay("09:00", "10:00"), "surprise", true), "");
        bad.forEach((body, words) -> as(visits.tessBrowser)
                .contentType("application/json")
                .body(body)
                .put("/api/v1/visits/hours")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(words)));
        as(visits.tessBrowser)
                .get("/api/v1/visits/hours")
                .then()
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("windows.size()", equalTo(7));
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("timeZone", "Europe/Berlin", "windows", List.of()))
                .put("/api/v1/visits/hours")
                .then()
                .statusCode(403);
    }

    @Test
    void aTakenSlotIsRefusedInTheLanguageOfThePatientsScreen() {
        tessSetsHours();
        String slot = slotsOf(visits.patBrowser).get(2);
        String id = requested(slot);
        as(visits.patBrowser)
                .header("Accept-Language", "es-ES,es;q=0.9")
                .contentType("application/json")
                .body(Map.of("therapistSubject", visits.tess.subject(), "start", slot, "reason", "Otra vez"))
                .post("/api/v1/visits/requests")
                .then()
                .statusCode(409)
                .header("Content-Language", "es")
                .body("title", equalTo("Conflicto"))
                .body(
                        "detail",
                        equalTo("Esa hora ya no está libre; elija una de las horas libres que se ofrecen ahora."));
        // Another patient's visit: not found, in their language too, naming nothing of it.
        as(visits.paulaBrowser)
                .header("Accept-Language", "de")
                .get("/api/v1/visits/" + id)
                .then()
                .statusCode(404)
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", equalTo("Kein Termin " + id + "."));
    }

    @Test
    void everyVisitTextAPatientCanMeetIsTranslated() {
        TranslatedProblemTexts.check(VisitProblems.class);
    }

    @Test
    void aPatientAsksForAFreeSlotWhichItHoldsUntilTheTherapistConfirmsIt() {
        tessSetsHours();
        List<String> slots = slotsOf(visits.patBrowser);
        assertThat(slots.isEmpty(), equalTo(false));
        Instant first = Instant.parse(slots.get(0));
        assertThat(
                "the clinic's notice",
                first.isAfter(Instant.now().plus(Duration.ofHours(4)).minusSeconds(5)),
                equalTo(true));
        String slot = slots.get(1);
        String id = requested(slot);

        assertThat("a requested slot is no longer offered", slotsOf(visits.patBrowser), not(hasItem(slot)));
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("patientId", visits.patId.toString(), "start", slot, "durationMinutes", 30, "reason", "x"))
                .post("/api/v1/visits")
                .then()
                .statusCode(409);
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("reason", equalTo("Knee worse"));

        as(visits.patBrowser).post("/api/v1/visits/" + id + "/confirm").then().statusCode(403);
        as(visits.paulaBrowser).post("/api/v1/visits/" + id + "/confirm").then().statusCode(404);
        as(visits.theoBrowser).post("/api/v1/visits/" + id + "/confirm").then().statusCode(404);
        as(visits.tessBrowser)
                .post("/api/v1/visits/" + id + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        as(visits.tessBrowser)
                .post("/api/v1/visits/" + id + "/confirm")
                .then()
                .statusCode(409)
                .body("detail", containsString("Only a requested visit"));
        as(visits.patBrowser)
                .get("/api/v1/visits")
                .then()
                .body("upcoming.find { it.id == '" + id + "' }.status", equalTo("SCHEDULED"));
    }

    @Test
    void onlyTheFreeSlotsOfThePatientsOwnTherapistsCanBeAskedFor() {
        tessSetsHours();
        String slot = slotsOf(visits.patBrowser).get(0);
        // paula is not tess's patient: tess is not offered to her, and asking is 404.
        as(visits.paulaBrowser)
                .get("/api/v1/visits/open-slots")
                .then()
                .statusCode(200)
                .body("therapists", empty());
        ask(visits.paulaBrowser, slot).then().statusCode(404);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("therapistSubject", visits.tess.subject(), "start", slot, "reason", "x"))
                .post("/api/v1/visits/requests")
                .then()
                .statusCode(403);
        // Off the grid, too soon, in the past, outside the hours: not a free slot.
        Instant at = Instant.parse(slot);
        for (Instant notFree : List.of(
                at.plusSeconds(60),
                Instant.now().plus(Duration.ofHours(1)),
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(40)))) {
            ask(visits.patBrowser, notFree.toString())
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("not free"));
        }
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("therapistSubject", visits.tess.subject(), "start", slot))
                .post("/api/v1/visits/requests")
                .then()
                .statusCode(400);
        as(visits.patBrowser).get("/api/v1/visits/open-slots?days=0").then().statusCode(400);
        as(visits.tessBrowser).get("/api/v1/visits/open-slots").then().statusCode(403);
    }

    @Test
    void twoPatientsAskingForTheSameSlotAtOnceGetItOnce() throws Exception {
        tessSetsHours();
        Person peter = Person.patient("peter", "Peter", "Patient");
        UUID peterId = FakePatients.patient(peter);
        FakePatients.treats(visits.tess, peterId);
        BrowserSession peterBrowser = BrowserSession.signIn(oidc, peter);
        String slot = slotsOf(visits.patBrowser).get(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> ask(visits.patBrowser, slot).statusCode(),
                    () -> ask(peterBrowser, slot).statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(both)) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            assertThat(statuses, equalTo(List.of(201, 409)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eitherMovesOrCancelsWithAReasonTheOtherReads() {
        tessSetsHours();
        List<String> slots = slotsOf(visits.patBrowser);
        String id = requested(slots.get(0));
        as(visits.tessBrowser).post("/api/v1/visits/" + id + "/confirm").then().statusCode(200);

        // The patient moves it to another free slot: it waits for the therapist again.
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("start", slots.get(3), "reason", "I have a school meeting"))
                .post("/api/v1/visits/" + id + "/reschedule")
                .then()
                .statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("start", equalTo(slots.get(3)));
        as(visits.tessBrowser)
                .get("/api/v1/visits/" + id)
                .then()
                .body("movedBy", equalTo("patient"))
                .body("moveReason", equalTo("I have a school meeting"));
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("start", slots.get(4), "durationMinutes", 60, "reason", "longer please"))
                .post("/api/v1/visits/" + id + "/reschedule")
                .then()
                .statusCode(403);
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("start", slots.get(4)))
                .post("/api/v1/visits/" + id + "/reschedule")
                .then()
                .statusCode(400);

        // The therapist moves it (to any time free of clashes): it is confirmed with the move.
        String later = Instant.parse(slots.get(3))
                .plus(Duration.ofDays(2))
                .plusSeconds(420)
                .toString();
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("start", later, "reason", "Clinic closed that afternoon"))
                .post("/api/v1/visits/" + id + "/reschedule")
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("movedBy", equalTo("therapist"));
        as(visits.patBrowser)
                .get("/api/v1/visits/" + id)
                .then()
                .body("moveReason", equalTo("Clinic closed that afternoon"))
                .body("start", equalTo(later));

        as(visits.patBrowser)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/visits/" + id + "/cancel")
                .then()
                .statusCode(400);
        as(visits.paulaBrowser)
                .contentType("application/json")
                .body(Map.of("reason", "mischief"))
                .post("/api/v1/visits/" + id + "/cancel")
                .then()
                .statusCode(404);
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("reason", "  Feeling much better, thank you  "))
                .post("/api/v1/visits/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("patient"))
                .body("cancelReason", equalTo("Feeling much better, thank you"));
        assertThat("a cancelled visit frees its slot", slotsOf(visits.patBrowser), hasItem(slots.get(0)));
    }

    @Test
    void theTherapistDeclinesARequestWithAReason() {
        tessSetsHours();
        String id = requested(slotsOf(visits.patBrowser).get(0));
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("reason", "Please book with the front desk for an in-person visit"))
                .post("/api/v1/visits/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("therapist"));
        as(visits.patBrowser)
                .get("/api/v1/visits/" + id)
                .then()
                .body("cancelReason", equalTo("Please book with the front desk for an in-person visit"));
        as(visits.patBrowser)
                .get("/api/v1/visits/" + id + "/ice-servers")
                .then()
                .statusCode(200);
    }
}
