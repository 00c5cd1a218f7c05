package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.motus.gateway.audit.AuditAction;
import org.motus.gateway.audit.AuditEvent;
import org.motus.gateway.audit.AuditLog;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Visits nobody closed end by themselves once their slot and the grace period are over, with
 * nobody in the call; a call still going on is left alone; two replicas end each visit once.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class UnattendedVisitsTest {

    private static final Duration GRACE = Duration.ofMinutes(30);
    private static final int MINUTES = 45;

    @Inject
    VisitService service;

    @Test
    void aVisitNobodyJoinedEndsOnceItsSlotAndGracePeriodAreOver() {
        Instant now = Instant.now();
        UUID lapsed = visitEndingAt(now.minus(GRACE).minusSeconds(60), VisitStatus.SCHEDULED);
        UUID stillInGrace = visitEndingAt(now.minus(GRACE).plusSeconds(120), VisitStatus.SCHEDULED);
        UUID cancelled = visitEndingAt(now.minus(Duration.ofDays(1)), VisitStatus.CANCELLED);

        service.endLapsed(GRACE, 1000);

        assertThat(statusOf(lapsed), equalTo(VisitStatus.ENDED));
        assertThat("nobody ever started it", visit(lapsed).actualEnd, nullValue());
        assertThat(statusOf(stillInGrace), equalTo(VisitStatus.SCHEDULED));
        assertThat(statusOf(cancelled), equalTo(VisitStatus.CANCELLED));
        assertThat(lapseEventsOf(lapsed), equalTo(1L));
        assertThat(lapseEventsOf(stillInGrace), equalTo(0L));
        AuditEvent event = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find("visitId", lapsed).firstResult());
        assertThat(event.actorSubject, equalTo(AuditLog.SYSTEM_ACTOR));
    }

    @Test
    void aRequestNobodyConfirmedLapsesAsCancelledSayingWhy() {
        UUID request = visitEndingAt(Instant.now().minus(Duration.ofHours(1)), VisitStatus.REQUESTED);

        service.endLapsed(GRACE, 1000);

        Visit lapsed = visit(request);
        assertThat(lapsed.status, equalTo(VisitStatus.CANCELLED));
        assertThat(lapsed.cancelReason, equalTo("Not confirmed by the therapist before its time."));
        assertThat(lapsed.cancelledBy, nullValue());
        assertThat(lapseEventsOf(request), equalTo(1L));
    }

    @Test
    void aPatientLeftWaitingIsNotWaitingForEver() {
        UUID waiting = visitEndingAt(Instant.now().minus(Duration.ofHours(1)), VisitStatus.WAITING);

        service.endLapsed(GRACE, 1000);

        assertThat(statusOf(waiting), equalTo(VisitStatus.ENDED));
    }

    @Test
    void aCallStillGoingOnAfterItsSlotIsLeftAloneAndEndsWhenTheLastOneLeaves() {
        Instant end = Instant.now().minus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MILLIS);
        UUID overrunning = visitEndingAt(end, VisitStatus.IN_PROGRESS);
        UUID open = attend(overrunning, end.minus(Duration.ofMinutes(30)), null);

        service.endLapsed(GRACE, 1000);
        assertThat(statusOf(overrunning), equalTo(VisitStatus.IN_PROGRESS));

        Instant lastLeft = end.plus(Duration.ofMinutes(5));
        QuarkusTransaction.requiringNew().run(() -> Attendance.<Attendance>findById(open).leftAt = lastLeft);
        service.endLapsed(GRACE, 1000);

        Visit visit = visit(overrunning);
        assertThat(visit.status, equalTo(VisitStatus.ENDED));
        assertThat("the call ended when the last one left", visit.actualEnd, equalTo(lastLeft));
    }

    @Test
    void aConnectionLeftOpenByADeadReplicaDoesNotKeepAVisitOpenForEver() {
        Instant end = Instant.now().minus(VisitLifecycle.STALE_CONNECTION).minusSeconds(60);
        UUID stuck = visitEndingAt(end, VisitStatus.IN_PROGRESS);
        UUID open = attend(stuck, end.minus(Duration.ofMinutes(20)), null);

        service.endLapsed(GRACE, 1000);

        assertThat(statusOf(stuck), equalTo(VisitStatus.ENDED));
        Instant closedAt = QuarkusTransaction.requiringNew().call(() -> Attendance.<Attendance>findById(open).leftAt);
        assertThat("the stale connection is recorded as gone", closedAt == null, equalTo(false));
    }

    @Test
    void twoReplicasCheckingAtOnceEndEachVisitOnce() throws Exception {
        Instant end = Instant.now().minus(Duration.ofHours(2));
        List<UUID> lapsed = List.of(
                visitEndingAt(end, VisitStatus.SCHEDULED),
                visitEndingAt(end.minusSeconds(60), VisitStatus.SCHEDULED),
                visitEndingAt(end.minusSeconds(120), VisitStatus.WAITING),
                visitEndingAt(end.minusSeconds(180), VisitStatus.SCHEDULED));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = () -> service.endLapsed(GRACE, 1000);
            List<Future<Integer>> runs = replicas.invokeAll(List.of(check, check));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }

        for (UUID id : lapsed) {
            assertThat(statusOf(id), equalTo(VisitStatus.ENDED));
            assertThat("ended (and audited) once: " + id, lapseEventsOf(id), equalTo(1L));
        }
    }

    private static UUID visitEndingAt(Instant end, VisitStatus status) {
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.therapistSubject = "tess";
        visit.therapistName = "Tess Therapist";
        visit.patientId = UUID.randomUUID();
        visit.patientSubject = "pat";
        visit.patientName = "Pat Patient";
        visit.scheduledStart = end.minus(Duration.ofMinutes(MINUTES)).truncatedTo(ChronoUnit.MILLIS);
        visit.durationMinutes = MINUTES;
        visit.reason = "Knee review";
        visit.status = status;
        visit.createdAt = visit.scheduledStart.minus(Duration.ofDays(3));
        if (status == VisitStatus.IN_PROGRESS) {
            visit.actualStart = visit.scheduledStart;
        }
        QuarkusTransaction.requiringNew().run(visit::persist);
        return visit.id;
    }

    private static UUID attend(UUID visitId, Instant joinedAt, Instant leftAt) {
        Attendance attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.visitId = visitId;
        attendance.role = ParticipantRole.PATIENT;
        attendance.joinedAt = joinedAt;
        attendance.leftAt = leftAt;
        QuarkusTransaction.requiringNew().run(attendance::persist);
        return attendance.id;
    }

    private static Visit visit(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Visit.<Visit>findById(id));
    }

    private static VisitStatus statusOf(UUID id) {
        return visit(id).status;
    }

    private static long lapseEventsOf(UUID visitId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "visitId = ?1 and action = ?2", visitId, AuditAction.VISIT_ENDED_UNATTENDED.name()));
    }
}
