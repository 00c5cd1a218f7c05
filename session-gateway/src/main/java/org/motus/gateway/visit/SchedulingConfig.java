package org.motus.gateway.visit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The clinic's rules for visits patients ask for ({@code motus.scheduling.*}); one Motus deployment
 * is one clinic, so these are its settings (README, "Configuration").
 */
@ConfigMapping(prefix = "motus.scheduling")
public interface SchedulingConfig {

    /** How long a visit a patient asks for lasts. */
    @WithDefault("30")
    int visitLengthMinutes();

    /** The gap kept free before and after every visit when slots are offered. */
    @WithDefault("10")
    int bufferMinutes();

    /** How soon a patient may ask for a visit: no slot starts sooner than this from now. */
    @WithDefault("PT4H")
    Duration notice();

    /** How far ahead slots are offered. */
    @WithDefault("28")
    int horizonDays();
}
