package org.motus.gateway.visit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A replica that dies (kill -9, a lost machine) leaves its participants' attendances open: every
 * live replica checks, at its heartbeat rate, for replicas whose heartbeat lapsed ({@code
 * motus.replicas.gone-after}) and records their participants as gone ({@link
 * VisitService#closeAttendanceOfGoneReplicas}). The other participant, on a live replica, hears of
 * it from the relay (SIGNALLING.md, "Several replicas").
 */
@ApplicationScoped
class DeadReplicaAttendance {

    private static final Logger LOG = Logger.getLogger(DeadReplicaAttendance.class);
    private static final int BATCH = 200;

    private final VisitService visits;
    private final Duration goneAfter;
    private final Clock clock;

    DeadReplicaAttendance(
            VisitService visits, @ConfigProperty(name = "motus.replicas.gone-after") Duration goneAfter, Clock clock) {
        this.visits = visits;
        this.goneAfter = goneAfter;
        this.clock = clock;
    }

    @Scheduled(
            identity = "close-dead-replica-attendance",
            every = "${motus.replicas.heartbeat-every}",
            delayed = "${motus.replicas.heartbeat-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            int closed = visits.closeAttendanceOfGoneReplicas(clock.instant().minus(goneAfter), BATCH);
            if (closed > 0) {
                LOG.infof("Recorded %d participant(s) of a gone gateway replica as having left", closed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not close the attendance of gone gateway replicas: %s", e.getMessage());
        }
    }
}
