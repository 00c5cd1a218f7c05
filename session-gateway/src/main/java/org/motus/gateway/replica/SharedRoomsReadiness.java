package org.motus.gateway.replica;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: with {@code motus.signalling.relay=local} rooms live in one replica's memory, so a
 * second live replica on the same database means the two people of a visit may land on different
 * replicas and never see each other. Every such replica then reports not ready, naming the fix,
 * instead of calls silently never connecting. With the Redis relay there is nothing to check.
 */
@Readiness
@ApplicationScoped
class SharedRoomsReadiness implements HealthCheck {

    static final String NAME = "signalling rooms shared by all replicas";

    private final ReplicaHeartbeat heartbeat;
    private final ReplicaConfig config;
    private final Clock clock;

    SharedRoomsReadiness(ReplicaHeartbeat heartbeat, ReplicaConfig config, Clock clock) {
        this.heartbeat = heartbeat;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("relay", heartbeat.relay());
        if (!heartbeat.relay().equals("local")) {
            return response.up().build();
        }
        int others;
        try {
            others = heartbeat.othersSeenSince(clock.instant().minus(config.goneAfter()));
        } catch (SQLException e) {
            // The database's own readiness check reports an unreachable database.
            return response.up()
                    .withData("otherReplicas", "unknown: " + e.getMessage())
                    .build();
        }
        if (others == 0) {
            return response.up().withData("otherReplicas", 0).build();
        }
        return response.down()
                .withData("otherReplicas", others)
                .withData(
                        "fix",
                        "motus.signalling.relay=local keeps rooms in one replica's memory; with several replicas set"
                                + " MOTUS_SIGNALLING_RELAY=redis and MOTUS_SIGNALLING_REDIS_URL on every replica")
                .build();
    }
}
