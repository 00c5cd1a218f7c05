package org.motus.gateway.signalling;

import io.quarkus.redis.client.RedisClientName;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Makes the {@link SignalRelay} bean from {@code motus.signalling.relay}: {@code local} (the
 * default: one replica, no Redis; the Redis client {@code signalling} of quarkus-redis-client is
 * inactive, so not even created: {@link SignallingRedisActivation}) or {@code redis} (several
 * replicas, {@code motus.signalling.redis.url} required; the gateway does not start without it).
 */
@ApplicationScoped
class SignalRelays {

    static final String CLIENT = "signalling";
    private static final Logger LOG = Logger.getLogger(SignalRelays.class);

    @Produces
    @Singleton
    SignalRelay relay(SignallingConfig config, Vertx vertx, @RedisClientName(CLIENT) Instance<Redis> redis) {
        return relay(config, vertx, redis::get);
    }

    SignalRelay relay(SignallingConfig config, Vertx vertx, Supplier<Redis> redis) {
        if (config.relay() == SignallingConfig.RelayKind.REDIS) {
            String url = config.redis()
                    .url()
                    .orElseThrow(
                            () -> new IllegalStateException(
                                    "motus.signalling.relay=redis needs motus.signalling.redis.url (MOTUS_SIGNALLING_REDIS_URL), e.g. redis://redis:6379"));
            RedisSignalRelay relay = new RedisSignalRelay(vertx, redis.get(), config.redis()).start();
            LOG.infof("Signalling relay: Redis (%s), replica %s", url, relay.replica());
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
