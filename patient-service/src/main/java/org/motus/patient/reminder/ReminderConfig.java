package org.motus.patient.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.motus.patient.notification.Backoff;

/** The reminder runner's settings ({@code motus.reminders.*}, README "Reminders"). */
@ConfigMapping(prefix = "motus.reminders")
public interface ReminderConfig {

    /** How often each replica plans the day's reminders and sends the due ones (the scheduler reads it). */
    @WithDefault("30s")
    String every();

    /** How many due reminders one run sends (each in its own transaction). */
    @WithDefault("100")
    int batchSize();

    /** After this many failed decisions a reminder is FAILED (listed to admins) and not tried again. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait after a reminder's first failed decision; it doubles with each further one. */
    @WithDefault("30s")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("30m")
    Duration maxRetry();

    default Backoff backoff() {
        return new Backoff(firstRetry(), maxRetry());
    }
}
