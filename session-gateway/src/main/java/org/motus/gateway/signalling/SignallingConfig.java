package org.motus.gateway.signalling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of one signalling connection, from {@code motus.signalling.*}. */
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
}
