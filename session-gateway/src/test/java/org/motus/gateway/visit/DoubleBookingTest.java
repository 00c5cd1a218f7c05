package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
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
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Issue 19: two visits with the same therapist or the same patient at the same time are refused
 * with 409, when booked and when moved; back to back is fine, and a cancelled visit frees its slot.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
class DoubleBookingTest {

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;
    private Instant tomorrow;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
        tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    private Response book(BrowserSession therapist, UUID patientId, Instant start, int minutes) {
        return as(therapist)
                .contentType("application/json")
                .body(Map.of(
                        "patientId",
                        patientId.toString(),
                        "start",
                        start.toString(),
                        "durationMinutes",
                        minutes,
                        "reason",
                        "Review"))
                .post("/api/v1/visits");
    }

    private long visitsOf(UUID patientId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Visit.count("patientId", patientId));
    }

    @Test
    void aSecondVisitInTheSameSlotIsRefusedAndNothingIsStored() {
        book(visits.tessBrowser, visits.patId, tomorrow, 30).then().statusCode(201);
        Response clash = book(visits.tessBrowser, visits.patId, tomorrow.plus(Duration.ofMinutes(29)), 30);
        clash.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("You already have a visit"));
        assertThat(visitsOf(visits.patId), equalTo(1L));
    }

    @Test
    void backToBackIsFineAndACancelledVisitFreesItsSlot() {
        String first = book(visits.tessBrowser, visits.patId, tomorrow, 30)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        book(visits.tessBrowser, visits.patId, tomorrow.plus(Duration.ofMinutes(30)), 30)
                .then()
                .statusCode(201);
        book(visits.tessBrowser, visits.patId, tomorrow.minus(Duration.ofMinutes(20)), 20)
                .then()
                .statusCode(201);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + first + "/cancel")
                .then()
                .statusCode(200);
        book(visits.tessBrowser, visits.patId, tomorrow.plus(Duration.ofMinutes(5)), 20)
                .then()
                .statusCode(201);
    }

    @Test
    void thePatientsVisitWithAnotherTherapistClashesToo_withoutNamingIt() {
        Person tara = Person.therapist("tara", "Tara", "Second");
        FakePatients.treats(tara, visits.patId);
        BrowserSession taraBrowser = BrowserSession.signIn(oidc, tara);
        book(taraBrowser, visits.patId, tomorrow, 45).then().statusCode(201);

        Response clash = book(visits.tessBrowser, visits.patId, tomorrow.plus(Duration.ofMinutes(15)), 30);
        clash.then().statusCode(409).body("detail", containsString("The patient already has a visit"));
        assertThat(clash.asString(), not(containsString("Tara")));
        // Tess's other patients are not held up by it.
        UUID nina = FakePatients.patient(Person.patient("nina", "Nina", "Other"));
        FakePatients.treats(visits.tess, nina);
        book(visits.tessBrowser, nina, tomorrow.plus(Duration.ofHours(2)), 30)
                .then()
                .statusCode(201);
    }

    @Test
    void aVisitCannotBeMovedOntoAnotherButMayMoveWithinItsOwnSlot() {
        book(visits.tessBrowser, visits.patId, tomorrow, 30).then().statusCode(201);
        String second = book(visits.tessBrowser, visits.patId, tomorrow.plus(Duration.ofHours(1)), 30)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("start", tomorrow.plus(Duration.ofMinutes(10)).toString(), "reason", "Plans changed"))
                .post("/api/v1/visits/" + second + "/reschedule")
                .then()
                .statusCode(409);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of(
                        "start",
                        tomorrow.plus(Duration.ofMinutes(70)).toString(),
                        "durationMinutes",
                        45,
                        "reason",
                        "Plans changed"))
                .post("/api/v1/visits/" + second + "/reschedule")
                .then()
                .statusCode(200);
    }

    @Test
    void twoBookingsOfTheSameSlotAtOnceStoreOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int offset = i;
                Callable<Integer> booking =
                        () -> book(visits.tessBrowser, visits.patId, tomorrow.plus(Duration.ofMinutes(offset)), 30)
                                .statusCode();
                answers.add(pool.submit(booking));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses.stream().filter(s -> s == 201).count(), equalTo(1L));
            assertThat(statuses.stream().filter(s -> s == 409).count(), equalTo(3L));
            assertThat(visitsOf(visits.patId), equalTo(1L));
        } finally {
            pool.shutdownNow();
        }
    }
}
