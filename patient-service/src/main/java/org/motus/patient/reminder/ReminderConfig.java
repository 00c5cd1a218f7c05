package org.motus.patient.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reminder runner's settings ({@code motus.reminders.*}, README "Reminders"). */
@ConfigMapping(prefix = "motus.reminders")
public interface ReminderConfig {

    /** How often each replica plans the day's reminders and sends the due ones (the scheduler reads it). */
    @WithDefault("30s")
    String every();

    /** How many due reminders one run sends (each in its own transaction). */
    @WithDefault("100")
    int batchSize();
}
