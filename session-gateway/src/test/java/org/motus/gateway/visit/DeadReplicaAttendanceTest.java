package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.gateway.audit.AuditAction;
import org.motus.gateway.audit.AuditEvent;
import org.motus.gateway.config.ReplicaIdentity;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.localpostgres.PostgresTestResource;

/**
 * A replica killed mid-call never records its participants as gone: a surviving replica does,
 * once the dead one's heartbeat has lapsed, and leaves alone the connections of live replicas
 * (its own and others').
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class DeadReplicaAttendanceTest {

    private static final Duration GONE_AFTER = Duration.ofSeconds(30);

    @Inject
    VisitService service;

    @Inject
    ReplicaIdentity self;

    @Inject
    AgroalDataSource database;

    @Test
    void theParticipantsOfAReplicaWhoseHeartbeatLapsedAreRecordedAsLeftAtItsLastHeartbeat() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant lastBeat = now.minusSeconds(45);
        UUID dead = replica(lastBeat);
        UUID alive = replica(now.minusSeconds(5));
        UUID call = visit(VisitStatus.IN_PROGRESS, now);
        UUID patientOnDead = attend(call, ParticipantRole.PATIENT, dead, now.minus(Duration.ofMinutes(10)));
        UUID therapistHere = attend(call, ParticipantRole.THERAPIST, self.id(), now.minus(Duration.ofMinutes(10)));
        UUID otherCall = visit(VisitStatus.IN_PROGRESS, now);
        UUID patientOnLive = attend(otherCall, ParticipantRole.PATIENT, alive, now.minus(Duration.ofMinutes(10)));

        service.closeAttendanceOfGoneReplicas(now.minus(GONE_AFTER), 100);

        assertThat(leftAt(patientOnDead), equalTo(lastBeat));
        assertThat("this replica's own connection stays", leftAt(therapistHere), nullValue());
        assertThat("a live replica's connection stays", leftAt(patientOnLive), nullValue());
        assertThat(statusOf(call), equalTo(VisitStatus.IN_PROGRESS));
        assertThat(roomLeftEvents(call), equalTo(1L));

        service.closeAttendanceOfGoneReplicas(now.minus(GONE_AFTER), 100);
        assertThat("recorded once", roomLeftEvents(call), equalTo(1L));
    }

    @Test
    void aPatientWaitingOnADeadReplicaNoLongerWaitsUnlessTheyCameBackThroughAnother() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID dead = replica(now.minusSeconds(60));
        UUID alone = visit(VisitStatus.WAITING, now);
        attend(alone, ParticipantRole.PATIENT, dead, now.minus(Duration.ofMinutes(2)));
        UUID cameBack = visit(VisitStatus.WAITING, now);
        UUID old = attend(cameBack, ParticipantRole.PATIENT, dead, now.minus(Duration.ofMinutes(2)));
        attend(cameBack, ParticipantRole.PATIENT, self.id(), now.minusSeconds(55));

        service.closeAttendanceOfGoneReplicas(now.minus(GONE_AFTER), 100);

        assertThat(statusOf(alone), equalTo(VisitStatus.SCHEDULED));
        assertThat(statusOf(cameBack), equalTo(VisitStatus.WAITING));
        assertThat("the dead connection is closed all the same", leftAt(old) != null, equalTo(true));
    }

    @Test
    void aConnectionOnAReplicaWithoutAHeartbeatRowIsClosedOnlyOnceItIsOlderThanTheGonePeriod() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID unknown = UUID.randomUUID();
        UUID call = visit(VisitStatus.IN_PROGRESS, now);
        UUID recent = attend(call, ParticipantRole.PATIENT, unknown, now.minusSeconds(5));
        UUID old = attend(call, ParticipantRole.THERAPIST, unknown, now.minus(Duration.ofMinutes(5)));

        service.closeAttendanceOfGoneReplicas(now.minus(GONE_AFTER), 100);

        assertThat("a replica may not have written its first heartbeat yet", leftAt(recent), nullValue());
        assertThat(leftAt(old) != null, equalTo(true));
    }

    private UUID replica(Instant seenAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into gateway_replica (id, relay, host, port, started_at, seen_at) values (?, 'redis', ?, 8080, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, "replica-" + id);
            insert.setTimestamp(3, Timestamp.from(seenAt.minus(Duration.ofHours(1))));
            insert.setTimestamp(4, Timestamp.from(seenAt));
            insert.executeUpdate();
        }
        return id;
    }

    private static UUID visit(VisitStatus status, Instant now) {
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.therapistSubject = "tess";
        visit.therapistName = "Tess Therapist";
        visit.patientId = UUID.randomUUID();
        visit.patientSubject = "pat";
        visit.patientName = "Pat Patient";
        visit.scheduledStart = now.minus(Duration.ofMinutes(10));
        visit.durationMinutes = 45;
        visit.reason = "Knee review";
        visit.status = status;
        visit.createdAt = now.minus(Duration.ofDays(3));
        if (status == VisitStatus.IN_PROGRESS) {
            visit.actualStart = visit.scheduledStart;
        }
        QuarkusTransaction.requiringNew().run(visit::persist);
        return visit.id;
    }

    private static UUID attend(UUID visitId, ParticipantRole role, UUID replica, Instant joinedAt) {
        Attendance attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.visitId = visitId;
        attendance.role = role;
        attendance.joinedAt = joinedAt;
        attendance.replicaId = replica;
        QuarkusTransaction.requiringNew().run(attendance::persist);
        return attendance.id;
    }

    private static Instant leftAt(UUID attendance) {
        return QuarkusTransaction.requiringNew().call(() -> Attendance.<Attendance>findById(attendance).leftAt);
    }

    private static VisitStatus statusOf(UUID visit) {
        return QuarkusTransaction.requiringNew().call(() -> Visit.<Visit>findById(visit).status);
    }

    private static long roomLeftEvents(UUID visitId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.count("visitId = ?1 and action = ?2", visitId, AuditAction.VISIT_ROOM_LEFT.name()));
    }
}
