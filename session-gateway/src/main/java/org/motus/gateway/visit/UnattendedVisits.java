package org.motus.gateway.visit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Ends visits nobody closed: a visit nobody joined, a patient left waiting, or a call whose
 * participants closed their tabs without the therapist pressing "End". Without it such visits
 * stayed "scheduled" or "in progress" for ever, on both people's lists.
 */
@ApplicationScoped
public class UnattendedVisits {

    private static final Logger LOG = Logger.getLogger(UnattendedVisits.class);

    /** Configuration: {@code motus.visits.*}. */
    @ConfigMapping(prefix = "motus.visits")
    public interface Config {

        /** How long after its slot a visit may still be finished by hand before Motus ends it. */
        @WithDefault("PT30M")
        Duration unattendedGrace();

        /** How often each replica checks (read by the {@code @Scheduled} expression below). */
        @WithDefault("60s")
        String unattendedCheckEvery();

        /** How many visits one check ends at most (the next check takes the rest). */
        @WithDefault("200")
        int unattendedBatch();
    }

    private final VisitService visits;
    private final Config config;

    UnattendedVisits(VisitService visits, Config config) {
        this.visits = visits;
        this.config = config;
    }

    @Scheduled(
            identity = "end-unattended-visits",
            every = "${motus.visits.unattended-check-every}",
            delayed = "${motus.visits.unattended-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int ended = visits.endLapsed(config.unattendedGrace(), config.unattendedBatch());
        if (ended > 0) {
            LOG.infof("Ended %d visit(s) left open %s after their slot", ended, config.unattendedGrace());
        }
    }
}
