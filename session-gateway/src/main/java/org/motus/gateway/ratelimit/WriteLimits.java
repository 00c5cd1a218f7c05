package org.motus.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many state-changing /api calls one signed-in person may make, from
 * {@code motus.gateway.write-limit.*}. The limit is a token bucket: {@link #burst()} calls at once,
 * refilled at {@link #perMinute()} a minute. It is kept per gateway replica.
 */
@ConfigMapping(prefix = "motus.gateway.write-limit")
public interface WriteLimits {

    /** Sustained writes a minute for one person. */
    @WithDefault("120")
    int perMinute();

    /** Writes one person may make at once before the sustained rate applies. */
    @WithDefault("40")
    int burst();

    /** How long an idle person's bucket is kept in memory. */
    @WithDefault("10M")
    Duration forgetAfter();
}
