package org.motus.gateway.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Pushes the visits' reminder wishes ({@link VisitReminderSync}) to patient-service until it
 * acknowledges each: one transaction per wish, holding the row's lock during the call, so that two
 * gateway replicas never push the same wish and a visit changed meanwhile is pushed again after.
 * A failure (patient-service or Keycloak down, a timeout, an error answer) is retried with a
 * doubling delay ({@code first-retry-after} up to {@code max-retry-after}), never given up: the
 * calls are idempotent, and the latest wish is the one that counts.
 */
@ApplicationScoped
public class ReminderSync {

    private static final Logger LOG = Logger.getLogger(ReminderSync.class);
    private static final int MAX_ERROR = 500;

    /** Configuration: {@code motus.visit-reminders.*}. */
    @ConfigMapping(prefix = "motus.visit-reminders")
    public interface Config {

        /** How often each replica looks for wishes to push (read by the {@code @Scheduled} below). */
        @WithDefault("10s")
        String syncEvery();

        /** The delay after a first failed push; it doubles with each further failure. */
        @WithDefault("PT10S")
        Duration firstRetryAfter();

        /** The longest delay between two attempts. */
        @WithDefault("PT15M")
        Duration maxRetryAfter();

        /** How many wishes one run pushes at most (the next run takes the rest). */
        @WithDefault("100")
        int batch();
    }

    /** What one run did. */
    public record Run(int acknowledged, int failed) {}

    private final NotifierClient notifier;
    private final Config config;
    private final Clock clock;

    ReminderSync(@RestClient NotifierClient notifier, Config config, Clock clock) {
        this.notifier = notifier;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "push-visit-reminders",
            every = "${motus.visit-reminders.sync-every}",
            delayed = "${motus.visit-reminders.sync-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = pushDue(Instant.now(clock));
        if (run.failed() > 0) {
            LOG.warnf(
                    "Visit reminders: %d acknowledged, %d not (retried with backoff)",
                    run.acknowledged(), run.failed());
        }
    }

    /** Pushes every wish due at {@code now} (at most the batch), each once. */
    public Run pushDue(Instant now) {
        int acknowledged = 0;
        int failed = 0;
        for (int i = 0; i < config.batch(); i++) {
            Optional<Boolean> pushed = QuarkusTransaction.requiringNew().call(() -> pushNext(now));
            if (pushed.isEmpty()) {
                break;
            }
            if (pushed.get()) {
                acknowledged++;
            } else {
                failed++;
            }
        }
        return new Run(acknowledged, failed);
    }

    /** @return empty when nothing is due, else whether patient-service acknowledged */
    private Optional<Boolean> pushNext(Instant now) {
        Optional<VisitReminderSync> due = VisitReminderSync.nextDue(now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        VisitReminderSync sync = due.get();
        try {
            push(sync);
        } catch (RuntimeException e) {
            sync.attempts++;
            sync.nextAttemptAt = now.plus(delayAfter(sync.attempts));
            sync.lastError = describe(e);
            LOG.debugf("Visit %s: reminders not acknowledged (%s)", sync.visitId, sync.lastError);
            return Optional.of(false);
        }
        sync.pending = false;
        sync.attempts = 0;
        sync.lastError = null;
        sync.syncedAt = now;
        return Optional.of(true);
    }

    private void push(VisitReminderSync sync) {
        if (sync.wanted == VisitReminderSync.Wanted.CANCEL) {
            notifier.cancel(sync.visitId);
            return;
        }
        NotifierClient.ScheduledReminders answer =
                notifier.remind(sync.visitId, new NotifierClient.ReminderRequest(sync.patientId, sync.startsAt));
        if (answer == null || answer.startsAt() == null || !answer.startsAt().equals(sync.startsAt)) {
            throw new IllegalStateException("patient-service answered with another start: "
                    + (answer == null ? "no body" : String.valueOf(answer.startsAt())));
        }
    }

    /** {@code first-retry-after} doubled for each failure after the first, at most {@code max-retry-after}. */
    Duration delayAfter(int attempts) {
        Duration delay = config.firstRetryAfter();
        for (int i = 1; i < attempts && delay.compareTo(config.maxRetryAfter()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : delay;
    }

    private static String describe(RuntimeException e) {
        String text = e instanceof WebApplicationException web
                ? "HTTP " + web.getResponse().getStatus()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
