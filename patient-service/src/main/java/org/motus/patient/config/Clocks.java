package org.motus.patient.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** The one clock the service reads time from (a test may replace it with its own bean). */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Bean Validation's time constraints (e.g. {@code @WithinReportingWindow}) read the same clock. */
    @Produces
    @ApplicationScoped
    ClockProvider clockProvider(Clock clock) {
        return () -> clock;
    }
}
