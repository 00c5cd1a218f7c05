package org.motus.patient.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The bulk export's settings ({@code motus.export.*}, README "Bulk export"). */
@ConfigMapping(prefix = "motus.export")
public interface ExportConfig {

    /** How often each replica looks for a job to write and for expired files (the scheduler reads it). */
    @WithDefault("5s")
    String every();

    /** At most this many resources (lines) per file part. */
    @WithDefault("5000")
    int partSize();

    /** Rows read per query (per transaction) while writing. */
    @WithDefault("500")
    int batchSize();

    /** How long a worker's claim on a job lasts without a renewal; it renews at each batch. */
    @WithDefault("2m")
    Duration lease();

    /** How long the files of a finished job are kept. */
    @WithDefault("24h")
    Duration fileLifetime();

    /** Claims before a job whose workers keep dying is failed. */
    @WithDefault("3")
    int maxAttempts();

    /** What Retry-After asks a client to wait between status polls, in seconds. */
    @WithDefault("5")
    int retryAfterSeconds();
}
