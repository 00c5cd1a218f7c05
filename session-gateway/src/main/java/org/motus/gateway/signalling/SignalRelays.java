package org.motus.gateway.signalling;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Makes the {@link SignalRelay} bean from {@code motus.signalling.relay}: {@code local} (the
 * default: one replica, no Redis; no Redis client is even created) or {@code redis} (several
 * replicas, {@code motus.signalling.redis.url} required; the gateway does not start without it).
 */
@ApplicationScoped
class SignalRelays {

    private static final Logger LOG = Logger.getLogger(SignalRelays.class);

    @Produces
    @Singleton
    SignalRelay relay(SignallingConfig config, Vertx vertx) {
        if (config.relay() == SignallingConfig.RelayKind.REDIS) {
            RedisSignalRelay relay = new RedisSignalRelay(vertx, config.redis()).start();
            LOG.infof("Signalling relay: Redis (%s), replica %s", config.redis().url().orElse(""), relay.replica());
            return relay;
        }
        return new LocalSignalRelay();
    }

    void close(@Disposes SignalRelay relay) {
        if (relay instanceof RedisSignalRelay redis) {
            redis.close();
        }
    }
}
