package org.motus.patient.config;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one clock the service reads time from (a {@code @QuarkusTest} replaces it with its own bean).
 *
 * <p>A system test lets hours pass without sleeping by starting the service with {@code
 * motus.clock.offset} (e.g. {@code MOTUS_CLOCK_OFFSET=PT2H5M}): the system clock moved forward by
 * that much (ADR 0033). A production start ({@link LaunchMode#NORMAL}) honours it only together with
 * {@code motus.demo-data=true}, which only the local launcher and the system tests set; with an
 * offset and without that flag the service refuses to start, so a stray variable can never move a
 * real clinic's reminders, reporting windows or audit times.
 */
@ApplicationScoped
public class Clocks {

    static final String OFFSET = "motus.clock.offset";

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    private final Optional<Duration> offset;
    private final boolean demoData;

    public Clocks(
            @ConfigProperty(name = OFFSET) Optional<Duration> offset,
            @ConfigProperty(name = "motus.demo-data", defaultValue = "false") boolean demoData) {
        this.offset = offset;
        this.demoData = demoData;
    }

    /** Checks the offset at start (a refused one stops the start, naming the setting). */
    void check(@Observes StartupEvent startup) {
        Clock clock = clock(offset, demoData, LaunchMode.current());
        offset.filter(by -> !by.isZero())
                .ifPresent(by -> LOG.warnf(
                        "%s=%s: this service's clock runs %s ahead of the system clock (a test or demo set-up)",
                        OFFSET, by, by));
        LOG.debugf("Service clock: %s", clock);
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return clock(offset, demoData, LaunchMode.current());
    }

    /**
     * The system clock, moved by {@code offset} where that is allowed: in tests, in dev mode, and in
     * a production start that also loads the demo data; otherwise an {@link IllegalStateException}.
     */
    static Clock clock(Optional<Duration> offset, boolean demoData, LaunchMode mode) {
        Duration by = offset.orElse(Duration.ZERO);
        if (by.isZero()) {
            return Clock.systemUTC();
        }
        if (by.isNegative()) {
            throw new IllegalStateException(OFFSET + "=" + by + " is negative: the clock only moves forward");
        }
        if (mode == LaunchMode.NORMAL && !demoData) {
            throw new IllegalStateException(OFFSET + "=" + by + " (MOTUS_CLOCK_OFFSET) moves the service's clock, which"
                    + " only a test or demo set-up may do (with motus.demo-data=true); unset it for a real clinic.");
        }
        return Clock.offset(Clock.systemUTC(), by);
    }

    /** Bean Validation's time constraints (e.g. {@code @WithinReportingWindow}) read the same clock. */
    @Produces
    @ApplicationScoped
    ClockProvider clockProvider(Clock clock) {
        return () -> clock;
    }
}
