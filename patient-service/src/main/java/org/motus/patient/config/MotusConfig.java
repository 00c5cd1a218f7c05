package org.motus.patient.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code motus.*}, README "Configuration"). */
@ConfigMapping(prefix = "motus")
public interface MotusConfig {

    /**
     * The number the patient is told to call for chest symptoms and saddle numbness, bladder or
     * bowel (clinical-rules.md §16), e.g. 911 or 999.
     */
    @WithDefault("112")
    String emergencyNumber();

    /** Whether the demo patients are loaded (Flyway placeholder {@code motus_demo}; the local launcher only). */
    @WithDefault("false")
    boolean demoData();
}
