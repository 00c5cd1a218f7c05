package org.motus.patient.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The notification outbox's settings ({@code motus.notifications.*}, README "Notifications"). */
@ConfigMapping(prefix = "motus.notifications")
public interface NotificationConfig {

    /** The web app's address, for the links in emails and push notifications (no path). */
    @WithDefault("http://localhost:8080")
    String webUrl();

    /** How often each replica's dispatcher looks for due rows (the scheduler reads it). */
    @WithDefault("2s")
    String dispatchEvery();

    /** How often each replica checks whether a therapist's daily digest is due (the scheduler reads it). */
    @WithDefault("60s")
    String digestEvery();

    /** How long after start the dispatcher and the digest first run. */
    @WithDefault("1s")
    String dispatchDelay();

    /** How many due rows one replica sends per dispatcher run (each in its own transaction). */
    @WithDefault("20")
    int batchSize();

    /** After this many failed attempts a row is DEAD: it waits for an admin's retry. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; doubled after each further one. */
    @WithDefault("30S")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("1H")
    Duration maxRetry();

    /** A name for this process in the {@code X-Motus-Sent-By} header of its emails (default: the host name). */
    Optional<String> instanceName();

    default Backoff backoff() {
        return new Backoff(firstRetry(), maxRetry());
    }
}
