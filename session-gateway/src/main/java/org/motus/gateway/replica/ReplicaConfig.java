package org.motus.gateway.replica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How replicas tell each other they are alive, from {@code motus.replicas.*}. */
@ConfigMapping(prefix = "motus.replicas")
public interface ReplicaConfig {

    /** How often a replica refreshes its row (read by the {@code @Scheduled} expression). */
    @WithDefault("10s")
    String heartbeatEvery();

    /** A replica whose row is older than this is gone (killed, or cut off from the database). */
    @WithDefault("PT30S")
    Duration goneAfter();
}
