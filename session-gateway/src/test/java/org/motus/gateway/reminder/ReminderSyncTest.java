package org.motus.gateway.reminder;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.gateway.testing.Visits.as;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.OidcProvider;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Booking, moving and cancelling a visit tell patient-service about its reminders (PUT, PUT with the
 * new time, DELETE) with the gateway's service account, after the visit's change committed: a
 * patient-service that is down fails no booking, and the wish is pushed once it is back, once.
 * The pushes are run by hand here at chosen instants (the scheduled run is off in tests).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class ReminderSyncTest {

    @OidcWireMock
    WireMockServer oidc;

    @Inject
    ReminderSync sync;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
        OidcProvider.serviceAccountTokensForTheNotifier(oidc);
        FakePatients.remindersDown(false);
    }

    @AfterEach
    void patientServiceIsBack() {
        FakePatients.remindersDown(false);
    }

    @Test
    void aBookingAsksPatientServiceForTheRemindersWithTheServiceAccountOnce() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        assertThat("nothing is sent inside the booking", FakePatients.reminderCalls(visit), is(empty()));

        sync.pushDue(Instant.now());
        sync.pushDue(Instant.now().plus(Duration.ofHours(1)));

        assertThat(FakePatients.reminderCalls(visit), contains("PUT " + startOf(visit)));
        VisitReminderSync row = row(visit);
        assertThat(row.pending, is(false));
        assertThat(row.attempts, equalTo(0));
        // The fake answers 403 to anything but the notifier's own token (azp motus-notifier, role notifier):
        // the therapist's token, which booked the visit, is never what asks for reminders.
    }

    @Test
    void patientServiceDownFailsNoBookingAndTheReminderIsPushedOnceItIsBack() {
        FakePatients.remindersDown(true);
        UUID visit = visits.book(Duration.ofDays(3), 45);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

        sync.pushDue(t0);
        assertThat(FakePatients.reminderCalls(visit), contains("503 PUT"));
        VisitReminderSync failed = row(visit);
        assertThat(failed.pending, is(true));
        assertThat(failed.attempts, equalTo(1));
        assertThat(failed.lastError, equalTo("HTTP 503"));
        assertThat(failed.nextAttemptAt, equalTo(t0.plus(Duration.ofSeconds(10))));

        FakePatients.remindersDown(false);
        sync.pushDue(t0.plusSeconds(5));
        assertThat("not retried before its backoff is over", FakePatients.reminderCalls(visit), contains("503 PUT"));

        sync.pushDue(t0.plusSeconds(11));
        sync.pushDue(t0.plus(Duration.ofHours(1)));
        assertThat(FakePatients.reminderCalls(visit), contains("503 PUT", "PUT " + startOf(visit)));
        assertThat(row(visit).pending, is(false));
    }

    @Test
    void cancellingABookedVisitDeletesItsReminders() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        sync.pushDue(Instant.now());
        Instant start = startOf(visit);

        as(visits.patBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + visit + "/cancel")
                .then()
                .statusCode(200);
        sync.pushDue(Instant.now());

        assertThat(FakePatients.reminderCalls(visit), contains("PUT " + start, "DELETE"));
    }

    @Test
    void aVisitCancelledBeforeAnythingWasPushedOnlyDeletes() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body("{\"reason\":\"Plans changed\"}")
                .post("/api/v1/visits/" + visit + "/cancel")
                .then()
                .statusCode(200);

        sync.pushDue(Instant.now());

        assertThat("the latest wish is the one that counts", FakePatients.reminderCalls(visit), contains("DELETE"));
    }

    @Test
    void movingAVisitPutsTheNewTime() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        sync.pushDue(Instant.now());
        Instant first = startOf(visit);
        Instant moved = first.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30));

        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("start", moved.toString(), "reason", "Plans changed"))
                .post("/api/v1/visits/" + visit + "/reschedule")
                .then()
                .statusCode(200)
                .body("start", equalTo(moved.toString()))
                .body("durationMinutes", equalTo(30));
        sync.pushDue(Instant.now());

        assertThat(FakePatients.reminderCalls(visit), contains("PUT " + first, "PUT " + moved));
    }

    @Test
    void twoReplicasPushingAtOnceAskPatientServiceOnce() throws Exception {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        Instant now = Instant.now();
        Callable<ReminderSync.Run> replica = () -> sync.pushDue(now);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderSync.Run>> runs = pool.invokeAll(List.of(replica, replica));
            for (Future<ReminderSync.Run> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(FakePatients.reminderCalls(visit), contains("PUT " + startOf(visit)));
    }

    @Test
    void theBackoffDoublesFromTenSecondsToAtMostFifteenMinutes() {
        assertThat(sync.delayAfter(1), equalTo(Duration.ofSeconds(10)));
        assertThat(sync.delayAfter(2), equalTo(Duration.ofSeconds(20)));
        assertThat(sync.delayAfter(3), equalTo(Duration.ofSeconds(40)));
        assertThat(sync.delayAfter(7), equalTo(Duration.ofSeconds(640)));
        assertThat(sync.delayAfter(8), equalTo(Duration.ofMinutes(15)));
        assertThat(sync.delayAfter(1000), equalTo(Duration.ofMinutes(15)));
    }

    @Test
    void onlyTheVisitsTherapistMovesItAndOnlyBeforeItStarts() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        Map<String, String> later = Map.of(
                "start",
                Instant.now()
                        .plus(Duration.ofDays(4))
                        .truncatedTo(ChronoUnit.MINUTES)
                        .plusSeconds(7)
                        .toString(),
                "reason",
                "Plans changed");
        // The patient may only move it to one of the therapist's free slots (never at :07 seconds).
        as(visits.patBrowser)
                .contentType("application/json")
                .body(later)
                .post("/api/v1/visits/" + visit + "/reschedule")
                .then()
                .statusCode(409);
        as(visits.theoBrowser)
                .contentType("application/json")
                .body(later)
                .post("/api/v1/visits/" + visit + "/reschedule")
                .then()
                .statusCode(404);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("start", Instant.now().minus(Duration.ofHours(1)).toString(), "reason", "Plans changed"))
                .post("/api/v1/visits/" + visit + "/reschedule")
                .then()
                .statusCode(400)
                .body("type", startsWith("urn:motus:problem:validation"));
        UUID started = visits.book(Duration.ofSeconds(3), 30);
        Instant startedAt = startOf(started);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> Instant.now().isAfter(startedAt));
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(later)
                .post("/api/v1/visits/" + started + "/reschedule")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertThat("a refused move changes nothing", startOf(started), equalTo(startedAt));
    }

    private static VisitReminderSync row(UUID visit) {
        return QuarkusTransaction.requiringNew().call(() -> VisitReminderSync.<VisitReminderSync>findById(visit));
    }

    private Instant startOf(UUID visit) {
        String start = as(visits.tessBrowser)
                .get("/api/v1/visits/" + visit)
                .then()
                .statusCode(200)
                .extract()
                .path("start");
        return Instant.parse(start);
    }
}
