package org.motus.gateway.signalling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Limits of one signalling connection and the relay between replicas, from {@code motus.signalling.*}. */
@ConfigMapping(prefix = "motus.signalling")
public interface SignallingConfig {

    /** Largest message accepted, in UTF-8 bytes; larger ones get an error message. */
    @WithDefault("65536")
    int maxMessageBytes();

    /** Token bucket: messages per second a connection may send on average ... */
    @WithDefault("20")
    double ratePerSecond();

    /** ... and in one burst (a burst of ICE candidates). */
    @WithDefault("40")
    int burst();

    /** A connection that sends nothing (not even ping) for this long is closed. */
    @WithDefault("60S")
    Duration idleTimeout();

    /** {@code local}: one replica, rooms in memory. {@code redis}: several replicas share rooms through Redis pub/sub. */
    @WithDefault("local")
    RelayKind relay();

    /** Only read when {@link #relay()} is {@code redis}. */
    RedisRelay redis();

    enum RelayKind {
        LOCAL,
        REDIS
    }

    interface RedisRelay {

        /** {@code redis://host:port} (a database number as path is allowed); required with {@code relay=redis}. */
        Optional<String> url();

        /** Redis's password ({@code requirepass}); environment only. */
        Optional<String> password();

        /** Prefix of the channel and keys, so that several Motus installations may share one Redis. */
        @WithDefault("motus:signalling")
        String prefix();

        /**
         * A replica that stops refreshing its liveness key for this long is considered gone: the
         * seats it held are freed and their peers told {@code peer-left} ({@code disconnected}).
         */
        @WithDefault("10S")
        Duration replicaTimeout();
    }
}
