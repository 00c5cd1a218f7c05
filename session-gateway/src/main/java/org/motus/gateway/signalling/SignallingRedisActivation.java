package org.motus.gateway.signalling;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * {@code motus.signalling.relay} is the one switch: the Redis client {@code signalling} of
 * quarkus-redis-client is active exactly when the relay is {@code redis}. Inactive, Quarkus creates
 * no client and needs no host, so one replica runs without any Redis.
 */
@Priority(Priorities.APPLICATION)
public class SignallingRedisActivation implements ConfigSourceInterceptor {

    static final String ACTIVE = "quarkus.redis." + SignalRelays.CLIENT + ".active";
    private static final String RELAY = "motus.signalling.relay";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!ACTIVE.equals(name)) {
            return value;
        }
        ConfigValue relay = context.proceed(RELAY);
        boolean redis = relay != null
                && relay.getValue() != null
                && "redis".equalsIgnoreCase(relay.getValue().strip());
        ConfigValue base =
                value != null ? value : ConfigValue.builder().withName(name).build();
        return base.withValue(Boolean.toString(redis));
    }
}
